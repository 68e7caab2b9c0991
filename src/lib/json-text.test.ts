import { describe, expect, it } from 'vitest';
import type { LazyJson } from './json-text';
import { JsonTextError, jsonTextOf, readJsonText, rememberJsonText } from './json-text';

describe('JSON answers remembered with their text', () => {
  const text = '{"status":200,"meta":{"variables":{"v1":{"name":"a"}}},"list":[1]}';

  it('reads back the whole answer, with members set on top, and each top-level part', () => {
    const extra = { fileStamp: { version: '3' } };
    const parsed = JSON.parse(text) as { meta: object; list: number[] };
    const answer = rememberJsonText({ ...parsed, ...extra }, { text, extra });
    expect(readJsonText(jsonTextOf(answer)!)).toEqual(answer);
    expect(readJsonText(jsonTextOf(answer.meta)!)).toEqual(answer.meta);
    expect(readJsonText(jsonTextOf(answer.list)!)).toEqual([1]);
    // Set on top, not read from the text: it has no text of its own.
    expect(jsonTextOf(answer.fileStamp)).toBeUndefined();
  });

  it('knows nothing of objects it was not told about, nor of copies', () => {
    const answer = rememberJsonText(JSON.parse(text) as object, { text });
    expect(jsonTextOf({ ...answer })).toBeUndefined();
    expect(jsonTextOf('text')).toBeUndefined();
    expect(jsonTextOf(undefined)).toBeUndefined();
  });

  it('leaves a lazy member as text until it is read, then parses it once', () => {
    const extra = { fileStamp: { version: '3' } };
    const answer = readJsonText({ text, lazy: 'meta', extra }) as {
      meta: LazyJson<{ variables: object }>;
      fileStamp: object;
    };
    expect(Object.keys(answer)).toEqual(['fileStamp', 'meta']);
    expect(answer.meta.source).toEqual({ text, member: 'meta' });
    // What the persister stores: the whole source, so the answer comes back lazy again.
    expect(jsonTextOf(answer)).toEqual({ text, lazy: 'meta', extra });

    const first = answer.meta.read();
    expect(first).toEqual({ variables: { v1: { name: 'a' } } });
    expect(answer.meta.read()).toBe(first);
    // The parsed value still knows its text, so a worker is handed the text, not a clone.
    expect(jsonTextOf(first)).toEqual({ text, member: 'meta' });
  });

  it('refuses a malformed text when it is read, saying it is not JSON', () => {
    const answer = readJsonText({ text: '{"meta":{"variables":', lazy: 'meta' }) as {
      meta: LazyJson<unknown>;
    };
    expect(() => answer.meta.read()).toThrow(JsonTextError);
    expect(() => answer.meta.read()).toThrow(/not valid JSON/);
  });
});
