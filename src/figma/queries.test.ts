// @vitest-environment jsdom
import { QueryClient, QueryObserver, timeoutManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIGMA, json, stubNetwork, withFigmaSession } from '../testing/network';
import { isFigmaApiError } from './figma-api-error';
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

describe('figmaQueries.localVariables', () => {
  const FILE_URL = `${FIGMA}/v1/files/KEYplan00001`;
  const VARIABLES_URL = `${FILE_URL}/variables/local`;
  const META_URL = `${FILE_URL}/meta`;
  const options = figmaQueries.localVariables('KEYplan00001');

  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  function figmaAnswering(status: number, message: string) {
    return withFigmaSession(stubNetwork())
      .on('GET', VARIABLES_URL, () => json({ status, error: true, message }, status))
      .on('GET', META_URL, () =>
        json({ file: { version: '7', last_touched_at: '2026-01-01T00:00:00Z' } }),
      );
  }

  it('answers a plan without the Variables API as data, asked again (no revision check) once stale', async () => {
    const network = figmaAnswering(403, 'Incorrect account type: requires an Enterprise plan');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(client.fetchQuery(options)).resolves.toEqual({ kind: 'plan-limited' });

    await client.invalidateQueries({ queryKey: options.queryKey, refetchType: 'none' });
    await expect(client.fetchQuery(options)).resolves.toEqual({ kind: 'plan-limited' });
    expect(network.count('GET', VARIABLES_URL)).toBe(2);
    expect(network.count('GET', META_URL)).toBe(0);
    client.clear();
  });

  it('still fails for what is not a plan limit', async () => {
    figmaAnswering(404, 'Not found');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const failure = await client.fetchQuery(options).catch((error: unknown) => error);
    expect(isFigmaApiError(failure) && failure.status).toBe(404);
    client.clear();
  });
});
