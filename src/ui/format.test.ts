import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatPlural, formatRelativeTime } from './format';

describe('format', () => {
  it('groups thousands the same way on every call', () => {
    expect(formatCount(1204)).toBe('1,204');
    expect(formatCount(5000)).toBe('5,000');
    expect(formatCount(7)).toBe('7');
  });

  it('says “1 variable” and “1,204 variables”', () => {
    expect(formatPlural(1, 'variable')).toBe('1 variable');
    expect(formatPlural(1204, 'variable')).toBe('1,204 variables');
  });

  it('says how long ago in the largest whole unit, and “just now” under a minute', () => {
    const now = new Date('2026-01-10T12:00:00Z');
    expect(formatRelativeTime(new Date('2026-01-10T11:59:30Z'), now)).toBe('just now');
    expect(formatRelativeTime(new Date('2026-01-10T09:00:00Z'), now)).toBe('3 hours ago');
    expect(formatRelativeTime(new Date('2026-01-07T12:00:00Z'), now)).toBe('3 days ago');
    expect(formatRelativeTime(new Date('invalid'), now)).toBe('');
  });

  it('writes counts as Intl’s en-US does', () => {
    const intl = new Intl.NumberFormat('en-US');
    for (const value of [0, 7, 999, 1000, 1204, 65_536, 1_234_567, -4321, 2 ** 53 - 1, 1.5, -0.25])
      expect(formatCount(value)).toBe(intl.format(value));
  });

  it('says relative times as Intl’s English does, one unit back or ahead by name', () => {
    const intl = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    const now = new Date('2026-01-10T12:00:00Z');
    const cases: [number, Intl.RelativeTimeFormatUnit, number][] = [
      [1, 'minute', 60_000],
      [5, 'minute', 60_000],
      [1, 'hour', 3_600_000],
      [23, 'hour', 3_600_000],
      [1, 'day', 86_400_000],
      [3, 'day', 86_400_000],
      [1, 'week', 7 * 86_400_000],
      [2, 'week', 7 * 86_400_000],
      [1, 'month', 30 * 86_400_000],
      [11, 'month', 30 * 86_400_000],
      [1, 'year', 365 * 86_400_000],
      [1500, 'year', 365 * 86_400_000],
    ];
    for (const [amount, unit, ms] of cases) {
      for (const sign of [-1, 1]) {
        const date = new Date(now.getTime() + sign * amount * ms);
        expect(formatRelativeTime(date, now)).toBe(intl.format(sign * amount, unit));
      }
    }
  });

  it('writes sizes in B, kB and MB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 kB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
