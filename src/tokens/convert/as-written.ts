/**
 * Values a DTCG file wrote in a form Figma does not hold (see AsWritten in model.ts) ride on
 * that mode's value, so CSS, JS and DTCG write them as written while Figma, Swift and Android
 * take the value Figma holds.
 */
import { isColor } from '../color.ts';
import { getOwn } from '../import/errors.ts';
import type { FigmaVariablesInput, ModelToken } from '../model.ts';

export function attachAsWritten(
  tokens: readonly ModelToken[],
  written: NonNullable<FigmaVariablesInput['asWritten']>,
): void {
  for (const token of tokens) {
    const byMode = getOwn(written, token.id);
    if (!byMode) continue;
    for (const [modeId, form] of Object.entries(byMode)) {
      const value = getOwn(token.values, modeId);
      if (value?.kind !== 'literal') continue;
      if (form.fontStack && value.value === form.fontStack[0]) value.fontStack = form.fontStack;
      if (form.rem && typeof value.value === 'number') value.rem = true;
      if (form.color && isColor(value.value)) value.writtenColor = form.color;
      if (form.libraryAlias) value.libraryAlias = form.libraryAlias;
    }
  }
}
