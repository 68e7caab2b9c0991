/**
 * A CSS font list written as one string (`"Inter", Arial, sans-serif`), as Figma STRING variables
 * often hold one: its families, unquoted. DTCG 2025.10 wants such a list as an array.
 */
export function fontFamilyList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((family) => (/^"[^"\\]*"$|^'[^'\\]*'$/.test(family) ? family.slice(1, -1) : family));
}

/** Whether `value` is the array `text` lists: an exported font list left as it was. */
export function listsText(value: unknown, text: string): boolean {
  const families = fontFamilyList(text);
  return (
    Array.isArray(value) &&
    value.length === families.length &&
    value.every((family, index) => family === families[index])
  );
}
