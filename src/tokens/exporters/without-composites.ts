/**
 * Swift and Android have no form here for DTCG's composite types (shadow, typography, border…):
 * those tokens are left out of their files, and a warning names them, so nothing goes missing
 * unsaid. CSS, SCSS, JS, TS, Tailwind and DTCG write them.
 */
import type { ConversionWarning, TokenModel } from '../model.ts';

const EXAMPLES = 3;
const trimmed = new WeakMap<TokenModel, TokenModel>();

export function withoutComposites(
  model: TokenModel,
  formatLabel: string,
  warnings: ConversionWarning[],
): TokenModel {
  const left = model.tokens.filter((token) => token.resolvedType === 'COMPOSITE');
  if (left.length === 0) return model;
  const types = [...new Set(left.map((token) => token.type))].join(', ');
  const examples = left.slice(0, EXAMPLES).map((token) => `“${token.name}”`);
  const more = left.length > EXAMPLES ? ` and ${left.length - EXAMPLES} more` : '';
  warnings.push({
    code: 'composite-not-written',
    message: `${formatLabel}: ${left.length} token(s) of type ${types} (${examples.join(', ')}${more}) are not in the file: ${formatLabel} output has no form for them. CSS, SCSS, JavaScript, TypeScript, Tailwind and DTCG have them.`,
  });
  let without = trimmed.get(model);
  if (!without) {
    without = {
      ...model,
      tokens: model.tokens.filter((token) => token.resolvedType !== 'COMPOSITE'),
    };
    trimmed.set(model, without);
  }
  return without;
}
