/**
 * Every token occurrence across the layers, per token and mode. Only a resolver overrides: with
 * one, a later set or modifier replaces an earlier token of the same path (DTCG resolution order).
 * Without one, files are separate collections, so two of them that share a token path keep two
 * tokens, each in its own collection, and nothing is overwritten.
 */
import { isRecord } from '../import/errors.ts';
import type { ImportWarning } from '../import/errors.ts';
import type { GroupSource } from './read-extends.ts';
import { otherFileRoots } from './read-layers.ts';
import type { LayerInfo } from './read-layers.ts';
import { walkTokenTree } from './read-tree.ts';
import type { RawToken } from './read-tree.ts';
import type { DtcgCollection } from './read-types.ts';

export interface Occurrence {
  raw: RawToken;
  modeKey: string;
}

export interface Accumulator {
  pathString: string;
  path: string[];
  collectionKey: string;
  byMode: Map<string, Occurrence>;
  /** The value from an earlier layer that a later layer overrode: fills its missing modes. */
  base?: Occurrence;
  /** That earlier layer's token, all its modes (see keepFallenThrough). */
  overridden?: Accumulator;
  /** The earlier layer's token this one's unset modes alias, kept as a token of its own. */
  fallthrough?: Accumulator;
  /** Kept only as a later layer's fallthrough: its path names that later token. */
  kept?: true;
}

const SEPARATOR = '\u0000';

function primaryOccurrence(
  acc: Accumulator,
  collections: ReadonlyMap<string, DtcgCollection>,
): Occurrence | undefined {
  const defaultMode = collections.get(acc.collectionKey)?.defaultModeKey ?? '';
  // Unset in its default context, the token resolves there to the layer before it, not to
  // whichever other context happens to set it.
  return acc.byMode.get(defaultMode) ?? acc.base ?? [...acc.byMode.values()][0];
}

/**
 * Where a token first met in a later context goes: right after the token before it in that
 * context's file (first in its collection when nothing is), not after every token of the first
 * context. A token the default mode leaves out (a library alias skipped there) then keeps its
 * place on a re-read of the export.
 */
class Followers {
  private readonly byKey = new Map<string, string[]>();
  /** Per collection, tokens that come before its first token. */
  private readonly leading = new Map<string, string[]>();
  private readonly placed = new Set<string>();

  place(
    key: string,
    collectionKey: string,
    after: string | undefined,
    accumulators: ReadonlyMap<string, Accumulator>,
  ) {
    const anchor = after === undefined ? undefined : accumulators.get(after);
    const [map, at] =
      after !== undefined && anchor?.collectionKey === collectionKey
        ? [this.byKey, after]
        : [this.leading, collectionKey];
    const list = map.get(at);
    if (list) list.push(key);
    else map.set(at, [key]);
    this.placed.add(key);
  }

  order(accumulators: ReadonlyMap<string, Accumulator>): Accumulator[] {
    if (this.placed.size === 0) return [...accumulators.values()];
    const out: Accumulator[] = [];
    // A stack, not recursion: a later file may add thousands of tokens one after another.
    const stack: string[] = [];
    const pushAll = (keys: readonly string[] | undefined) => {
      if (keys) for (let i = keys.length - 1; i >= 0; i--) stack.push(keys[i]!);
    };
    const drain = () => {
      while (stack.length > 0) {
        const next = stack.pop()!;
        out.push(accumulators.get(next)!);
        pushAll(this.byKey.get(next));
      }
    };
    const started = new Set<string>();
    for (const [key, acc] of accumulators) {
      if (!this.placed.has(key)) stack.push(key);
      if (!started.has(acc.collectionKey)) {
        started.add(acc.collectionKey);
        pushAll(this.leading.get(acc.collectionKey));
      }
      drain();
    }
    // A later resolver layer took over every token of a collection whose leading tokens wait.
    for (const [collectionKey, keys] of this.leading) {
      if (started.has(collectionKey)) continue;
      pushAll(keys);
      drain();
    }
    return out;
  }
}

export function collectOccurrences(
  layers: readonly LayerInfo[],
  collections: ReadonlyMap<string, DtcgCollection>,
  options: { resolver: boolean; warnings: ImportWarning[] },
): Accumulator[] {
  const accumulators = new Map<string, Accumulator>();
  const followers = new Followers();
  // A resolver's sources in resolution order (a modifier's in every context), for `$extends`.
  const earlierSources: GroupSource[] = [];
  // Without one, every other file (see otherFileRoots).
  const otherFiles = options.resolver
    ? undefined
    : otherFileRoots(
        layers.flatMap((info) =>
          info.layer.contexts.flatMap((c) =>
            c.sources.map((s) => ({ name: s.file, json: s.tree })),
          ),
        ),
      );
  for (const info of layers) {
    const collectionKey = info.collection.key;
    const before = earlierSources.length;
    for (const [contextIndex, context] of info.layer.contexts.entries()) {
      const modeKey = info.modeKeyByContext.get(context.name)!;
      const inContext = earlierSources.slice(0, before);
      for (const source of context.sources) {
        // Without a resolver the layers already walked these trees and reported their warnings.
        const warnings = options.resolver ? options.warnings : [];
        const tokensHoldGroups = info.collection.figmaSync === true;
        const raws = walkTokenTree(source.tree, source.file, source.jsonPath, warnings, {
          tokensHoldGroups,
          earlierSources: otherFiles ? otherFiles(source.file) : inContext,
        });
        if (isRecord(source.tree)) {
          const root = { node: source.tree, jsonPath: source.jsonPath, file: source.file };
          inContext.push(root);
          // Every context: a later `$extends` takes members any context gives (as aliases, which
          // resolve in whichever context is chosen).
          earlierSources.push(root);
        }
        let previousKey: string | undefined;
        for (const raw of raws) {
          const pathString = raw.path.join('.');
          const key = options.resolver ? pathString : `${collectionKey}${SEPARATOR}${pathString}`;
          let acc = accumulators.get(key);
          const after = previousKey;
          previousKey = key;
          if (contextIndex > 0 && !acc) followers.place(key, collectionKey, after, accumulators);
          if (!acc || acc.collectionKey !== collectionKey) {
            const overridden = acc ? primaryOccurrence(acc, collections) : undefined;
            const earlier = acc;
            acc = { pathString, path: raw.path, collectionKey, byMode: new Map() };
            if (overridden) acc.base = overridden;
            if (earlier) acc.overridden = earlier;
            accumulators.set(key, acc);
          }
          acc.byMode.set(modeKey, { raw, modeKey });
        }
      }
    }
  }
  const collected = followers.order(accumulators);
  return options.resolver ? keepFallenThrough(collected, collections) : collected;
}

const valueText = (occurrence: Occurrence) =>
  JSON.stringify(occurrence.raw.node.$value ?? occurrence.raw.node.$ref ?? null);

/**
 * Whether the earlier layer's token must be kept for the contexts `acc`'s layer leaves unset: a
 * resolver there takes the earlier layer's value, which changes with that layer's own context
 * (`size` set by "platform", then by "theme" in "dark" only). One copied value would be right in
 * one platform context and wrong in the others.
 */
function fallsThroughToVaryingValues(
  acc: Accumulator,
  collections: ReadonlyMap<string, DtcgCollection>,
): boolean {
  const earlier = acc.overridden;
  const collection = collections.get(acc.collectionKey);
  if (!earlier || !collection || !acc.base) return false;
  if (collection.modes.every((mode) => acc.byMode.has(mode.key))) return false;
  const copied = valueText(acc.base);
  // The earlier layer's contexts it leaves unset hold the layer before it: varying too if that
  // differs (platform sets `size` for web only; ios keeps the base's), or if there is none (the
  // token does not exist there at all).
  const earlierCollection = collections.get(earlier.collectionKey);
  const earlierUnset = earlierCollection?.modes.some((mode) => !earlier.byMode.has(mode.key));
  return (
    [...earlier.byMode.values()].some((occurrence) => valueText(occurrence) !== copied) ||
    (earlierUnset === true && (earlier.base === undefined || valueText(earlier.base) !== copied)) ||
    fallsThroughToVaryingValues(earlier, collections)
  );
}

/**
 * Keeps each earlier layer's token that a later layer's unset contexts fall through to (see
 * above), placed before the token that overrides it; that token's unset contexts then alias it,
 * as a Figma variable aliases one in another collection, so both layers' modes keep working.
 */
function keepFallenThrough(
  collected: readonly Accumulator[],
  collections: ReadonlyMap<string, DtcgCollection>,
): Accumulator[] {
  const out: Accumulator[] = [];
  for (const acc of collected) {
    const chain: Accumulator[] = [];
    for (let current = acc; fallsThroughToVaryingValues(current, collections);) {
      const earlier = current.overridden!;
      current.fallthrough = earlier;
      earlier.kept = true;
      chain.unshift(earlier);
      current = earlier;
    }
    out.push(...chain, acc);
  }
  return out;
}
