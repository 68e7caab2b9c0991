/**
 * Virtualizer sizes read after the browser's own layout, not inside React's commit.
 *
 * By default the virtualizer reads the scroll box and every row as they mount (`clientHeight`,
 * `offsetHeight`), which forces a layout of the page in the middle of the commit: on a large
 * file's first render that layout and the re-render it started were one 150 ms task at 4× CPU.
 * The ResizeObserver the virtualizer keeps on them reports the same sizes right after the frame's
 * own layout, and the re-render they cause is a task of its own. Rows mounted later (while
 * scrolling) are still measured at once, so they never sit at an estimated place.
 */
import { elementScroll } from '@tanstack/react-virtual';
import type { Rect, Virtualizer, VirtualizerOptions } from '@tanstack/react-virtual';

export function rowSizeAfterFirstLayout(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  if (instance.itemSizeCache.size === 0)
    return instance.options.estimateSize(instance.indexFromElement(element));
  return (element as HTMLElement).offsetHeight;
}

export function scrollRectAfterLayout(
  instance: Virtualizer<HTMLDivElement, Element>,
  report: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element) return undefined;
  const read = () => report({ width: element.clientWidth, height: element.clientHeight });
  if (typeof ResizeObserver === 'undefined') {
    read();
    return undefined;
  }
  // Its first report comes after the first layout; `initialRect` stands in until then.
  const observer = new ResizeObserver(read);
  observer.observe(element);
  return () => observer.disconnect();
}

const scrolledOnce = new WeakSet<object>();

/**
 * On mount the virtualizer writes its scroll box's offset back to it (0 for a new table); the write
 * forces the same layout. A new box is already at 0, so that one write is left out.
 */
export const scrollUnlessNewAtTop: VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'] = (
  offset,
  options,
  instance,
) => {
  const first = !scrolledOnce.has(instance);
  scrolledOnce.add(instance);
  if (first && offset === 0) return;
  elementScroll(offset, options, instance);
};
