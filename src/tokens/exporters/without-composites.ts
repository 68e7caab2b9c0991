/**
 * Swift and Android have no form here for most of DTCG's composite types (shadow, border…;
 * Compose writes typography as a TextStyle): those tokens are left out of their files, and a
 * warning names them, so nothing goes missing unsaid. CSS, SCSS, JS, TS, Tailwind and DTCG write
 * them all.
 */
import type { CompositeType, ConversionWarning, TokenModel } from '../model.ts';
import { someNames } from './shared.ts';

const trimmed = new WeakMap<TokenModel, Map<string, TokenModel>>();

export function withoutComposites(
  model: TokenModel,
  formatLabel: string,
  warnings: ConversionWarning[],
  written: ReadonlySet<CompositeType> = new Set(),
): TokenModel {
  const isLeftOut = (token: TokenModel['tokens'][number]) =>
    token.resolvedType === 'COMPOSITE' && !written.has(token.type as CompositeType);
  const left = model.tokens.filter(isLeftOut);
  if (left.length === 0) return model;
  const types = [...new Set(left.map((token) => token.type))].join(', ');
  warnings.push({
    code: 'composite-not-written',
    message: `${formatLabel}: ${left.length} token(s) of type ${types} (${someNames(left.map((token) => token.name))}) are not in the file: ${formatLabel} output has no form for them. CSS, SCSS, JavaScript, TypeScript, Tailwind and DTCG have them.`,
  });
  const key = [...written].sort().join(',');
  const byKept = trimmed.get(model) ?? new Map<string, TokenModel>();
  trimmed.set(model, byKept);
  let without = byKept.get(key);
  if (!without) {
    without = { ...model, tokens: model.tokens.filter((token) => !isLeftOut(token)) };
    byKept.set(key, without);
  }
  return without;
}
