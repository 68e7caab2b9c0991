import { describe, expect, it } from 'vitest';
import { jsonTextOf, readJsonText, rememberJsonText } from './json-text';

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
});
