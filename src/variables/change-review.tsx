import type { ChangeSet } from '../tokens/writeback/types';
import { Callout } from '../ui/callout';
import { summarizeChanges } from './change-summary';
import { VariableValueView } from './variable-value';

const ACTION_WORDS = { CREATE: 'create', UPDATE: 'update', DELETE: 'delete' } as const;

/** Step 2 of write-back: what Figma will do, in a sentence, then each value before → after. */
export function ChangeReview({ plan }: { plan: ChangeSet }) {
  const summary = summarizeChanges(plan.preview.counts);
  return (
    <>
      {plan.errors.length > 0 && (
        <Callout tone="danger" title="Figma would refuse these changes — nothing will be sent">
          <ul>
            {plan.errors.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        </Callout>
      )}
      <div className="sync__summary" role="status">
        <p className="sync__sentence">{summary.sentence}</p>
        {summary.kept && <p className="sync__kept">{summary.kept}</p>}
      </div>
      {plan.split && (
        <Callout tone="warning" title="Sent in parts">
          {plan.splitReason}
        </Callout>
      )}
      <div className="change-table__scroll">
        <table className="change-table">
          <caption className="visually-hidden">Changes to send to Figma</caption>
          <thead>
            <tr>
              <th scope="col">Variable</th>
              <th scope="col">Change</th>
              <th scope="col">Mode</th>
              <th scope="col">Before → after</th>
            </tr>
          </thead>
          <tbody>
            {plan.preview.rows.flatMap((row) =>
              (row.changes.length
                ? row.changes
                : [{ mode: '—', old: undefined, new: undefined }]
              ).map((change, index) => (
                <tr key={`${row.variableId}-${index}`}>
                  <th scope="row">{index === 0 ? `${row.collection} / ${row.name}` : ''}</th>
                  <td>
                    {index === 0 ? ACTION_WORDS[row.action] : ''}
                    {index === 0 && row.fields.length
                      ? ` (${row.fields.map((f) => f.field).join(', ')})`
                      : ''}
                  </td>
                  <td>{change.mode}</td>
                  <td>
                    <span className="change-table__values">
                      <VariableValueView value={change.old} />
                      <span aria-hidden="true">→</span>
                      <span className="visually-hidden">becomes</span>
                      <VariableValueView value={change.new} />
                    </span>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
