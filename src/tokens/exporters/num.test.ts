import { describe, expect, it } from 'vitest';
import { channel, num, plainNumber } from './shared.ts';
import { convertVariables } from '../convert.ts';
import { buildFormat } from '../formats.ts';
import { collection, variable } from '../../../test/tokens/hostile-input.ts';
import type { ModelToken } from '../model.ts';

describe('num', () => {
  it('writes a 32-bit float from Figma as the shortest decimal that is that float', () => {
    expect(num(Math.fround(0.3))).toBe('0.3');
    // sbscphp/sohcahtoa-fe's "Letter Spacing/5xl": four decimals wrote 0.0006.
    expect(num(0.0006249999860301614)).toBe('0.000625');
    expect(num(Math.fround(0.00015))).toBe('0.00015');
    expect(num(Math.fround(1234.5677))).toBe('1234.5677');
  });

  it('keeps every digit a DTCG file gives, trimming only double noise', () => {
    expect(num(0.1 + 0.2)).toBe('0.3');
    expect(num(1.42857142857)).toBe('1.42857142857');
    expect(num(0.00015)).toBe('0.00015');
    expect(num(-0.0000123456)).toBe('-0.0000123456');
    expect(num(16)).toBe('16');
    expect(num(0)).toBe('0');
  });

  it('a percentage opacity is divided as typed, so 45% is 0.45 however Figma stored it', () => {
    const token = { percent: true } as ModelToken;
    expect(num(plainNumber(token, Math.fround(45.3)))).toBe('0.453');
  });
});

describe('channel', () => {
  it('keeps four decimals: a colour channel finer than that is no different at 8 bits', () => {
    expect(channel(0.0000128)).toBe('0');
    expect(channel(0.66128)).toBe('0.6613');
    expect(channel(1)).toBe('1');
  });
});

describe('every output writes the number typed', () => {
  it('JS and TS too: Figma’s 32-bit 0.3 is 0.3, not 0.30000001192092896', () => {
    const model = convertVariables({
      variableCollections: { C: { ...collection('C', ['m']), variableIds: ['v'] } },
      variables: { v: variable('v', 'ratio', 'C', { m: Math.fround(0.3) }) },
    });
    for (const format of ['css', 'js', 'ts', 'swift', 'compose'] as const) {
      const text = buildFormat(model, format)[0]!.contents;
      expect(text, format).toMatch(/\b0\.3(?![0-9])/);
      expect(text, format).not.toContain('0.3000000');
    }
  });
});
