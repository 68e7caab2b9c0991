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
 * Figma's sync layout (figma/variables-github-action-example): `<Collection>.<Mode>.json`, DTCG's
 * own `.tokens.json` and `.resolver.json` names aside. Figma's exporter writes the names as they
 * are, dots included, and its importer takes the first two dot-separated parts, so
 * `z.depreciate.Spacing.Mode 1.json` would become collection "z", mode "depreciate". Collection
 * names hold dots far more often than mode names ("Mode 1", "Dark"), so here the last dot splits:
 * `split` then says the name had more than one dot, for the reader to tell the user.
 */
export function collectionAndModeOf(
  name: string,
): { collection: string; mode: string; split?: 'last-dot' } | undefined {
  const base = segmentsOf(name).pop() ?? name;
  if (!/\.json$/i.test(base) || /\.(tokens|resolver)\.json$/i.test(base)) return undefined;
  const parts = base.slice(0, -'.json'.length).split('.');
  const mode = parts.pop()!;
  const collection = parts.join('.');
  if (parts.length === 0 || parts[0] === '' || mode === '') return undefined;
  return parts.length > 1 ? { collection, mode, split: 'last-dot' } : { collection, mode };
}
