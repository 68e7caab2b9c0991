import type { PointerEvent } from 'react';

/**
 * An onPointerEnter handler that gives the element its full local date and time as a tooltip.
 * Formatted on the first hover rather than while rendering: a page's first date format costs
 * about 20 ms of main thread (ICU loads its locale data), one long task on a phone, for a tooltip
 * most visits never show.
 */
export function fullDateOnHover(date: Date | string | number) {
  return (event: PointerEvent<HTMLElement>) => {
    const target = event.currentTarget;
    if (!target.title) target.title = new Date(date).toLocaleString();
  };
}
