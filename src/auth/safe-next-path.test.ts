import { describe, expect, it } from 'vitest';
import { EVIL_HOST, OPEN_REDIRECT_PAYLOADS } from './open-redirect-payloads';
import { safeNextPath } from './safe-next-path';

const ORIGIN = 'https://tokenport.example';

/** What a browser does with the result: resolve it against the page and navigate there. */
function landsOn(path: string): URL {
  return new URL(path, ORIGIN);
}

describe('safeNextPath', () => {
  it('keeps same-origin paths with their query and hash', () => {
    expect(safeNextPath('/files/abc/variables?mode=dark#x', ORIGIN)).toBe(
      '/files/abc/variables?mode=dark#x',
    );
  });

  it('normalises dot segments instead of leaving the app', () => {
    expect(safeNextPath('/files/../teams/1', ORIGIN)).toBe('/teams/1');
    expect(safeNextPath('/files/%2e%2e/teams/1', ORIGIN)).toBe('/teams/1');
  });

  it('keeps an encoded slash encoded, so it stays one path segment on this origin', () => {
    expect(safeNextPath('/%2f%2fevil.example', ORIGIN)).toBe('/%2f%2fevil.example');
  });

  it('holds a list of at least 30 probes', () => {
    expect(OPEN_REDIRECT_PAYLOADS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(OPEN_REDIRECT_PAYLOADS.map((payload) => [JSON.stringify(payload), payload]))(
    'sends %s home',
    (_label, payload) => {
      const result = safeNextPath(payload, ORIGIN);
      expect(result).toBe('/');
      expect(landsOn(result).origin).toBe(ORIGIN);
    },
  );

  it.each([
    ['empty', ''],
    ['missing', null],
    ['undefined', undefined],
    ['far too long', `/${'a'.repeat(5000)}`],
  ])('sends %s home', (_label, value) => {
    expect(safeNextPath(value, ORIGIN)).toBe('/');
  });

  it('never returns a value that a browser resolves off the origin, for any dot/slash mix', () => {
    const parts = ['/', '.', '..', '%2e', '%2E%2e', '//', EVIL_HOST, '@', '%2f', '?', '#'];
    for (const a of parts)
      for (const b of parts)
        for (const c of parts) {
          const result = safeNextPath(`/${a}${b}${c}`, ORIGIN);
          expect(landsOn(result).origin, `/${a}${b}${c} → ${result}`).toBe(ORIGIN);
          expect(result.startsWith('//'), result).toBe(false);
        }
  });
});
