/**
 * Figma text such as "{text.brand}" is, written as a DTCG `$value`, a reference to another token.
 * Tokenport's export marks it (`com.figma.literalText`) and reads it back as text; other DTCG tools
 * follow it, so it is said once per token.
 */
import { curlyReferenceTarget } from '../dtcg/reference.ts';
import type { ConversionWarning, ModelToken } from '../model.ts';

export function warnReferenceLikeText(
  tokens: readonly ModelToken[],
  warnings: ConversionWarning[],
): void {
  for (const token of tokens) {
    // Only text can look like a reference; the rest is skipped without a look at its values.
    if (token.resolvedType !== 'STRING') continue;
    const text = Object.values(token.values).find(
      (value) => value.kind === 'literal' && curlyReferenceTarget(value.value) !== undefined,
    );
    if (!text || text.kind !== 'literal') continue;
    warnings.push({
      code: 'reference-like-text',
      message: `“${token.name}” holds the text ${JSON.stringify(text.value)}, which DTCG reads as a reference: the DTCG export marks it as text for Tokenport, but other DTCG tools will follow it.`,
      variableId: token.id,
      variableName: token.name,
    });
  }
}
