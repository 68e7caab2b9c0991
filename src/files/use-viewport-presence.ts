/**
 * Whether an element has come near the viewport (time to load its data) and whether it has been
 * in view while the page stood still (time to load its images). Both only ever turn true: a card
 * that was seen keeps what it loaded. A fling down a long page fetches nothing for the cards it
 * passes, as the file list does for its rows.
 */
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/** Same fallback as the file list: scrolling ends 150 ms after the last scroll event. */
const SCROLL_IDLE_MS = 150;

export function useViewportPresence(
  ref: RefObject<Element | null>,
  nearMargin = '300px',
): { near: boolean; settled: boolean } {
  const observable = typeof IntersectionObserver !== 'undefined';
  const [near, setNear] = useState(!observable);
  const [settled, setSettled] = useState(!observable);

  useEffect(() => {
    const element = ref.current;
    if (!element || !observable || settled) return;
    let inView = false;
    let scrolling = false;
    let idle: ReturnType<typeof setTimeout> | undefined;
    const settleIfStill = () => {
      if (inView && !scrolling) setSettled(true);
    };
    const onScrollEnd = () => {
      clearTimeout(idle);
      scrolling = false;
      settleIfStill();
    };
    const onScroll = () => {
      scrolling = true;
      clearTimeout(idle);
      if (!('onscrollend' in window)) idle = setTimeout(onScrollEnd, SCROLL_IDLE_MS);
    };
    const nearObserver = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: nearMargin },
    );
    const viewObserver = new IntersectionObserver((entries) => {
      inView = entries.some((entry) => entry.isIntersecting);
      settleIfStill();
    });
    nearObserver.observe(element);
    viewObserver.observe(element);
    // Capture: scroll events do not bubble, and the scrolling box may be any ancestor.
    const options = { capture: true, passive: true };
    document.addEventListener('scroll', onScroll, options);
    document.addEventListener('scrollend', onScrollEnd, options);
    return () => {
      clearTimeout(idle);
      nearObserver.disconnect();
      viewObserver.disconnect();
      document.removeEventListener('scroll', onScroll, options);
      document.removeEventListener('scrollend', onScrollEnd, options);
    };
  }, [ref, observable, settled, nearMargin]);

  return { near, settled };
}
