/**
 * Big JSON answers remembered with the text they were parsed from. A string is cheap to hand to a
 * worker, to write to IndexedDB and to size, where the parsed object costs a structured clone (or
 * a walk over every member) on the main thread each time.
 */
export interface JsonText {
  text: string;
  /** The value is this top-level member of the parsed text… */
  member?: string | undefined;
  /** …or the whole parsed text with these members set on top. */
  extra?: Record<string, unknown> | undefined;
}

const sources = new WeakMap<object, JsonText>();

/**
 * Remembers that `value` is what `source` reads as, and that each of its top-level object members
 * is that member of the text (so a part, such as a variables answer's `meta`, finds its text too).
 */
export function rememberJsonText<T extends object>(value: T, source: JsonText): T {
  sources.set(value, source);
  if (source.member !== undefined) return value;
  for (const [member, part] of Object.entries(value)) {
    if (part && typeof part === 'object' && !(source.extra && member in source.extra))
      sources.set(part as object, { text: source.text, member });
  }
  return value;
}

export function jsonTextOf(value: unknown): JsonText | undefined {
  return value && typeof value === 'object' ? sources.get(value) : undefined;
}

/** The value a remembered text stands for (parsed afresh; remember it again if it is kept). */
export function readJsonText(source: JsonText): unknown {
  const parsed = JSON.parse(source.text) as Record<string, unknown>;
  if (source.member !== undefined) return parsed[source.member];
  return source.extra ? { ...parsed, ...source.extra } : parsed;
}
