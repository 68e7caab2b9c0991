/**
 * `$type` for tokens that do not state one: from the alias target (DTCG), else from Tokenport's
 * Figma extension. DTCG forbids guessing a type from the value, so a token with neither is an
 * input error.
 */
import { getOwn, TokenInputError } from '../import/errors.ts';
import type { DtcgToken } from './read-types.ts';
import type { FigmaResolvedType } from './read-values.ts';

const TYPE_FOR_RESOLVED: Record<FigmaResolvedType, string> = {
  COLOR: 'color',
  FLOAT: 'number',
  STRING: 'string',
  BOOLEAN: 'boolean',
};

function typeThroughAliases(
  tokens: Record<string, DtcgToken>,
  start: DtcgToken,
): string | undefined {
  const seen = new Set<string>();
  const queue: DtcgToken[] = [start];
  while (queue.length > 0) {
    const token = queue.shift()!;
    if (token.type) return token.type;
    if (seen.has(token.key)) continue;
    seen.add(token.key);
    for (const value of Object.values(token.values)) {
      if (value.kind !== 'alias') continue;
      const target = getOwn(tokens, value.targetKey);
      if (target) queue.push(target);
    }
  }
  return undefined;
}

export function inferTypes(tokens: Record<string, DtcgToken>): void {
  for (const token of Object.values(tokens)) {
    const type =
      typeThroughAliases(tokens, token) ??
      (token.figma?.resolvedType ? TYPE_FOR_RESOLVED[token.figma.resolvedType] : undefined);
    if (type) {
      token.type = type;
      continue;
    }
    throw new TokenInputError(
      token.source.file,
      token.source.jsonPath,
      'no $type on the token, its groups or its alias target; DTCG tools may not guess a type from the value (rule: $type)',
    );
  }
}
