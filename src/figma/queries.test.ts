// @vitest-environment jsdom
import { QueryClient, QueryObserver, timeoutManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { figmaQueries } from './queries';

describe('figmaQueries.images', () => {
  afterEach(() => vi.restoreAllMocks());

  it('schedules the garbage collection of unwatched previews within what a browser timer can hold', () => {
    // Browsers and Node run a longer delay at once (1 ms): the URLs would be dropped on unmount
    // and Back would pay for another render call.
    const delays: number[] = [];
    const schedule = timeoutManager.setTimeout.bind(timeoutManager);
    vi.spyOn(timeoutManager, 'setTimeout').mockImplementation((callback, ms) => {
      delays.push(ms);
      return schedule(callback, 0);
    });
    const client = new QueryClient();
    const options = figmaQueries.images('FILE', { ids: ['1:2'] });
    client.setQueryData(options.queryKey, { err: null, images: { '1:2': 'https://x/1.png' } });
    const stop = new QueryObserver(client, { ...options, enabled: false }).subscribe(() => {});
    stop();
    const gcDelay = Math.max(...delays);
    expect(gcDelay).toBeGreaterThan(20 * 86_400_000 - 1);
    expect(gcDelay).toBeLessThanOrEqual(2 ** 31 - 1);
    expect(client.getQueryData(options.queryKey)).toBeDefined();
    client.clear();
  });
});
