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

/** The mark a browser or Finder gives a second download: ` 2`, ` (1)`. */
const COPY_MARK = String.raw`(?: \(\d+\)| \d+)`;
const MARKED_TOKENS_STEM = new RegExp(String.raw`\.tokens${COPY_MARK}$`, 'i');
const DTCG_FILE = new RegExp(String.raw`\.(tokens|resolver)${COPY_MARK}?\.json$`, 'i');

/**
 * A browser or Finder saving Figma's `Mode 1.tokens.json` twice names the copy
 * `Mode 1.tokens 2.json` or `Mode 1.tokens (1).json`, the copy mark inside the extension: the
 * stem of such a copy without it. Only Figma's native export reads it so, where a stem names a
 * collection ("tokens 2", which no one named); elsewhere the stem is a mode, and a copy beside
 * its original must stay a mode of its own.
 */
export function withoutCopyMark(stem: string): string {
  return stem.replace(MARKED_TOKENS_STEM, '') || stem;
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
 * names hold dots more often than mode names ("Mode 1", "Dark"), so the last dot splits unless
 * `known` (collections other files name without doubt) holds an earlier split's collection:
 * `Scale.1.5x.json` beside `Scale.1x.json` is "Scale", "1.5x". `split` says the name was unclear.
 */
export function collectionAndModeOf(
  name: string,
  known: ReadonlySet<string> = new Set(),
): { collection: string; mode: string; split?: 'dots' } | undefined {
  const base = segmentsOf(name).pop() ?? name;
  // A copy of a DTCG file (`light.tokens 2.json`) is no `<Collection>.<Mode>` name either.
  if (!/\.json$/i.test(base) || DTCG_FILE.test(base)) return undefined;
  const parts = base.slice(0, -'.json'.length).split('.');
  if (parts.length < 2 || parts[0] === '' || parts[parts.length - 1] === '') return undefined;
  if (parts.length === 2) return { collection: parts[0]!, mode: parts[1]! };
  let at = parts.length - 1;
  for (let i = parts.length - 1; i >= 1; i--)
    if (known.has(parts.slice(0, i).join('.'))) {
      at = i;
      break;
    }
  return {
    collection: parts.slice(0, at).join('.'),
    mode: parts.slice(at).join('.'),
    split: 'dots',
  };
}

/** Mode names that say "the default" by convention, the surest first (Figma's first is "Mode 1"). */
const DEFAULT_MODE_NAMES = ['default', 'base', 'mode 1', 'light'];

/**
 * Which of modes read from file names is the default, when a name says so by convention; -1
 * when none does (then the first file's is taken, and that is said).
 */
export function conventionalDefaultMode(names: readonly string[]): number {
  const normal = names.map((name) => name.trim().toLowerCase());
  for (const wanted of DEFAULT_MODE_NAMES) {
    const index = normal.indexOf(wanted);
    if (index !== -1) return index;
  }
  return -1;
}
