/**
 * Query factories for every Figma endpoint Tokenport reads: keys run generic → specific and hold
 * every input, so the cache can dedupe, and a page seen within STALE_MS costs no request.
 */
import { queryOptions } from '@tanstack/react-query';
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
import { figmaClient } from './client';

export const FIGMA_STALE_MS = 60_000;

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

  /** `depth` keeps huge files cheap: 1 = pages, 2 = pages and their top-level frames. */
  file: (fileKey: string, depth: 1 | 2 = 2) =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'file', fileKey, { depth }] as const,
      queryFn: ({ signal }) =>
        figmaClient().get<GetFileResponse>(`/v1/files/${enc(fileKey)}`, {
          query: { depth },
          signal,
        }),
      staleTime: FIGMA_STALE_MS,
    }),

  fileNodes: (fileKey: string, ids: readonly string[]) =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'file', fileKey, 'nodes', [...ids].sort()] as const,
      queryFn: ({ signal }) =>
        figmaClient().get<GetFileNodesResponse>(`/v1/files/${enc(fileKey)}/nodes`, {
          query: { ids: [...ids].sort() },
          signal,
        }),
      staleTime: FIGMA_STALE_MS,
      enabled: ids.length > 0,
    }),

  fileMeta: (fileKey: string) =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'file', fileKey, 'meta'] as const,
      queryFn: ({ signal }) =>
        figmaClient().get<GetFileMetaResponse>(`/v1/files/${enc(fileKey)}/meta`, { signal }),
      staleTime: FIGMA_STALE_MS,
    }),

  /** One batched render call for all previews of a page; Figma's URLs live 30 days. */
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
      staleTime: 10 * 60_000,
      enabled: ids.length > 0,
    });
  },

  localVariables: (fileKey: string) =>
    queryOptions({
      queryKey: [...figmaQueries.all(), 'file', fileKey, 'variables', 'local'] as const,
      queryFn: ({ signal }) =>
        figmaClient().get<GetLocalVariablesResponse>(`/v1/files/${enc(fileKey)}/variables/local`, {
          signal,
        }),
      staleTime: FIGMA_STALE_MS,
    }),

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
