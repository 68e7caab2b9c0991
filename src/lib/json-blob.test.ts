import { describe, expect, it } from 'vitest';
import {
  answerFromJsonBlob,
  JsonBlob,
  JsonBlobError,
  readMaybeLazy,
  storedJsonBlobOf,
} from './json-blob';

const text = '{"status":200,"meta":{"variables":{"v1":{"name":"a"}}}}';

describe('JSON answers kept as Blobs', () => {
  it('leaves a member as its Blob until read, then reads it once', async () => {
    const blob = new Blob([text]);
    const stored = { blob, member: 'meta', extra: { fileStamp: { version: '3' } } };
    const answer = answerFromJsonBlob<{ meta: JsonBlob<unknown>; fileStamp: object }>(stored);
    expect(Object.keys(answer)).toEqual(['fileStamp', 'meta']);
    expect(answer.fileStamp).toEqual({ version: '3' });
    expect(answer.meta.blob).toBe(blob);
    // What the persister writes: the Blob itself, so the answer is restored lazy again.
    expect(storedJsonBlobOf(answer)).toBe(stored);
    expect(storedJsonBlobOf({ ...answer })).toBeUndefined();

    const first = await answer.meta.read();
    expect(first).toEqual({ variables: { v1: { name: 'a' } } });
    expect(await answer.meta.read()).toBe(first);
    expect(await readMaybeLazy(answer.meta)).toBe(first);
    const plain = { variables: {} };
    expect(await readMaybeLazy(plain)).toBe(plain);
  });

  it('refuses malformed JSON, and JSON without the member, saying which', async () => {
    await expect(new JsonBlob(new Blob(['{"meta":{"variables":']), 'meta').read()).rejects.toThrow(
      /not valid JSON/,
    );
    const missing = new JsonBlob(new Blob(['{"status":200}']), 'meta').read();
    await expect(missing).rejects.toBeInstanceOf(JsonBlobError);
    await expect(missing).rejects.toThrow('The answer has no “meta” in it.');
    // Own members only: an inherited name is not the answer's.
    await expect(new JsonBlob(new Blob(['{}']), 'toString').read()).rejects.toThrow(
      /no “toString”/,
    );
  });
});
