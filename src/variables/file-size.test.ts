import { describe, expect, it } from 'vitest';
import { lazyFile } from '../tokens/exporters/shared';
import { utf8Length, writtenBytes } from './file-size';

describe('utf8Length', () => {
  it.each([
    '',
    'tokens.css',
    'café',
    '色 tokens',
    '🎨 palette',
    'lone \ud800 high',
    'lone \udc00 low',
  ])('matches TextEncoder for %j', (text) => {
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe('writtenBytes', () => {
  it('measures a file whose text exists', () => {
    expect(writtenBytes({ path: 'a.css', mediaType: 'text/css', contents: ':root {}\n' })).toBe(9);
  });

  it('leaves a lazily written file unwritten and unmeasured', () => {
    let writes = 0;
    const file = lazyFile('a.tokens.json', 'application/json', () => {
      writes++;
      return '{}';
    });
    expect(writtenBytes(file)).toBeUndefined();
    expect(writes).toBe(0);
  });
});
