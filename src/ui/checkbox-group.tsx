import { useId } from 'react';
import type { ReactNode } from 'react';
import './ui.css';

export interface CheckboxOption<T extends string> {
  value: T;
  label: ReactNode;
}

/**
 * A fieldset of checkboxes that edits a list of chosen values; a value checked later goes to the
 * end of the list. The error is announced with the group (aria-describedby).
 */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  chosen,
  onChange,
  error,
}: {
  legend: ReactNode;
  options: readonly CheckboxOption<T>[];
  chosen: readonly T[];
  onChange: (next: T[]) => void;
  error?: ReactNode;
}) {
  const errorId = `${useId()}-error`;
  const toggle = (value: T) =>
    onChange(chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]);
  return (
    <fieldset className="ui-checkbox-group" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="inline-control">
          <input
            type="checkbox"
            checked={chosen.includes(option.value)}
            onChange={() => toggle(option.value)}
          />
          {option.label}
        </label>
      ))}
      {error && (
        <p id={errorId} className="ui-field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
