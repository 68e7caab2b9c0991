/**
 * Static resolution of aliases for platforms without a cascade (JS, Swift, Android…). Figma
 * resolves a cross-collection alias with the consumer's mode of the target collection; statically
 * we pick the target mode with the same name (Light → Light), else the target's default mode.
 */
import type {
  CompositeValue,
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
  const end = createEndResolver(model);
  return (token: ModelToken, modeId: string): LiteralTokenValue | undefined => {
    const value = end(token, modeId)?.value;
    // A composite is no literal: its outputs resolve it themselves (resolved-css.ts).
    return value?.kind === 'literal' ? value : undefined;
  };
}

/** Where an alias chain ends: the token holding the value, in which of its modes, and the value. */
export interface ChainEnd {
  token: ModelToken;
  modeId: string;
  value: LiteralTokenValue | CompositeValue;
}

/**
 * The mode of `target` that `from`'s mode `modeId` reads: the same mode in one collection, else
 * the target collection's mode of the same name, else its default.
 */
export function createModeMapper(model: TokenModel) {
  const collections = new Map(model.collections.map((c) => [c.id, c]));
  return (from: ModelToken, modeId: string, target: ModelToken): string => {
    if (target.collectionId === from.collectionId) return modeId;
    const targetCollection = collections.get(target.collectionId);
    if (!targetCollection) return modeId;
    const name =
      collections.get(from.collectionId)?.modes.find((mode) => mode.id === modeId)?.name ?? '';
    return modeIn(targetCollection, name);
  };
}

export function createEndResolver(model: TokenModel) {
  const collections = new Map(model.collections.map((c) => [c.id, c]));
  const modeFor = createModeMapper(model);
  /**
   * `origin` is where the reading started when `token` is a part of a composite being resolved:
   * mode names are read from there, as for an alias chain.
   */
  return function resolve(
    token: ModelToken,
    modeId: string,
    origin: { token: ModelToken; modeId: string } = { token, modeId },
  ): ChainEnd | undefined {
    let current: ModelToken | undefined = token;
    let currentMode = modeId;
    for (let hops = 0; current && hops < 64; hops++) {
      const collection = collections.get(current.collectionId);
      const value =
        current.values[currentMode] ??
        (collection ? current.values[collection.defaultModeId] : undefined);
      if (!value) return undefined;
      if (value.kind !== 'alias') return { token: current, modeId: currentMode, value };
      const target = model.byId.get(value.targetId);
      if (!target) return undefined;
      // Mode names are read from the chain's start, as Figma resolves a consumer's mode.
      currentMode = modeFor(origin.token, origin.modeId, target);
      current = target;
    }
    return undefined;
  };
}
