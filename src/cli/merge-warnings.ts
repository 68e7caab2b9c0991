/**
 * One line per fact. A DTCG file that leaves a mode out is reported twice otherwise: where the
 * reader found the gap (file and JSON path) and what the conversion did about it (filled from the
 * default mode, or left out). The conversion's words go at the reader's place.
 */
import type { ImportWarning } from '../tokens/import/errors.ts';
import type { ConversionWarning } from '../tokens/model.ts';

const GAP = 'missing-mode-value';

const gapKey = (collection: string, variable: string, mode: string) =>
  `${collection}\u0000${variable}\u0000${mode}`;

export function mergeRepeatedWarnings(
  imported: readonly ImportWarning[],
  converted: readonly ConversionWarning[],
): (ImportWarning | ConversionWarning)[] {
  const gaps = new Map<string, number>();
  const merged: (ImportWarning | ConversionWarning)[] = [...imported];
  const keyOfImported = (w: ImportWarning) =>
    w.code === GAP && w.collection !== undefined && w.variable !== undefined && w.mode !== undefined
      ? gapKey(w.collection, w.variable, w.mode)
      : undefined;
  const keyOfConverted = (w: ConversionWarning) =>
    w.code === GAP &&
    w.collectionName !== undefined &&
    w.variableName !== undefined &&
    w.modeName !== undefined
      ? gapKey(w.collectionName, w.variableName, w.modeName)
      : undefined;
  imported.forEach((warning, index) => {
    const key = keyOfImported(warning);
    if (key !== undefined) gaps.set(key, index);
  });
  for (const warning of converted) {
    const key = keyOfConverted(warning);
    const at = key === undefined ? undefined : gaps.get(key);
    if (at === undefined) {
      merged.push(warning);
      continue;
    }
    merged[at] = { ...imported[at]!, message: warning.message };
    // A second conversion warning about the same gap is a fact of its own: kept.
    gaps.delete(key!);
  }
  return merged;
}
