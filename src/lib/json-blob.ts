/**
 * Big JSON answers kept as the bytes they came as, a Blob, until something needs the value. The
 * browser holds a fetched Blob outside the page: read as text, a 2 MB variables answer costs the
 * main thread its decoding, then a copy for the worker message and another for IndexedDB, where
 * a Blob goes to both by reference and only the conversion worker reads it.
 */

export class JsonBlobError extends Error {
  override readonly name = 'JsonBlobError';
}

/** `member` of the JSON document in `blob`, parsed afresh. */
export async function readJsonBlob<T>(blob: Blob, member: string): Promise<T> {
  const text = await blob.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new JsonBlobError(`The answer is not valid JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || !Object.hasOwn(parsed, member))
    throw new JsonBlobError(`The answer has no “${member}” in it.`);
  return (parsed as Record<string, unknown>)[member] as T;
}

/**
 * One member of a JSON document held as a Blob, read the first time it is asked for. Not a plain
 * object, so TanStack Query's structural sharing leaves it alone.
 */
export class JsonBlob<T> {
  #value: Promise<T> | undefined;
  constructor(
    readonly blob: Blob,
    readonly member: string,
  ) {}

  read(): Promise<T> {
    return (this.#value ??= readJsonBlob<T>(this.blob, this.member));
  }
}

/** A value, or the Blob it will be read from. */
export type MaybeLazy<T> = T | JsonBlob<T>;

export async function readMaybeLazy<T>(value: MaybeLazy<T>): Promise<T> {
  return value instanceof JsonBlob ? value.read() : value;
}

/** An answer as stored: the `extra` members, with `member` left as its Blob. */
export interface StoredJsonBlob {
  blob: Blob;
  member: string;
  extra: Record<string, unknown>;
}

const storedForms = new WeakMap<object, StoredJsonBlob>();

/**
 * The answer `stored` stands for: its `extra` members plus `member` as a JsonBlob. It remembers
 * where it came from, so the persister writes it back as the Blob (see storedJsonBlobOf).
 */
export function answerFromJsonBlob<T extends object>(stored: StoredJsonBlob): T {
  const answer = { ...stored.extra, [stored.member]: new JsonBlob(stored.blob, stored.member) };
  storedForms.set(answer, stored);
  return answer as T;
}

export function storedJsonBlobOf(value: unknown): StoredJsonBlob | undefined {
  return value && typeof value === 'object' ? storedForms.get(value) : undefined;
}
