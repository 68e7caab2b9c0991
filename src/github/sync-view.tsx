/**
 * Connected: the diff against the base branch (read fresh from GitHub), the files a sync would
 * write, and the one-click pull request. A moved base recomputes the preview instead of writing.
 */
import type { FigmaVariablesInput } from '../tokens/model';
import { Button } from '../ui/button';
import { Callout } from '../ui/callout';
import { Icon } from '../ui/icon';
import { Spinner } from '../ui/spinner';
import { ChangeTable } from './change-table';
import { GitHubProblem } from './github-problem';
import { PlannedFiles, SyncOutcome } from './sync-outcome';
import { useRepositorySync } from './use-repository-sync';
import type { PullRequestSource } from './pr-body';
import type { RepositorySettings } from './settings';
import type { MaybeLazy } from '../lib/json-blob';

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
  input: MaybeLazy<FigmaVariablesInput>;
  source: PullRequestSource;
  onEdit: () => void;
  onForget: () => void;
}) {
  const repo = `${settings.owner}/${settings.repo}`;
  const { preview, sync } = useRepositorySync({ settings, token, fileKey, input, source });
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
          <PlannedFiles plan={plan} />
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
      {sync.data && <SyncOutcome result={sync.data} />}
    </div>
  );
}
