/**
 * A short fingerprint of a `$value` as the DTCG export wrote it. The export stamps only values it
 * derived rather than copied from Figma (a mode Figma left empty, a composed colour's resolved
 * colour); a reader compares the stamp with the `$value` it finds, so a derived value left as it
 * was is never taken for an edit, even once Figma's own values have moved on. A composed colour's
 * link and opacity get a stamp of their own, so an edit to them is told apart from an edit to the
 * `$value`. A hash, not a copy:
 * a search-and-replace over the files changes the `$value` but cannot also change its stamp.
 */

/** JSON with object keys sorted, so reformatting a file keeps the stamp. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** FNV-1a (32 bits) over the canonical JSON, as 8 hex digits. */
export function valueStamp(value: unknown): string {
  let hash = 0x811c9dc5;
  const text = canonical(value);
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
