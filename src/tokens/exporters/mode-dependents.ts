/**
 * Tokens whose value follows another collection's mode through an alias: `semantic/bg` aliases
 * `theme/palette/bg`, which is white in light and black in dark. CSS and Tailwind keep the
 * reference, so the value follows the mode. Formats that hold resolved values per mode of the
 * token's own collection (JavaScript, TypeScript, SCSS, Swift, Compose) resolve the alias in the
 * other collection's mode of the same name, else its default mode (resolve.ts); when the token's
 * collection lacks one of those names, the other modes' values are not in the file, and this
 * says so, once per pair of collections, instead of losing them without a word.
 */
import type { ConversionWarning, ModelCollection, ModelToken, TokenModel } from '../model.ts';
import { aliasedBy, withDependents } from './mode-blocks.ts';
import { collectionsWithTokens, differsFromDefault, someNames } from './shared.ts';

/** Every mode of `target` has a namesake in `home`, so static resolution follows them all. */
function followsByName(home: ModelCollection, target: ModelCollection): boolean {
  const names = new Set(home.modes.map((mode) => mode.name.toLowerCase()));
  return target.modes.every((mode) => names.has(mode.name.toLowerCase()));
}

/** Tokens of `home` whose values follow `target`'s modes through aliases. */
interface NotFollowed {
  home: ModelCollection;
  target: ModelCollection;
  tokens: ModelToken[];
}

/** Per model, computed once for every format that warns (a model is not changed once built). */
const notFollowedByModel = new WeakMap<TokenModel, NotFollowed[]>();

function notFollowed(model: TokenModel): NotFollowed[] {
  const cached = notFollowedByModel.get(model);
  if (cached) return cached;
  const found: NotFollowed[] = [];
  const multiMode = collectionsWithTokens(model).filter(
    ({ collection }) => collection.modes.length > 1,
  );
  const index = multiMode.length > 0 ? aliasedBy(model) : new Map<string, string[]>();
  const collectionsById = new Map(model.collections.map((c) => [c.id, c]));
  for (const { collection, tokens } of multiMode) {
    const changed = tokens.filter((token) =>
      collection.modes.some((mode) => differsFromDefault(token, collection, mode.id)),
    );
    if (changed.length === 0) continue;
    const dependents = new Map<string, ModelToken[]>();
    for (const id of withDependents(changed, index)) {
      const token = model.byId.get(id);
      if (!token || token.collectionId === collection.id) continue;
      const list = dependents.get(token.collectionId);
      if (list) list.push(token);
      else dependents.set(token.collectionId, [token]);
    }
    for (const [collectionId, list] of dependents) {
      const home = collectionsById.get(collectionId);
      if (home && !followsByName(home, collection))
        found.push({ home, target: collection, tokens: list });
    }
  }
  notFollowedByModel.set(model, found);
  return found;
}

/**
 * `resolvedHere` picks the tokens the format writes resolved (all of them by default; Android XML
 * keeps most aliases as references, which follow values-night).
 */
export function warnModeNotFollowed(
  model: TokenModel,
  formatLabel: string,
  warnings: ConversionWarning[],
  resolvedHere: (token: ModelToken) => boolean = () => true,
): void {
  for (const { home, target, tokens } of notFollowed(model)) {
    const names = tokens.filter(resolvedHere).map((token) => token.name);
    if (names.length === 0) continue;
    const defaultMode = target.modes.find((mode) => mode.id === target.defaultModeId);
    const who =
      names.length === 1
        ? `${someNames(names)} of “${home.name}” aliases a value of “${target.name}” that changes`
        : `${names.length} tokens of “${home.name}” (${someNames(names)}) alias values of “${target.name}” that change`;
    warnings.push({
      code: 'mode-not-followed',
      message: `${formatLabel}: ${who} with its mode; ${formatLabel} resolves them in “${target.name}”'s default mode “${defaultMode?.name ?? ''}” wherever “${home.name}” has no mode of the same name. CSS and Tailwind follow the mode.`,
      collectionName: home.name,
    });
  }
}
