/**
 * Rows that have been on screen while the list stood still. A fling through 1,500 files must not
 * fetch and decode 1,500 thumbnails: a row shows its image only once scrolling has ended with the
 * row in view, and keeps it afterwards, so an image never flickers back to a placeholder.
 */
import { useState } from 'react';

export function useSettledKeys(
  isScrolling: boolean,
  keysInView: readonly string[],
): ReadonlySet<string> {
  const [settled, setSettled] = useState<ReadonlySet<string>>(() => new Set());
  if (isScrolling) return settled;
  const fresh = keysInView.filter((key) => key && !settled.has(key));
  if (fresh.length === 0) return settled;
  // Adjusting state while rendering: React re-renders at once, before painting the rows bare.
  const next = new Set([...settled, ...fresh]);
  setSettled(next);
  return next;
}
