import type { VariableValue } from '@figma/rest-api-spec';
import { hex6 } from '../tokens/color';
import { colorText, Swatch } from './value-view';

/** A Figma variable value as the review shows it: a swatch for colours, the value as text. */
export function VariableValueView({ value }: { value: VariableValue | undefined }) {
  if (value === undefined) return <span className="value-missing">—</span>;
  if (typeof value === 'object' && value !== null) {
    if ('type' in value && value.type === 'VARIABLE_ALIAS')
      return <span className="alias-chip">→ {value.id}</span>;
    if ('r' in value) {
      const alpha = 'a' in value ? value.a : 1;
      const components: [number, number, number] = [value.r, value.g, value.b];
      return (
        <span className="value">
          <Swatch
            value={{ colorSpace: 'srgb', components, alpha, hex: hex6(value.r, value.g, value.b) }}
          />
          <span className="value__text">{colorText(value.r, value.g, value.b, alpha)}</span>
        </span>
      );
    }
  }
  return <span className="value__text">{String(value)}</span>;
}
