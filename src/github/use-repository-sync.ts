/**
 * The preview of a sync (diff and files against the base branch, read fresh from GitHub) and the
 * pull request it opens. A base that moved since the preview recomputes it instead of writing.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { FigmaVariablesInput } from '../tokens/model';
import { objectId } from '../lib/object-id';
import { isGitHubError } from './github-error';
import { loadEngine } from './load-engine';
import type { PullRequestSource } from './pr-body';
import type { RepositorySettings } from './settings';
import { readMaybeLazy } from '../lib/json-blob';
import type { MaybeLazy } from '../lib/json-blob';

export function useRepositorySync({
  settings,
  token,
  fileKey,
  input,
  source,
}: {
  settings: RepositorySettings;
  token: string;
  fileKey: string;
  input: MaybeLazy<FigmaVariablesInput>;
  source: PullRequestSource;
}) {
  const stamp = objectId(input);
  // The token is deliberately not part of the key: keys may be persisted or shown in devtools.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- keyed by repository settings and input identity
  const preview = useQuery({
    queryKey: ['github', 'preview', fileKey, settings, stamp],
    queryFn: async () => (await loadEngine()).preview(token, settings, await readMaybeLazy(input)),
    staleTime: 30_000,
    retry: false,
    structuralSharing: false,
  });
  const sync = useMutation({
    mutationFn: async () => {
      if (!preview.data) throw new Error('No preview yet');
      return (await loadEngine()).openPullRequest(token, settings, preview.data, source);
    },
    onError: (error) => {
      if (isGitHubError(error) && error.kind === 'base-moved') void preview.refetch();
    },
  });

  return { preview, sync };
}
