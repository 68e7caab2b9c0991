import type { TokenType } from '../tokens/model';
import { TextField } from '../ui/text-field';
import { formatCount } from '../ui/format';
import { TYPE_LABELS } from './type-labels';

export interface VariablesFilter {
  query: string;
  type: TokenType | 'all';
  showHidden: boolean;
  showDetails: boolean;
}

/** Search, type filter and display switches above the variables table, with the live count. */
export function VariablesToolbar({
  filter,
  onChange,
  count,
  notes,
}: {
  filter: VariablesFilter;
  onChange: (next: VariablesFilter) => void;
  count: number;
  notes: number;
}) {
  const set = (patch: Partial<VariablesFilter>) => onChange({ ...filter, ...patch });
  return (
    <div className="variables__toolbar">
      <TextField
        label="Search variables"
        hideLabel
        type="search"
        placeholder="Search by name"
        value={filter.query}
        onChange={(event) => set({ query: event.target.value })}
      />
      <label className="inline-control">
        Type
        <select
          className="ui-field__input"
          value={filter.type}
          onChange={(event) => set({ type: event.target.value as TokenType | 'all' })}
        >
          <option value="all">All types</option>
          {Object.entries(TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-control">
        <input
          type="checkbox"
          checked={filter.showHidden}
          onChange={(event) => set({ showHidden: event.target.checked })}
        />{' '}
        Show hidden
      </label>
      <label className="inline-control">
        <input
          type="checkbox"
          checked={filter.showDetails}
          onChange={(event) => set({ showDetails: event.target.checked })}
        />{' '}
        Scopes and code syntax
      </label>
      <p className="variables__count" role="status">
        {formatCount(count)} {count === 1 ? 'variable' : 'variables'}
        {notes > 0 &&
          ` · ${formatCount(notes)} ${notes === 1 ? 'note' : 'notes'} in the Tokens tab`}
      </p>
    </div>
  );
}
