import type { TokenDiff, UncomparedCollection } from '../tokens/diff/diff-exports';
import { Callout } from '../ui/callout';
import { LoadingState } from '../ui/loading-state';
import { DiffValueView } from './diff-value';
import { JsonFilePicker } from './json-file-picker';
import type { PickedFile } from './json-file-picker';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The changes since the baseline as one sentence a designer can read aloud. */
function diffSentence(diff: TokenDiff): string {
  const { added, removed, renamed, changed } = diff.counts;
  if (added + removed + renamed + changed === 0) return 'Nothing changed since the baseline.';
  const parts = [
    changed && `${plural(changed, 'token')} changed value`,
    added && `${plural(added, 'token')} added`,
    removed && `${plural(removed, 'token')} removed`,
    renamed && `${plural(renamed, 'token')} renamed`,
  ].filter(Boolean);
  return `${parts.join(', ')}.`;
}

/**
 * "Changes since the last sync": what the baseline is, a sentence, which collections an uploaded
 * baseline lacks (left out of the counts), and each change with its values before → after.
 */
export function DiffSection({
  baselineLabel,
  diff,
  error,
  keepRemoved,
  kept,
  onKeepRemovedChange,
  onUpload,
}: {
  baselineLabel: string | undefined;
  diff: TokenDiff | undefined;
  error: unknown;
  keepRemoved: boolean;
  kept: number | undefined;
  onKeepRemovedChange: (next: boolean) => void;
  onUpload: (files: PickedFile[]) => void;
}) {
  return (
    <section aria-labelledby="diff-heading" className="export__diff">
      <h3 id="diff-heading">Changes since the last sync</h3>
      <JsonFilePicker size="sm" onPick={onUpload}>
        Compare with a previous export…
      </JsonFilePicker>
      {!baselineLabel ? (
        <p className="export__muted">
          No previous export yet: download once, and the next export shows what changed.
        </p>
      ) : error ? (
        <Callout tone="danger" title="The previous export could not be read">
          {error instanceof Error ? error.message : ''}
        </Callout>
      ) : !diff ? (
        <LoadingState label="Comparing with the baseline…" />
      ) : (
        <>
          <p className="export__muted">Compared with {baselineLabel}</p>
          <NotCompared collections={diff.notCompared} />
          <p className="sync__sentence" role="status">
            {diffSentence(diff)}
          </p>
          <DiffDetails diff={diff} />
          <label className="inline-control">
            <input
              type="checkbox"
              checked={keepRemoved}
              onChange={(event) => onKeepRemovedChange(event.target.checked)}
            />{' '}
            Keep removed tokens, marked $deprecated
            {keepRemoved && kept !== undefined ? ` (${kept} kept)` : ''}
          </label>
        </>
      )}
    </section>
  );
}

function NotCompared({ collections }: { collections: UncomparedCollection[] }) {
  if (collections.length === 0) return null;
  return (
    <Callout tone="warning" title="This comparison is partial">
      <p>{plural(collections.length, 'collection')} not in the uploaded files — not compared:</p>
      <ul aria-label="Collections not compared">
        {collections.map((collection, index) => (
          <li key={index}>
            {collection.name} ({plural(collection.tokens, 'token')})
          </li>
        ))}
      </ul>
      <p>
        The counts cover the other collections only. Choose every file of that export, or its
        tokens.resolver.json bundle, for a full comparison.
      </p>
    </Callout>
  );
}

function DiffDetails({ diff }: { diff: TokenDiff }) {
  const total = diff.added.length + diff.removed.length + diff.renamed.length + diff.changed.length;
  if (total === 0) return null;
  return (
    <details>
      <summary>Details</summary>
      <ul className="diff-list">
        {diff.changed.flatMap((t) =>
          t.changes.map((change) => (
            <li key={`c${t.key}${change.mode}`} className="diff-list__change">
              <span>
                Changed {t.path} ({change.mode})
              </span>
              <span className="change-table__values">
                <DiffValueView value={change.old} />
                <span aria-hidden="true">→</span>
                <span className="visually-hidden">becomes</span>
                <DiffValueView value={change.new} />
              </span>
            </li>
          )),
        )}
        {diff.added.map((t) => (
          <li key={`a${t.key}`}>Added {t.path}</li>
        ))}
        {diff.removed.map((t) => (
          <li key={`r${t.key}`}>Removed {t.path}</li>
        ))}
        {diff.renamed.map((t) => (
          <li key={`n${t.key}`}>
            Renamed {t.from.path} → {t.path}
          </li>
        ))}
      </ul>
    </details>
  );
}
