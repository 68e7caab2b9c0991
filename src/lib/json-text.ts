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
  /**
   * …or, when set, `extra` plus this one member of the text as a LazyJson, parsed only when read:
   * a page that hands the member to a worker never parses it on the main thread.
   */
  lazy?: string | undefined;
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
  if (source.lazy !== undefined) {
    const member = new LazyJson<unknown>({ text: source.text, member: source.lazy });
    return rememberJsonText({ ...source.extra, [source.lazy]: member }, source);
  }
  const parsed = JSON.parse(source.text) as Record<string, unknown>;
  if (source.member !== undefined) return parsed[source.member];
  return source.extra ? { ...parsed, ...source.extra } : parsed;
}

export class JsonTextError extends Error {
  override readonly name = 'JsonTextError';
}

/**
 * A member of a JSON text, parsed the first time `read()` is called. `source` is what a worker
 * is handed instead of the value. Not a plain object, so TanStack Query's structural sharing
 * keeps its hands off it (a walk would parse it).
 */
export class LazyJson<T> {
  #value: { read: T } | undefined;
  constructor(readonly source: JsonText) {}

  read(): T {
    if (!this.#value) {
      let value: unknown;
      try {
        value = readJsonText(this.source);
      } catch (error) {
        throw new JsonTextError(`The answer is not valid JSON: ${(error as Error).message}`);
      }
      if (value && typeof value === 'object') rememberJsonText(value, this.source);
      this.#value = { read: value as T };
    }
    return this.#value.read;
  }
}

/** A value, or the JSON text it will be read from. */
export type MaybeLazy<T> = T | LazyJson<T>;

export function readMaybeLazy<T>(value: MaybeLazy<T>): T {
  return value instanceof LazyJson ? value.read() : value;
}
