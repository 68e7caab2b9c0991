import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path';

const ORIGIN = 'https://tokenport.example';

describe('safeNextPath', () => {
  it('keeps same-origin paths with their query and hash', () => {
    expect(safeNextPath('/files/abc/variables?mode=dark#x', ORIGIN)).toBe('/files/abc/variables?mode=dark#x');
  });

  it.each([
    ['absolute URL', 'https://evil.example/steal'],
    ['protocol-relative', '//evil.example'],
    ['backslash trick', '/\\evil.example'],
    ['javascript URL', 'javascript:alert(1)'],
    ['control characters', '/\tfoo'],
    ['empty', ''],
    ['missing', null],
    ['sign-in loop', '/sign-in?next=/'],
  ])('rejects %s', (_label, value) => {
    expect(safeNextPath(value, ORIGIN)).toBe('/');
  });

  it('normalises dot segments instead of leaving the app', () => {
    expect(safeNextPath('/files/../teams/1', ORIGIN)).toBe('/teams/1');
  });
});
