import { describe, expect, it } from 'vitest';
import { channel, num } from './shared.ts';

describe('num', () => {
  it('trims float noise to four decimals', () => {
    expect(num(0.1 + 0.2)).toBe('0.3');
    expect(num(1.42857142857)).toBe('1.4286');
    expect(num(16)).toBe('16');
  });

  it('never writes a small value as 0: four significant digits instead', () => {
    expect(num(0.00001)).toBe('0.00001');
    expect(num(0.000049)).toBe('0.000049');
    expect(num(-0.0000123456)).toBe('-0.00001235');
    expect(num(0)).toBe('0');
  });
});

describe('channel', () => {
  it('keeps four decimals: a colour channel finer than that is no different at 8 bits', () => {
    expect(channel(0.0000128)).toBe('0');
    expect(channel(0.66128)).toBe('0.6613');
    expect(channel(1)).toBe('1');
  });
});
