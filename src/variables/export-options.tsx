/** The Tokens tab's choices: formats, and the options that change what every file holds. */
import { FORMAT_OPTIONS, MODE_SELECTORS, modeSelectorLabel } from '../tokens/catalog';
import type { ModeSelector } from '../tokens/catalog';
import type { ModelCollection } from '../tokens/model';
import { CheckboxGroup } from '../ui/checkbox-group';
import type { ExportChoices } from './export-choices';

export function ExportOptions({
  choices,
  choose,
  collections,
}: {
  choices: ExportChoices;
  choose: (patch: Partial<ExportChoices>) => void;
  /** So the mode selector names a selector the export really emits. */
  collections: ModelCollection[] | undefined;
}) {
  const { formats, modeSelector, remUnits, codeSyntax, includeHidden } = choices;
  const checkbox = (
    label: string,
    checked: boolean,
    patch: (checked: boolean) => Partial<ExportChoices>,
  ) => (
    <label className="inline-control">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => choose(patch(event.target.checked))}
      />{' '}
      {label}
    </label>
  );
  return (
    <>
      <CheckboxGroup
        legend="Formats"
        options={FORMAT_OPTIONS}
        chosen={formats}
        onChange={(next) => choose({ formats: next })}
      />
      <div className="export__options">
        <label className="inline-control">
          Mode selector
          <select
            className="ui-field__input"
            value={modeSelector}
            onChange={(event) => choose({ modeSelector: event.target.value as ModeSelector })}
          >
            {MODE_SELECTORS.map((selector) => (
              <option key={selector} value={selector}>
                {modeSelectorLabel(selector, collections)}
              </option>
            ))}
          </select>
        </label>
        {checkbox('Dimensions in rem', remUnits, (remUnits) => ({ remUnits }))}
        {checkbox('Use code syntax names from Figma', codeSyntax, (codeSyntax) => ({ codeSyntax }))}
        {checkbox('Include hidden variables', includeHidden, (includeHidden) => ({
          includeHidden,
        }))}
      </div>
    </>
  );
}
