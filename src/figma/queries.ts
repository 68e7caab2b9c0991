/**
 * Query factories for every Figma endpoint Tokenport reads: keys run generic → specific and hold
 * every input, so the cache can dedupe, and a page seen within STALE_MS costs no request. A file's
 * document, nodes and variables revalidate by the file's version (file-stamp.ts): an unchanged
 * file keeps its cached answer, so a reload or a new tab costs a Tier-3 meta call, not Tier 1.
 */
import { queryOptions } from '@tanstack/react-query';
import type { QueryClient, QueryFunctionContext, QueryKey } from '@tanstack/react-query';
import type {
  GetFileMetaResponse,
  GetFileNodesResponse,
  GetFileResponse,
  GetFolderFilesResponse,
  GetFolderFoldersResponse,
  GetImagesResponse,
  GetLocalVariablesResponse,
  GetMeResponse,
  GetProjectFilesResponse,
  GetPublishedVariablesResponse,
  GetTeamFoldersResponse,
  GetTeamProjectsResponse,
} from '@figma/rest-api-spec';
import { answerFromJsonBlob } from '../lib/json-blob';
import type { JsonBlob } from '../lib/json-blob';
import { figmaClient } from './client';
import { knownStamp, revalidatedByFileVersion } from './file-stamp';
import { isPlanLimited } from './plan-limit';
import { splitStyleNodes } from './style-nodes';
import type { StyleNodes } from './style-nodes';
import type { FileStamp, MetaFetcher } from './file-stamp';

export const FIGMA_STALE_MS = 60_000;
/** Figma's rendered image URLs live 30 days; keep them a day less. */
export const IMAGE_URL_LIFETIME_MS = 29 * 86_400_000;
/**
 * Browsers run a timer longer than 2^31-1 ms (24.8 days) at once, so a longer gcTime would drop
 * an unwatched query the moment its page unmounts, and Back would pay for it again.
 */
export const LONGEST_TIMER_MS = 2 ** 31 - 1;
/** Meta answers are shared by the revalidations of one page view, then asked again. */
const META_STALE_MS = 5_000;

/**
 * The variables answer plus the file revision it was read at (it has no version of its own).
 * `meta` stays the answer's bytes until read: the conversion worker reads them itself, so the
 * Variables and Tokens tabs never decode or parse megabytes on the main thread.
 */
export interface LocalVariablesData {
  kind?: undefined;
  fileStamp?: FileStamp | undefined;
  meta: JsonBlob<GetLocalVariablesResponse['meta']>;
}

/**
 * Figma opens the Variables API only to Enterprise plans (plan-limit.ts). For everyone else that
 * refusal is what the file's variables are, not a failure: the query answers it as data, so pages
 * that suspend on it show the plan notice instead of an error screen.
 */
export interface PlanLimitedVariables {
  kind: 'plan-limited';
}
export type LocalVariablesAnswer = LocalVariablesData | PlanLimitedVariables;
const PLAN_LIMITED: PlanLimitedVariables = { kind: 'plan-limited' };

const enc = encodeURIComponent;

export interface ImageRequest {
  ids: readonly string[];
  scale?: number;
  format?: 'png' | 'jpg' | 'svg';
}

export const figmaQueries = {
  all: () => ['figma'] as const,

  me: () =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'me'] as const,
      queryFn: ({ signal }) => figmaClient().get<GetMeResponse>('/v1/me', { signal }),
      staleTime: 5 * 60_000,
    }),

  teamProjects: (teamId: string) =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'team', teamId, 'projects'] as const,
      queryFn: ({ signal }) =>
        figmaClient().get<GetTeamProjectsResponse>(`/v1/teams/${enc(teamId)}/projects`, { signal }),
      staleTime: FIGMA_STALE_MS,
    }),

  projectFiles: (projectId: string) =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'project', projectId, 'files'] as const,
      queryFn: ({ signal }) =>
        figmaClient().get<GetProjectFilesResponse>(`/v1/projects/${enc(projectId)}/files`, {
          signal,
        }),
      staleTime: FIGMA_STALE_MS,
    }),

  teamFolders: (teamId: string) =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'team', teamId, 'folders'] as const,
      queryFn: ({ signal }) =>
        figmaClient().get<GetTeamFoldersResponse>(`/v2/teams/${enc(teamId)}/folders`, { signal }),
      staleTime: FIGMA_STALE_MS,
    }),

  folderFolders: (folderId: string) =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'folder', folderId, 'folders'] as const,
      queryFn: ({ signal }) =>
        figmaClient().get<GetFolderFoldersResponse>(`/v2/folders/${enc(folderId)}/folders`, {
          signal,
        }),
      staleTime: FIGMA_STALE_MS,
    }),

  folderFiles: (folderId: string) =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'folder', folderId, 'files'] as const,
      queryFn: ({ signal }) =>
        figmaClient().get<GetFolderFilesResponse>(`/v2/folders/${enc(folderId)}/files`, {
          signal,
        }),
      staleTime: FIGMA_STALE_MS,
    }),

  /**
   * `depth` keeps huge files cheap: 1 = pages, 2 = pages and their top-level frames. Branch data
   * rides on the same call (a main file's branches, or a branch's main file key); it is in the key
   * so answers persisted before it was asked for are not taken to mean "no branches".
   */
  file: (fileKey: string, depth: 1 | 2 = 2) =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'file', fileKey, { depth, branchData: true }] as const,
      queryFn: revalidatedByFileVersion<GetFileResponse>(
        fileKey,
        stampOfDocument,
        ({ signal }) =>
          figmaClient().get<GetFileResponse>(`/v1/files/${enc(fileKey)}`, {
            query: { depth, branch_data: true },
            signal,
          }),
        fetchMeta,
      ),
      staleTime: FIGMA_STALE_MS,
    }),

  fileNodes: (fileKey: string, ids: readonly string[]) =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'file', fileKey, 'nodes', [...ids].sort()] as const,
      queryFn: revalidatedByFileVersion<GetFileNodesResponse>(
        fileKey,
        stampOfDocument,
        ({ signal }) =>
          figmaClient().get<GetFileNodesResponse>(`/v1/files/${enc(fileKey)}/nodes`, {
            query: { ids: [...ids].sort() },
            signal,
          }),
        fetchMeta,
      ),
      staleTime: FIGMA_STALE_MS,
      enabled: ids.length > 0,
    }),

  /** Every style's node, from the file answer where it holds them, else one `/nodes` call. */
  styleNodes: (fileKey: string, version: string | undefined) =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'file', fileKey, 'style-nodes', { version }] as const,
      queryFn: async ({ client }): Promise<StyleNodes> => {
        const file = await client.ensureQueryData(figmaQueries.file(fileKey, 2));
        const { inFile, missing } = splitStyleNodes(file);
        if (missing.length === 0) return inFile;
        const fetched = await client.fetchQuery(figmaQueries.fileNodes(fileKey, missing));
        return { ...inFile, ...fetched.nodes };
      },
      // Keyed by the file's version: a new version is a new key.
      staleTime: Infinity,
      enabled: version !== undefined,
    }),

  fileMeta: (fileKey: string) =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'file', fileKey, 'meta'] as const,
      queryFn: ({ signal }) =>
        figmaClient().get<GetFileMetaResponse>(`/v1/files/${enc(fileKey)}/meta`, { signal }),
      staleTime: META_STALE_MS,
    }),

  /**
   * One batched render call for all previews of a page. Figma's URLs live 30 days and a preview
   * of an edited frame is still a fair picture, so they are kept (and persisted) that long; the
   * user asks for fresh ones.
   */
  images: (fileKey: string, request: ImageRequest) => {
    const ids = [...request.ids].sort();
    const scale = request.scale ?? 0.5;
    const format = request.format ?? 'png';
    return queryOptions({
      queryKey: [...figmaQueries.all(), 'file', fileKey, 'images', { ids, scale, format }] as const,
      queryFn: ({ signal }) =>
        figmaClient().get<GetImagesResponse>(`/v1/images/${enc(fileKey)}`, {
          query: { ids, scale, format },
          signal,
        }),
      staleTime: IMAGE_URL_LIFETIME_MS,
      gcTime: Math.min(IMAGE_URL_LIFETIME_MS, LONGEST_TIMER_MS),
      enabled: ids.length > 0,
    });
  },

  localVariables: (fileKey: string) => {
    const fetchVariables = async (
      { signal, client }: QueryFunctionContext,
      stamp: FileStamp | undefined,
    ): Promise<LocalVariablesData> => {
      // Stamp before the call: if the file changes meanwhile, the next check refetches.
      const fileStamp = stamp ?? knownStamp(client, fileKey);
      const blob = await figmaClient().getBlob(`/v1/files/${enc(fileKey)}/variables/local`, {
        signal,
      });
      // Megabytes: the persister stores the Blob and the conversion worker reads it itself.
      return answerFromJsonBlob<LocalVariablesData>({ blob, member: 'meta', extra: { fileStamp } });
    };
    const revalidated = revalidatedByFileVersion<LocalVariablesData>(
      fileKey,
      (data) => data.fileStamp ?? {},
      fetchVariables,
      fetchMeta,
    );
    return queryOptions({
      queryKey: [...figmaQueries.all(), 'file', fileKey, 'variables', 'local'] as const,
      queryFn: async (ctx): Promise<LocalVariablesAnswer> => {
        const previous = ctx.client.getQueryData<LocalVariablesAnswer>(ctx.queryKey);
        try {
          // A plan limit holds no revision to compare: ask again, as a failed call was asked again.
          return previous?.kind === 'plan-limited'
            ? await fetchVariables(ctx, undefined)
            : await revalidated(ctx);
        } catch (error) {
          if (isPlanLimited(error)) return PLAN_LIMITED;
          throw error;
        }
      },
      staleTime: FIGMA_STALE_MS,
    });
  },

  publishedVariables: (fileKey: string) =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'file', fileKey, 'variables', 'published'] as const,
      queryFn: ({ signal }) =>
        figmaClient().get<GetPublishedVariablesResponse>(
          `/v1/files/${enc(fileKey)}/variables/published`,
          { signal },
        ),
      staleTime: FIGMA_STALE_MS,
    }),
};

const stampOfDocument = (data: { version: string; lastModified: string }): FileStamp => ({
  version: data.version,
  lastModified: data.lastModified,
});

const fetchMeta: MetaFetcher = (client: QueryClient, fileKey: string, fresh: boolean) =>
  client.fetchQuery({ ...figmaQueries.fileMeta(fileKey), staleTime: fresh ? 0 : META_STALE_MS });

/**
 * Answers that revalidate by the file's version: after a reload or in a new tab they are checked
 * (cheaply) before they are trusted again.
 */
export function isVersionedFileQuery(queryKey: QueryKey): boolean {
  const [root, scope, , kind] = queryKey;
  if (root !== 'figma' || scope !== 'file') return false;
  return kind === 'nodes' || kind === 'variables' || (typeof kind === 'object' && kind !== null);
}

/** Meta answers are only a means to revalidate: never persisted, never shown stale. */
export function isFileMetaQuery(queryKey: QueryKey): boolean {
  return queryKey[0] === 'figma' && queryKey[1] === 'file' && queryKey[3] === 'meta';
}
