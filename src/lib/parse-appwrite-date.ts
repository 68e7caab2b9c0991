/**
 * Appwrite dates as milliseconds since the epoch, or NaN when absent or unreadable.
 *
 * Lenient on purpose: Appwrite 1.9.x answers PATCH /account/sessions/:id with `Y-m-d H:i:s.v`
 * (no `T`, no zone, UTC) while everything else is ISO 8601 with an offset.
 */
export function parseAppwriteDate(value: string | null | undefined): number {
  if (!value) return Number.NaN;
  const trimmed = value.trim();
  const legacy = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)$/.exec(trimmed);
  if (legacy) return Date.parse(`${legacy[1]}T${legacy[2]}Z`);
  return Date.parse(trimmed);
}
