// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Virtualizer, observeElementOffset } from '@tanstack/react-virtual';
import {
  rowSizeAfterFirstLayout,
  scrollRectAfterLayout,
  scrollUnlessNewAtTop,
} from './measure-after-layout';

/** A box whose layout reads are counted: each one would force a layout in a browser. */
function countedBox(height: number) {
  const box = document.createElement('div');
  const reads = { count: 0 };
  for (const property of ['offsetHeight', 'clientHeight', 'clientWidth'])
    Object.defineProperty(box, property, {
      get: () => {
        reads.count += 1;
        return height;
      },
    });
  return { box, reads };
}

function virtualizerOver(scrollBox: HTMLDivElement) {
  const instance = new Virtualizer<HTMLDivElement, Element>({
    count: 100,
    getScrollElement: () => scrollBox,
    estimateSize: () => 57,
    scrollToFn: scrollUnlessNewAtTop,
    observeElementRect: scrollRectAfterLayout,
    observeElementOffset,
  });
  // What the virtualizer sets when it mounts (_willUpdate), before it observes anything.
  instance.scrollElement = scrollBox;
  return instance;
}

function row(index: number, height: number) {
  const { box, reads } = countedBox(height);
  box.setAttribute('data-index', String(index));
  return { row: box, reads };
}

const entryOf = (target: Element, blockSize: number) =>
  ({ target, borderBoxSize: [{ blockSize, inlineSize: 300 }] }) as unknown as ResizeObserverEntry;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('rowSizeAfterFirstLayout', () => {
  it('takes the size the ResizeObserver reports, rounded', () => {
    const instance = virtualizerOver(document.createElement('div'));
    const { row: element, reads } = row(3, 80);
    expect(rowSizeAfterFirstLayout(element, entryOf(element, 88.4), instance)).toBe(88);
    expect(reads.count).toBe(0);
  });

  it('keeps the estimate for rows of the first render, without reading their layout', () => {
    const instance = virtualizerOver(document.createElement('div'));
    const { row: element, reads } = row(0, 90);
    expect(rowSizeAfterFirstLayout(element, undefined, instance)).toBe(57);
    expect(reads.count).toBe(0);
  });

  it('measures rows mounted once something has been measured (scrolling), at once', () => {
    const instance = virtualizerOver(document.createElement('div'));
    instance.itemSizeCache.set(0, 60);
    const { row: element, reads } = row(12, 90);
    expect(rowSizeAfterFirstLayout(element, undefined, instance)).toBe(90);
    expect(reads.count).toBe(1);
  });
});

describe('scrollRectAfterLayout', () => {
  it('reports the box only when its ResizeObserver does', () => {
    let observed: (() => void) | undefined;
    const disconnect = vi.fn();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          observed = callback;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    const { box, reads } = countedBox(400);
    const reported: unknown[] = [];
    const stop = scrollRectAfterLayout(virtualizerOver(box as HTMLDivElement), (rect) =>
      reported.push(rect),
    );
    expect(reads.count).toBe(0);
    expect(reported).toEqual([]);
    observed?.();
    expect(reported).toEqual([{ width: 400, height: 400 }]);
    stop?.();
    expect(disconnect).toHaveBeenCalledTimes(1);
  });

  it('reads the box at once where there is no ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { box } = countedBox(300);
    const reported: unknown[] = [];
    scrollRectAfterLayout(virtualizerOver(box as HTMLDivElement), (rect) => reported.push(rect));
    expect(reported).toEqual([{ width: 300, height: 300 }]);
  });
});

describe('scrollUnlessNewAtTop', () => {
  it('skips only the first write, and only when it is to the top', () => {
    const box = document.createElement('div');
    const scrollTo = vi.fn();
    box.scrollTo = scrollTo as typeof box.scrollTo;
    const instance = virtualizerOver(box);
    scrollUnlessNewAtTop(0, { adjustments: undefined, behavior: undefined }, instance);
    expect(scrollTo).not.toHaveBeenCalled();
    scrollUnlessNewAtTop(0, { adjustments: undefined, behavior: undefined }, instance);
    expect(scrollTo).toHaveBeenCalledTimes(1);

    const other = virtualizerOver(box);
    scrollUnlessNewAtTop(120, { adjustments: undefined, behavior: undefined }, other);
    expect(scrollTo).toHaveBeenCalledTimes(2);
    expect(scrollTo).toHaveBeenLastCalledWith({ top: 120, behavior: undefined });
  });
});
