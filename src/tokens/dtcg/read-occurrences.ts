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
  /** That earlier layer's token, all its modes (see warnValuesLeftOut). */
  overridden?: Accumulator;
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
  const collected = [...accumulators.values()];
  if (options.resolver)
    for (const acc of collected) warnValuesLeftOut(acc, collections, options.warnings);
  return collected;
}

const valueText = (occurrence: Occurrence) =>
  JSON.stringify(occurrence.raw.node.$value ?? occurrence.raw.node.$ref ?? null);

/**
 * A token two modifiers both set (`size` by "platform" and by "theme"), where the later leaves it
 * unset in some contexts: a resolver then takes the earlier modifier's value, which changes with
 * that modifier's context. A Figma variable follows one collection's modes, so those contexts get
 * the earlier modifier's default value; its other values are named here, not lost without a word.
 */
function warnValuesLeftOut(
  acc: Accumulator,
  collections: ReadonlyMap<string, DtcgCollection>,
  warnings: ImportWarning[],
) {
  const earlier = acc.overridden;
  const collection = collections.get(acc.collectionKey);
  const earlierCollection = earlier && collections.get(earlier.collectionKey);
  if (!earlier || !collection || !earlierCollection || !acc.base) return;
  const unset = collection.modes.filter((mode) => !acc.byMode.has(mode.key));
  if (unset.length === 0) return;
  const used = valueText(acc.base);
  const lost = earlierCollection.modes.filter((mode) => {
    const occurrence = earlier.byMode.get(mode.key);
    return occurrence !== undefined && valueText(occurrence) !== used;
  });
  if (lost.length === 0) return;
  const baseMode = earlierCollection.modes.find((mode) => mode.key === acc.base?.modeKey);
  const names = (modes: typeof lost) => modes.map((mode) => `"${mode.name}"`).join(', ');
  warnings.push({
    code: 'modifier-values-left-out',
    message: `"${acc.pathString}" is set by "${earlierCollection.name}" and again by "${collection.name}", which leaves it unset in ${names(unset)}; Figma variables follow one collection's modes, so there it takes "${earlierCollection.name}"'s ${baseMode ? `"${baseMode.name}" ` : ''}value, and its value${lost.length === 1 ? '' : 's'} in ${names(lost)} ${lost.length === 1 ? 'is' : 'are'} left out`,
    file: acc.base.raw.file,
    jsonPath: acc.base.raw.jsonPath,
    variable: acc.pathString,
  });
}
