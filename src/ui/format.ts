// Built on first use, then kept: an Intl formatter costs far more to build than to call, and the
// first one a page builds also loads the locale data, which a page that formats nothing skips.
let relative: Intl.RelativeTimeFormat | undefined;
let count: Intl.NumberFormat | undefined;

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function formatRelativeTime(date: Date, now = new Date()): string {
  const diff = date.getTime() - now.getTime();
  if (Number.isNaN(diff)) return '';
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) {
      relative ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
      return relative.format(Math.round(diff / ms), unit);
    }
  }
  return 'just now';
}

export function formatCount(value: number): string {
  count ??= new Intl.NumberFormat('en-US');
  return count.format(value);
}

/** “1 variable”, “1,204 variables”: never “1 variables”. */
export function formatPlural(value: number, one: string, many = `${one}s`): string {
  return `${formatCount(value)} ${value === 1 ? one : many}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
