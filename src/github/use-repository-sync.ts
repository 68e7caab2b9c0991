/**
 * The preview of a sync (diff and files against the base branch, read fresh from GitHub) and the
 * pull request it opens. A base that moved since the preview recomputes it instead of writing.
 */
import { useMemo } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { FigmaVariablesInput } from '../tokens/model';
import { isGitHubError } from './github-error';
import { loadEngine } from './load-engine';
import type { PullRequestSource } from './pr-body';
import type { RepositorySettings } from './settings';

const inputIds = new WeakMap<object, number>();
let nextInputId = 1;
/** A cache-key stand-in for the (large) variables object: same object, same id. */
function inputId(input: object): number {
  let id = inputIds.get(input);
  if (id === undefined) inputIds.set(input, (id = nextInputId++));
  return id;
}

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
  input: FigmaVariablesInput;
  source: PullRequestSource;
}) {
  const stamp = useMemo(() => inputId(input), [input]);
  // The token is deliberately not part of the key: keys may be persisted or shown in devtools.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- keyed by repository settings and input identity
  const preview = useQuery({
    queryKey: ['github', 'preview', fileKey, settings, stamp],
    queryFn: async () => (await loadEngine()).preview(token, settings, input),
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
