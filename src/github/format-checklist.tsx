import { FORMAT_IDS, FORMATS } from '../tokens/catalog';
import type { FormatId } from '../tokens/catalog';

/** The formats kept in the repository, with the labels the Tokens tab uses. */
export function FormatChecklist({
  formats,
  onChange,
  error,
}: {
  formats: FormatId[];
  onChange: (next: FormatId[]) => void;
  error: string | undefined;
}) {
  const toggle = (id: FormatId) =>
    onChange(formats.includes(id) ? formats.filter((f) => f !== id) : [...formats, id]);
  return (
    <fieldset className="export__formats">
      <legend>Formats kept in the repository</legend>
      {FORMAT_IDS.map((id) => (
        <label key={id} className="inline-control">
          <input type="checkbox" checked={formats.includes(id)} onChange={() => toggle(id)} />{' '}
          {FORMATS[id].label}
        </label>
      ))}
      {error && <p className="ui-field__error">{error}</p>}
    </fieldset>
  );
}
