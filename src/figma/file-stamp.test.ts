import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { GetFileMetaResponse } from '@figma/rest-api-spec';
import { FigmaApiError } from './figma-api-error';
import { markFileWritten, revalidatedByFileVersion } from './file-stamp';
import type { MetaFetcher } from './file-stamp';

interface Doc {
  version: string;
  lastModified: string;
  body: string;
}

const meta = (version: string): GetFileMetaResponse =>
  ({ file: { version, last_touched_at: '2026-11-01T00:00:00Z' } }) as GetFileMetaResponse;

function setup(fileKey: string, metaAnswer: MetaFetcher) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const fetchFull = vi.fn(async () => ({ version: 'v2', lastModified: 'x', body: 'new' }));
  const fetchMeta = vi.fn(metaAnswer);
  const options = {
    queryKey: ['figma', 'file', fileKey, { depth: 2 }],
    queryFn: revalidatedByFileVersion<Doc>(fileKey, (d) => d, fetchFull, fetchMeta),
  };
  return { client, fetchFull, fetchMeta, options };
}

const seed = (client: QueryClient, key: readonly unknown[], version = 'v1') =>
  client.setQueryData(key, { version, lastModified: 'x', body: 'old' });

describe('revalidation by file version', () => {
  it('fetches in full the first time, without asking meta', async () => {
    const { client, fetchFull, fetchMeta, options } = setup('A', async () => meta('v1'));
    expect((await client.fetchQuery(options)).body).toBe('new');
    expect(fetchFull).toHaveBeenCalledTimes(1);
    expect(fetchMeta).not.toHaveBeenCalled();
  });

  it('keeps the cached answer when the version did not move', async () => {
    const { client, fetchFull, fetchMeta, options } = setup('B', async () => meta('v1'));
    seed(client, options.queryKey);
    await client.invalidateQueries({ queryKey: options.queryKey, refetchType: 'none' });
    expect((await client.fetchQuery(options)).body).toBe('old');
    expect(fetchMeta).toHaveBeenCalledTimes(1);
    expect(fetchFull).not.toHaveBeenCalled();
  });

  it('fetches again when the version moved', async () => {
    const { client, fetchFull, options } = setup('C', async () => meta('v2'));
    seed(client, options.queryKey);
    await client.invalidateQueries({ queryKey: options.queryKey, refetchType: 'none' });
    expect((await client.fetchQuery(options)).body).toBe('new');
    expect(fetchFull).toHaveBeenCalledTimes(1);
  });

  it('keeps the cached answer while meta is rate-limited, and fetches when meta is not allowed', async () => {
    const limited = setup('D', async () => {
      throw new FigmaApiError({ kind: 'rate-limit', status: 429, message: '', endpoint: '' });
    });
    seed(limited.client, limited.options.queryKey);
    await limited.client.invalidateQueries({ refetchType: 'none' });
    expect((await limited.client.fetchQuery(limited.options)).body).toBe('old');

    const noScope = setup('E', async () => {
      throw new FigmaApiError({ kind: 'scope', status: 403, message: '', endpoint: '' });
    });
    seed(noScope.client, noScope.options.queryKey);
    await noScope.client.invalidateQueries({ refetchType: 'none' });
    expect((await noScope.client.fetchQuery(noScope.options)).body).toBe('new');
  });

  it('trusts a project list fetched in the last minute instead of asking meta', async () => {
    const { client, fetchMeta, fetchFull, options } = setup('F', async () => meta('v9'));
    client.setQueryData(options.queryKey, { version: 'v1', lastModified: '2026-11-01T00:00:00Z' });
    client.setQueryData(['figma', 'project', 'p1', 'files'], {
      files: [{ key: 'F', last_modified: '2026-11-01T00:00:00.000Z' }],
    });
    await client.invalidateQueries({ queryKey: options.queryKey, refetchType: 'none' });
    await client.fetchQuery(options);
    expect(fetchMeta).not.toHaveBeenCalled();
    expect(fetchFull).not.toHaveBeenCalled();
  });

  it('after this browser wrote to the file, asks meta afresh instead of trusting an older list', async () => {
    const { client, fetchMeta, fetchFull, options } = setup('G', async () => meta('v2'));
    client.setQueryData(options.queryKey, { version: 'v1', lastModified: '2026-11-01T00:00:00Z' });
    client.setQueryData(['figma', 'project', 'p1', 'files'], {
      files: [{ key: 'G', last_modified: '2026-11-01T00:00:00.000Z' }],
    });
    markFileWritten('G', Date.now() + 1);
    await client.invalidateQueries({ queryKey: options.queryKey, refetchType: 'none' });
    await client.fetchQuery(options);
    expect(fetchMeta).toHaveBeenCalledWith(client, 'G', true);
    expect(fetchFull).toHaveBeenCalledTimes(1);
  });
});
