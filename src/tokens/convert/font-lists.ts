/**
 * A Figma STRING font family that holds a CSS font list (Baloise's `"BaloiseCreateText", "Arial",
 * "sans-serif"`) is read as a stack, as a DTCG array is: its first family is the value Swift,
 * Android and Compose load (they wrote the whole quoted list as one font name), CSS keeps the
 * list, and the DTCG export writes an array, DTCG's form for it (Terrazzo read the string as one
 * family named `"BaloiseCreateText", "Arial", "sans-serif"`). Figma's text rides along, so a
 * write-back sends nothing for it.
 */
import { fontFamilyList } from '../font-lists.ts';
import type { ModelToken } from '../model.ts';

export function fontListsAsStacks(tokens: readonly ModelToken[]): void {
  for (const token of tokens) {
    if (token.type !== 'fontFamily') continue;
    for (const value of Object.values(token.values)) {
      if (value.kind !== 'literal' || value.fontStack || typeof value.value !== 'string') continue;
      if (!value.value.includes(',')) continue;
      const families = fontFamilyList(value.value);
      if (families.length < 2) continue;
      value.figmaText = value.value;
      value.value = families[0]!;
      value.fontStack = families;
    }
  }
}
