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
    expect(formatRelativeTime(new Date('2026-01-10T09:00:00Z'), now)).toMatch(/3 hours ago/);
    expect(formatRelativeTime(new Date('2026-01-07T12:00:00Z'), now)).toMatch(/3 days ago/);
    expect(formatRelativeTime(new Date('invalid'), now)).toBe('');
  });

  it('writes sizes in B, kB and MB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 kB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
