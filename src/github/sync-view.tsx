/**
 * Connected: the diff against the base branch (read fresh from GitHub), the files a sync would
 * write, and the one-click pull request. A moved base recomputes the preview instead of writing.
 */
import { useMemo } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { FigmaVariablesInput } from '../tokens/model';
import { Button } from '../ui/button';
import { Callout } from '../ui/callout';
import { Icon } from '../ui/icon';
import { Spinner } from '../ui/spinner';
import { ChangeTable } from './change-table';
import { loadEngine } from './connect-form';
import { isGitHubError } from './github-error';
import { GitHubProblem } from './github-problem';
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

export function SyncView({
  settings,
  token,
  fileKey,
  input,
  source,
  onEdit,
  onForget,
}: {
  settings: RepositorySettings;
  token: string;
  fileKey: string;
  input: FigmaVariablesInput;
  source: PullRequestSource;
  onEdit: () => void;
  onForget: () => void;
}) {
  const repo = `${settings.owner}/${settings.repo}`;
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

  const where = (
    <p className="files-muted gh-where">
      Compared with <strong>{repo}</strong> @ {settings.branch}
      {preview.data ? ` (${preview.data.baseline.headSha.slice(0, 7)})` : ''}
      {settings.folder ? `, folder ${settings.folder}` : ', repository root'}.{' '}
      <Button size="sm" variant="ghost" onClick={onEdit}>
        Change
      </Button>
      <Button size="sm" variant="ghost" onClick={onForget}>
        Forget token
      </Button>
    </p>
  );

  if (preview.isPending)
    return (
      <>
        {where}
        <Spinner label={`Reading ${repo}`} />
      </>
    );
  if (preview.isError)
    return (
      <>
        {where}
        <GitHubProblem
          error={preview.error}
          repo={repo}
          branch={settings.branch}
          onRetry={() => void preview.refetch()}
        />
      </>
    );

  const { diff, display, plan } = preview.data;
  const changedFiles = plan.writes.length + plan.deletes.length;
  return (
    <div className="gh-sync">
      {where}
      <ul className="diff-counts" aria-label="Changes against the repository">
        <li>Added: {diff.counts.added}</li>
        <li>Removed: {diff.counts.removed}</li>
        <li>Renamed: {diff.counts.renamed}</li>
        <li>Changed: {diff.counts.changed}</li>
      </ul>
      {display.length > 0 && (
        <ChangeTable rows={display} caption={`Token changes against ${repo}`} />
      )}
      {changedFiles === 0 ? (
        <Callout tone="success" title="The repository matches this export">
          Nothing to sync: every file in {settings.folder || 'the repository'} is already up to
          date.
        </Callout>
      ) : (
        <>
          <details className="gh-files">
            <summary>
              {changedFiles} file{changedFiles === 1 ? '' : 's'} to write in one commit
            </summary>
            <ul>
              {plan.writes.map((f) => (
                <li key={f.path}>
                  <code>{f.path}</code>
                </li>
              ))}
              {plan.deletes.map((path) => (
                <li key={path}>
                  <code>{path}</code> (deleted: no longer exported)
                </li>
              ))}
            </ul>
          </details>
          <div className="gh-sync__actions">
            <Button
              variant="primary"
              icon={<Icon name="branch" />}
              disabled={sync.isPending || preview.isFetching}
              onClick={() => sync.mutate()}
            >
              {sync.isPending ? 'Opening pull request…' : 'Open pull request'}
            </Button>
            <span className="files-muted">
              An open Tokenport pull request for this file gets a new commit instead.
            </span>
          </div>
        </>
      )}
      {preview.isFetching && <Spinner label="Recomputing" />}
      {sync.isError && (
        <GitHubProblem
          error={sync.error}
          repo={repo}
          branch={settings.branch}
          onRetry={() => sync.mutate()}
        />
      )}
      {sync.data && sync.data.outcome !== 'unchanged' && (
        <Callout tone="success" title={`Pull request #${sync.data.number} ${sync.data.outcome}`}>
          One commit on {sync.data.branch} with{' '}
          {sync.data.plan.writes.length + sync.data.plan.deletes.length} file
          {sync.data.plan.writes.length + sync.data.plan.deletes.length === 1 ? '' : 's'}.{' '}
          <a href={sync.data.url} target="_blank" rel="noreferrer">
            Review it on GitHub
          </a>
        </Callout>
      )}
      {sync.data?.outcome === 'unchanged' && (
        <Callout tone="info" title="Nothing written">
          {sync.data.url ? (
            <>
              <a href={sync.data.url} target="_blank" rel="noreferrer">
                Pull request #{sync.data.number}
              </a>{' '}
              already holds exactly these files.
            </>
          ) : (
            'The repository already holds exactly these files.'
          )}
        </Callout>
      )}
    </div>
  );
}
