/** The reviewable diff: each changed token, per mode, before → after, with colour swatches. */
import type { DisplayRow } from './engine';
import type { ValueText } from './review';

const KIND: Record<DisplayRow['kind'], string> = {
  changed: 'Changed',
  renamed: 'Renamed',
  added: 'Added',
  removed: 'Removed',
};

function Value({ value }: { value: ValueText }) {
  return (
    <span className="gh-value">
      {value.swatch && (
        <span className="swatch" aria-hidden="true">
          <span style={{ background: value.swatch }} />
        </span>
      )}
      <code>{value.text}</code>
    </span>
  );
}

export function ChangeTable({ rows, caption }: { rows: DisplayRow[]; caption: string }) {
  return (
    <div className="gh-table-wrap">
      <table className="gh-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Change</th>
            <th scope="col">Mode</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row) => {
            const modes = row.modes.length
              ? row.modes
              : [{ mode: '—', before: { text: '—' }, after: { text: '—' } }];
            return modes.map((mode, index) => (
              <tr key={`${row.kind}:${row.key}:${mode.mode}`} data-kind={row.kind}>
                {index === 0 && (
                  <th scope="row" rowSpan={modes.length}>
                    {row.fromPath && row.fromPath !== row.path ? (
                      <>
                        <code>{row.fromPath}</code> → <code>{row.path}</code>
                      </>
                    ) : (
                      <code>{row.path}</code>
                    )}
                  </th>
                )}
                {index === 0 && <td rowSpan={modes.length}>{KIND[row.kind]}</td>}
                <td>{mode.mode}</td>
                <td>
                  <Value value={mode.before} />
                </td>
                <td>
                  <Value value={mode.after} />
                </td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </div>
  );
}
