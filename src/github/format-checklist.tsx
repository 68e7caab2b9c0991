import { FORMAT_OPTIONS } from '../tokens/catalog';
import type { FormatId } from '../tokens/catalog';
import { CheckboxGroup } from '../ui/checkbox-group';

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
  return (
    <CheckboxGroup
      legend="Formats kept in the repository"
      options={FORMAT_OPTIONS}
      chosen={formats}
      onChange={onChange}
      error={error}
    />
  );
}
