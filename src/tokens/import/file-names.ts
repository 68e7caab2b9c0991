/**
 * File names as users hand them over: with or without folders, `/` or `\` separators, and the
 * extensions token tools write (`.tokens.json`, `.tokens`, `.resolver.json`, `.json`).
 */

function segmentsOf(name: string): string[] {
  return name.replace(/\\/g, '/').split('/');
}

/** `tokens/semantic/light.tokens.json` → `light`. */
export function fileStem(name: string): string {
  const base = segmentsOf(name).pop() ?? name;
  return base.replace(/\.resolver\.json$|\.tokens\.json$|\.tokens$|\.json$/i, '') || base;
}

/** `tokens/semantic/light.tokens.json` → `semantic` (empty for a bare file name). */
export function parentFolder(name: string): string {
  const parts = segmentsOf(name);
  return parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '';
}

/**
 * Figma's sync layout (figma/variables-github-action-example): `<Collection>.<Mode>.json`, read
 * by Figma's own importer as the first two dot-separated parts of the base name. DTCG's own
 * `.tokens.json` and `.resolver.json` names are not this layout.
 */
export function collectionAndModeOf(
  name: string,
): { collection: string; mode: string } | undefined {
  const base = segmentsOf(name).pop() ?? name;
  if (!/\.json$/i.test(base) || /\.(tokens|resolver)\.json$/i.test(base)) return undefined;
  const parts = base.slice(0, -'.json'.length).split('.');
  if (parts.length < 2 || parts[0] === '' || parts[1] === '') return undefined;
  return { collection: parts[0]!, mode: parts[1]! };
}
