/**
 * Static resolution of aliases for platforms without a cascade (JS, Swift, Android…). Figma
 * resolves a cross-collection alias with the consumer's mode of the target collection; statically
 * we pick the target mode with the same name (Light → Light), else the target's default mode.
 */
import type {
  Literal,
  LiteralTokenValue,
  ModelCollection,
  ModelToken,
  TokenModel,
} from './model.ts';

export interface ModeContext {
  /** The mode name chosen for the collection being exported (e.g. "Dark"). */
  modeName: string;
}

function modeIn(collection: ModelCollection, preferredName: string): string {
  const wanted = preferredName.toLowerCase();
  return (
    collection.modes.find((mode) => mode.name.toLowerCase() === wanted)?.id ??
    collection.defaultModeId
  );
}

export function createResolver(model: TokenModel) {
  const resolveValue = createValueResolver(model);
  return (token: ModelToken, modeId: string): Literal | undefined =>
    resolveValue(token, modeId)?.value;
}

/** The literal value an alias chain ends at, with what it carries (a font stack, say). */
export function createValueResolver(model: TokenModel) {
  const collections = new Map(model.collections.map((c) => [c.id, c]));
  return function resolve(token: ModelToken, modeId: string): LiteralTokenValue | undefined {
    const startCollection = collections.get(token.collectionId);
    const modeName = startCollection?.modes.find((mode) => mode.id === modeId)?.name ?? '';
    let current: ModelToken | undefined = token;
    let currentMode = modeId;
    for (let hops = 0; current && hops < 64; hops++) {
      const collection = collections.get(current.collectionId);
      const value =
        current.values[currentMode] ??
        (collection ? current.values[collection.defaultModeId] : undefined);
      if (!value) return undefined;
      if (value.kind === 'literal') return value;
      const target = model.byId.get(value.targetId);
      if (!target) return undefined;
      const targetCollection = collections.get(target.collectionId);
      currentMode =
        target.collectionId === current.collectionId
          ? currentMode
          : targetCollection
            ? modeIn(targetCollection, modeName)
            : currentMode;
      current = target;
    }
    return undefined;
  };
}
