/**
 * The two ways DTCG 2025.10 points at another token: curly braces (`"{color.blue}"`, a whole
 * token) and JSON Pointer (`{"$ref": "#/color/blue/$value"}`, a token or a part of its value).
 */

const CURLY = /^\{([^{}]+)\}$/;

/** `"{color.blue}"` → `color.blue`; undefined for anything that is not exactly one reference. */
export function curlyReferenceTarget(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = CURLY.exec(value);
  return match ? match[1]! : undefined;
}

/** `{"$ref": "#/a/b"}` (nothing else beside it) → `#/a/b`. */
export function pointerReferenceOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const ref = (value as Record<string, unknown>).$ref;
  return typeof ref === 'string' && Object.keys(value).length === 1 ? ref : undefined;
}

export type PointerParse = { segments: string[] } | { problem: string };

/**
 * RFC 6901 pointer inside the same document, as DTCG uses them: `#/` then `/`-separated names
 * with `~1` for `/` and `~0` for `~`. Empty names (`#/a//b`, a trailing `/`) name nothing DTCG
 * allows, so they are refused rather than guessed at.
 */
export function parseDocumentPointer(pointer: string): PointerParse {
  if (!pointer.startsWith('#/'))
    return { problem: `a JSON Pointer starts with "#/", found "${pointer}"` };
  const raw = pointer.slice(2).split('/');
  if (raw.some((part) => part === ''))
    return { problem: `"${pointer}" has an empty name (a double or trailing "/")` };
  if (raw.some((part) => /~(?![01])/.test(part)))
    return { problem: `"${pointer}" has "~" not followed by 0 or 1` };
  return { segments: raw.map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')) };
}

/** What a pointer's segments name inside `node` (array items by index, own members only). */
export function memberAt(node: unknown, segments: readonly string[]): unknown {
  let at = node;
  for (const segment of segments) {
    if (Array.isArray(at)) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
      at = at[Number(segment)];
    } else if (typeof at === 'object' && at !== null && Object.hasOwn(at, segment))
      at = (at as Record<string, unknown>)[segment];
    else return undefined;
  }
  return at;
}
