/**
 * Every token occurrence across the layers, per token and mode. Only a resolver overrides: with
 * one, a later set or modifier replaces an earlier token of the same path (DTCG resolution order).
 * Without one, files are separate collections, so two of them that share a token path keep two
 * tokens, each in its own collection, and nothing is overwritten.
 */
import type { ImportWarning } from '../import/errors.ts';
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
}

const SEPARATOR = '\u0000';

function primaryOccurrence(
  acc: Accumulator,
  collections: ReadonlyMap<string, DtcgCollection>,
): Occurrence | undefined {
  const defaultMode = collections.get(acc.collectionKey)?.defaultModeKey ?? '';
  return acc.byMode.get(defaultMode) ?? [...acc.byMode.values()][0];
}

export function collectOccurrences(
  layers: readonly LayerInfo[],
  collections: ReadonlyMap<string, DtcgCollection>,
  options: { resolver: boolean; warnings: ImportWarning[] },
): Accumulator[] {
  const accumulators = new Map<string, Accumulator>();
  for (const info of layers) {
    const collectionKey = info.collection.key;
    for (const context of info.layer.contexts) {
      const modeKey = info.modeKeyByContext.get(context.name)!;
      for (const source of context.sources) {
        // Without a resolver the layers already walked these trees and reported their warnings.
        const warnings = options.resolver ? options.warnings : [];
        const tokensHoldGroups = info.collection.figmaSync === true;
        for (const raw of walkTokenTree(source.tree, source.file, source.jsonPath, warnings, {
          tokensHoldGroups,
        })) {
          const pathString = raw.path.join('.');
          const key = options.resolver ? pathString : `${collectionKey}${SEPARATOR}${pathString}`;
          let acc = accumulators.get(key);
          if (!acc || acc.collectionKey !== collectionKey) {
            const overridden = acc ? primaryOccurrence(acc, collections) : undefined;
            acc = { pathString, path: raw.path, collectionKey, byMode: new Map() };
            if (overridden) acc.base = overridden;
            accumulators.set(key, acc);
          }
          acc.byMode.set(modeKey, { raw, modeKey });
        }
      }
    }
  }
  return [...accumulators.values()];
}
