/**
 * One line per fact. A DTCG file that leaves a mode out is reported twice otherwise: where the
 * reader found the gap (file and JSON path) and what the conversion did about it (filled from the
 * default mode, or left out). The conversion's words go at the reader's place.
 */
import type { ImportWarning } from '../tokens/import/errors.ts';
import type { ConversionWarning } from '../tokens/model.ts';

const GAP = 'missing-mode-value';

const gapKey = (variable: string, mode: string) => `${variable}\u0000${mode}`;

export function mergeRepeatedWarnings(
  imported: readonly ImportWarning[],
  converted: readonly ConversionWarning[],
): (ImportWarning | ConversionWarning)[] {
  const gaps = new Map<string, number>();
  const merged: (ImportWarning | ConversionWarning)[] = [...imported];
  imported.forEach((warning, index) => {
    if (warning.code === GAP && warning.variable !== undefined && warning.mode !== undefined)
      gaps.set(gapKey(warning.variable, warning.mode), index);
  });
  for (const warning of converted) {
    const at =
      warning.code === GAP && warning.variableName !== undefined && warning.modeName !== undefined
        ? gaps.get(gapKey(warning.variableName, warning.modeName))
        : undefined;
    if (at === undefined) {
      merged.push(warning);
      continue;
    }
    merged[at] = { ...imported[at]!, message: warning.message };
    // A second conversion warning about the same gap is a fact of its own: kept.
    gaps.delete(gapKey(warning.variableName!, warning.modeName!));
  }
  return merged;
}
