/** Hidden-from-publishing tokens are left out on request, unless a visible token points at them. */
import type { ConversionWarning, ModelToken } from '../model.ts';
import { valueReferences } from '../value-references.ts';

export function withoutHidden(
  tokens: readonly ModelToken[],
  warnings: ConversionWarning[],
): ModelToken[] {
  const usedByVisible = new Set<string>();
  for (const token of tokens) {
    if (token.hiddenFromPublishing) continue;
    for (const value of Object.values(token.values))
      for (const id of valueReferences(value)) usedByVisible.add(id);
  }
  return tokens.filter((token) => {
    if (!token.hiddenFromPublishing || usedByVisible.has(token.id)) return true;
    warnings.push({
      code: 'hidden-skipped',
      message: `“${token.name}” is hidden from publishing and was left out (include hidden variables to export it).`,
      variableId: token.id,
      variableName: token.name,
    });
    return false;
  });
}
