/**
 * Android's unit for a dimension: `sp` for what sizes text, else `dp`. It matters beyond
 * looks: Compose's TextStyle takes font size, line height and letter spacing only as `sp`/`em`
 * TextUnits, so a font size written as `18.dp` does not compile where it is used. Figma says so
 * with scopes (FONT_SIZE…); where the scopes do not say (DTCG files have none, and ALL_SCOPES
 * allows anything), a typography token naming the length as its size, line height or letter
 * spacing does, and so does a name like `font-size/300`.
 */
import type { ModelToken, TokenModel } from '../model.ts';

const TEXT_SCOPES = ['FONT_SIZE', 'LINE_HEIGHT', 'LETTER_SPACING'] as const;
const TEXT_MEMBERS = new Set(['fontSize', 'lineHeight', 'letterSpacing']);
const TEXT_NAME = /(font|text)[-_ ]?size|line[-_ ]?height|letter[-_ ]?spacing|leading|tracking/i;

const textSizedByModel = new WeakMap<TokenModel, Set<string>>();

/** Ids of the lengths typography tokens use as size, line height or letter spacing. */
function textSized(model: TokenModel): Set<string> {
  let ids = textSizedByModel.get(model);
  if (ids) return ids;
  ids = new Set();
  for (const token of model.tokens) {
    if (token.type !== 'typography') continue;
    for (const value of Object.values(token.values))
      if (value.kind === 'composite')
        for (const { at, targetId } of value.references)
          if (TEXT_MEMBERS.has(String(at[0]))) ids.add(targetId);
  }
  textSizedByModel.set(model, ids);
  return ids;
}

export function androidUnit(token: ModelToken, model: TokenModel): 'sp' | 'dp' {
  if (TEXT_SCOPES.some((scope) => token.scopes.includes(scope))) return 'sp';
  const scopesSay = token.scopes.length > 0 && !token.scopes.includes('ALL_SCOPES');
  if (scopesSay) return 'dp';
  return TEXT_NAME.test(token.name) || textSized(model).has(token.id) ? 'sp' : 'dp';
}
