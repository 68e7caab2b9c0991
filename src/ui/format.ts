// English, written here rather than by Intl: the UI's words are English ("edited 3 days ago"),
// and the first Intl formatter a page builds loads ICU's locale data, 5-20 ms of main thread on
// the file header's first render. format.test.ts checks these against Intl's own English.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];
/** What Intl's English says for one unit back or ahead ({ numeric: 'auto' }). */
const ONE_BACK: Partial<Record<Intl.RelativeTimeFormatUnit, string>> = {
  year: 'last year',
  month: 'last month',
  week: 'last week',
  day: 'yesterday',
};
const ONE_AHEAD: Partial<Record<Intl.RelativeTimeFormatUnit, string>> = {
  year: 'next year',
  month: 'next month',
  week: 'next week',
  day: 'tomorrow',
};

export function formatRelativeTime(date: Date, now = new Date()): string {
  const diff = date.getTime() - now.getTime();
  if (Number.isNaN(diff)) return '';
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return relativeInUnit(Math.round(diff / ms), unit);
  }
  return 'just now';
}

function relativeInUnit(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  const named = value === -1 ? ONE_BACK[unit] : value === 1 ? ONE_AHEAD[unit] : undefined;
  if (named) return named;
  const amount = `${formatCount(Math.abs(value))} ${unit}${Math.abs(value) === 1 ? '' : 's'}`;
  return value < 0 ? `${amount} ago` : `in ${amount}`;
}

let fractional: Intl.NumberFormat | undefined;

/** Thousands grouped with commas, as en-US writes them. */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value))
    return (fractional ??= new Intl.NumberFormat('en-US')).format(value);
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 ? `-${digits}` : digits;
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
