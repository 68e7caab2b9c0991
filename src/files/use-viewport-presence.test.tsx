// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useViewportPresence } from './use-viewport-presence';

/** jsdom has no IntersectionObserver: this one lets a test say when the element is seen. */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly targets: Element[] = [];
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets.length = 0;
  }
  show(isIntersecting: boolean) {
    const entries = this.targets.map((target) => ({ target, isIntersecting }));
    act(() => this.callback(entries as IntersectionObserverEntry[], this as never));
  }
}

const nearObserver = () => FakeIntersectionObserver.all.find((o) => o.options.rootMargin)!;
const viewObserver = () => FakeIntersectionObserver.all.find((o) => !o.options.rootMargin)!;

function Probe() {
  const ref = useRef<HTMLDivElement>(null);
  const { near, settled } = useViewportPresence(ref);
  return <div ref={ref}>{`near:${near} settled:${settled}`}</div>;
}

afterEach(() => {
  FakeIntersectionObserver.all = [];
  vi.unstubAllGlobals();
});

describe('useViewportPresence', () => {
  it('is near once the element nears the viewport, settled only once it is in view', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    render(<Probe />);
    expect(screen.getByText('near:false settled:false')).toBeInTheDocument();
    expect(nearObserver().options.rootMargin).toBe('300px');
    nearObserver().show(true);
    expect(screen.getByText('near:true settled:false')).toBeInTheDocument();
    viewObserver().show(true);
    expect(screen.getByText('near:true settled:true')).toBeInTheDocument();
  });

  it('waits for scrolling to end before settling, and passing by does not settle', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    render(<Probe />);
    act(() => void document.dispatchEvent(new Event('scroll')));
    viewObserver().show(true);
    viewObserver().show(false);
    act(() => void document.dispatchEvent(new Event('scrollend')));
    expect(screen.getByText('near:false settled:false')).toBeInTheDocument();

    act(() => void document.dispatchEvent(new Event('scroll')));
    viewObserver().show(true);
    expect(screen.getByText(/settled:false/)).toBeInTheDocument();
    act(() => void document.dispatchEvent(new Event('scrollend')));
    expect(screen.getByText(/settled:true/)).toBeInTheDocument();
  });

  it('shows everything at once where the browser cannot observe', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Probe />);
    expect(screen.getByText('near:true settled:true')).toBeInTheDocument();
  });
});
