/**
 * A DTCG font stack (`["Inter", "sans-serif"]`) is one Figma STRING, its first family; the whole
 * list rides on that mode's value so CSS, JS and DTCG write it, while Figma, Swift and Android
 * take the one family they can use.
 */
import { getOwn } from '../import/errors.ts';
import type { FigmaVariablesInput, ModelToken } from '../model.ts';

export function attachFontStacks(
  tokens: readonly ModelToken[],
  stacks: NonNullable<FigmaVariablesInput['fontStacks']>,
): void {
  for (const token of tokens) {
    const byMode = getOwn(stacks, token.id);
    if (!byMode) continue;
    for (const [modeId, stack] of Object.entries(byMode)) {
      const value = getOwn(token.values, modeId);
      if (value?.kind === 'literal' && value.value === stack[0]) value.fontStack = stack;
    }
  }
}
