/** What a sync would write, and what it did: the files of the one commit and the pull request. */
import { Callout } from '../ui/callout';
import type { WritePlan } from './plan';
import type { SyncResult } from './sync';

const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

export function PlannedFiles({ plan }: { plan: WritePlan }) {
  return (
    <details className="gh-files">
      <summary>{files(plan.writes.length + plan.deletes.length)} to write in one commit</summary>
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
  );
}

export function SyncOutcome({ result }: { result: SyncResult }) {
  if (result.outcome !== 'unchanged')
    return (
      <Callout tone="success" title={`Pull request #${result.number} ${result.outcome}`}>
        One commit on {result.branch} with{' '}
        {files(result.plan.writes.length + result.plan.deletes.length)}.{' '}
        <a href={result.url} target="_blank" rel="noreferrer">
          Review it on GitHub
        </a>
      </Callout>
    );
  return (
    <Callout tone="info" title="Nothing written">
      {result.url ? (
        <>
          <a href={result.url} target="_blank" rel="noreferrer">
            Pull request #{result.number}
          </a>{' '}
          already holds exactly these files.
        </>
      ) : (
        'The repository already holds exactly these files.'
      )}
    </Callout>
  );
}
