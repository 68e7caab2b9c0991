/**
 * Version-aware revalidation: before a file's Tier-1 (document, nodes) or Tier-2 (variables)
 * response is fetched again, ask whether the file changed — from a project or folder list fetched
 * in the last minute (Tier 2, already paid for) or from `GET /v1/files/:key/meta` (Tier 3). An
 * unchanged file keeps its cached response and costs no Tier-1 call.
 */
import type { QueryClient, QueryFunctionContext } from '@tanstack/react-query';
import type { GetFileMetaResponse } from '@figma/rest-api-spec';
import { isFigmaApiError } from './figma-api-error';

/** What identifies a revision of a file: Figma's `version`, else its last-modified time. */
export interface FileStamp {
  version?: string | undefined;
  lastModified?: string | undefined;
}

/** A list answer is trusted as a version source for this long. */
const LIST_TRUST_MS = 60_000;

/** File key → when this browser last wrote to it (its cached versions are then out of date). */
const writtenAt = new Map<string, number>();

export function markFileWritten(fileKey: string, now = Date.now()) {
  writtenAt.set(fileKey, now);
}

export function sameRevision(a: FileStamp, b: FileStamp): boolean {
  if (a.version && b.version) return a.version === b.version;
  if (a.lastModified && b.lastModified)
    return Date.parse(a.lastModified) === Date.parse(b.lastModified);
  return false;
}

interface ListFile {
  key: string;
  last_modified?: string;
  branches?: ListFile[];
}

/** The file's last-modified time from a project or folder list this client fetched recently. */
function stampFromLists(client: QueryClient, fileKey: string, now: number): FileStamp | undefined {
  const since = Math.max(now - LIST_TRUST_MS, writtenAt.get(fileKey) ?? 0);
  for (const query of client.getQueryCache().findAll({ queryKey: ['figma'] })) {
    const [, scope, , kind] = query.queryKey as readonly unknown[];
    if ((scope !== 'project' && scope !== 'folder') || kind !== 'files') continue;
    if (query.state.dataUpdatedAt <= since) continue;
    const files = (query.state.data as { files?: ListFile[] } | undefined)?.files ?? [];
    const found = files
      .flatMap((file) => [file, ...(file.branches ?? [])])
      .find((file) => file.key === fileKey);
    if (found?.last_modified) return { lastModified: found.last_modified };
  }
  return undefined;
}

export type MetaFetcher = (
  client: QueryClient,
  fileKey: string,
  fresh: boolean,
) => Promise<GetFileMetaResponse>;

/**
 * The file's current stamp, or `undefined` when it cannot be learnt cheaply right now (Tier 3
 * rate-limited, offline, too slow): the caller then keeps what it has rather than spend a Tier-1 call.
 * `null` means meta is unusable for this user (no scope, no access): fetch as before.
 */
async function currentStamp(
  client: QueryClient,
  fileKey: string,
  fetchMeta: MetaFetcher,
): Promise<FileStamp | null | undefined> {
  const now = Date.now();
  const listed = stampFromLists(client, fileKey, now);
  if (listed) return listed;
  try {
    const written = writtenAt.get(fileKey) ?? 0;
    const { file } = await fetchMeta(client, fileKey, now - written < LIST_TRUST_MS);
    return { version: file.version, lastModified: file.last_touched_at };
  } catch (error) {
    if (isFigmaApiError(error) && ['rate-limit', 'network', 'timeout'].includes(error.kind))
      return undefined;
    return null;
  }
}

/**
 * A query function that spends `fetchFull` only when the file changed since the cached answer.
 * `fetchFull` receives the stamp learnt on the way (if any) so answers without a version of their
 * own (variables) can carry it.
 */
export function revalidatedByFileVersion<T>(
  fileKey: string,
  stampOf: (data: T) => FileStamp,
  fetchFull: (ctx: QueryFunctionContext, stamp: FileStamp | undefined) => Promise<T>,
  fetchMeta: MetaFetcher,
) {
  return async (ctx: QueryFunctionContext): Promise<T> => {
    const previous = ctx.client.getQueryData<T>(ctx.queryKey);
    if (previous === undefined) return fetchFull(ctx, undefined);
    const stamp = await currentStamp(ctx.client, fileKey, fetchMeta);
    if (stamp === undefined) return previous;
    if (stamp && sameRevision(stamp, stampOf(previous))) return previous;
    try {
      return await fetchFull(ctx, stamp ?? undefined);
    } catch (error) {
      // Out of requests for now: the previous answer beats an error page.
      if (isFigmaApiError(error) && error.kind === 'rate-limit') return previous;
      throw error;
    }
  };
}

/** The newest stamp this client holds for a file, from its cached document or nodes answers. */
export function knownStamp(client: QueryClient, fileKey: string): FileStamp | undefined {
  let best: { at: number; stamp: FileStamp } | undefined;
  for (const query of client.getQueryCache().findAll({ queryKey: ['figma', 'file', fileKey] })) {
    const data = query.state.data as { version?: unknown; lastModified?: unknown } | undefined;
    if (typeof data?.version !== 'string') continue;
    if (best && best.at >= query.state.dataUpdatedAt) continue;
    const lastModified = typeof data.lastModified === 'string' ? data.lastModified : undefined;
    best = { at: query.state.dataUpdatedAt, stamp: { version: data.version, lastModified } };
  }
  return best?.stamp;
}
