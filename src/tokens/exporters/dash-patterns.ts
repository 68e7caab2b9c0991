/**
 * CSS has no dash lengths or line caps for a border: a strokeStyle object (`dashArray`,
 * `lineCap`) is written `dashed`, as other tools write it. The pattern itself stays only in the
 * DTCG export, so the outputs that write CSS values name the tokens that lose it, once each.
 */
import { isRecord } from '../import/errors.ts';
import type { ConversionWarning, ModelToken, TokenModel } from '../model.ts';
import { someNames } from './shared.ts';

function holdsPattern(token: ModelToken): boolean {
  // The type first: every CSS build runs this over every token.
  if (token.type !== 'strokeStyle' && token.type !== 'border') return false;
  return Object.values(token.values).some(
    (value) =>
      value.kind === 'composite' &&
      isRecord(value.value) &&
      (token.type === 'strokeStyle' || isRecord(value.value.style)),
  );
}

export function warnDashPatterns(
  model: TokenModel,
  formatLabel: string,
  warnings: ConversionWarning[],
): void {
  const patterned = model.tokens.filter(holdsPattern);
  if (patterned.length === 0) return;
  warnings.push({
    code: 'composite-not-written',
    message: `${formatLabel}: ${patterned.length} token(s) whose stroke style has a dash pattern (${someNames(patterned.map((token) => token.name))}) are written as “dashed”: CSS has no dash lengths or line caps for borders. The DTCG export keeps them.`,
  });
}
