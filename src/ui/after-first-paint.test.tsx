// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { AfterFirstPaint } from './after-first-paint';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const page = () => (
  <AfterFirstPaint fallback={<p>Waiting</p>}>
    <p>Big part</p>
  </AfterFirstPaint>
);

describe('AfterFirstPaint', () => {
  it('shows the fallback through the frame that mounted it, the children in the task after', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    render(page());
    act(() => vi.runAllTimers());
    expect(screen.getByText('Waiting')).toBeDefined();
    expect(frames).toHaveLength(1);
    act(() => frames[0]!(0));
    expect(screen.queryByText('Big part')).toBeNull();
    act(() => vi.runAllTimers());
    expect(screen.getByText('Big part')).toBeDefined();
    expect(screen.queryByText('Waiting')).toBeNull();
  });

  it('does not wait for a frame in a hidden tab, which paints none', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    vi.stubGlobal('requestAnimationFrame', () => {
      throw new Error('a hidden tab gets no frames');
    });
    render(page());
    expect(await screen.findByText('Big part')).toBeDefined();
  });
});
