import { Suspense, useEffect, useState } from 'react';
import type { ReactNode } from 'react';

/** The task after the browser paints the current frame; hidden tabs paint no frames. */
function afterPaint(run: () => void): () => void {
  if (typeof requestAnimationFrame === 'undefined' || document.visibilityState === 'hidden') {
    const task = setTimeout(run, 0);
    return () => clearTimeout(task);
  }
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (task = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(task);
  };
}

/**
 * Shows `fallback` until the commit that mounted it is on screen, then `children` in a Suspense
 * boundary with the same fallback, so the wait and the read look alike. For a part of
 * a page whose read is big (a file's 2 MB variables answer): started in the same render as the
 * page's header, its download and parse compete with the header's first paint, and Lighthouse's
 * simulation charges the whole download to the header (LCP 13 s at 1.6 Mbps instead of 2.5 s).
 */
export function AfterFirstPaint({
  fallback,
  children,
}: {
  fallback: ReactNode;
  children: ReactNode;
}) {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => setPainted(true)), []);
  return painted ? <Suspense fallback={fallback}>{children}</Suspense> : fallback;
}
