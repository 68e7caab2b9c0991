import type { DiffValue } from '../tokens/diff/diff-exports';
import type { ColorValue } from '../tokens/model';
import { colorText, Swatch } from './value-view';

function isDtcgColor(value: unknown): value is ColorValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { components?: unknown }).components)
  );
}

/** One side of a changed token in the diff: a swatch and hex for colours, else the value. */
export function DiffValueView({ value }: { value: DiffValue }) {
  if (value.kind === 'none') return <span className="value-missing">—</span>;
  if (value.kind === 'alias') return <span className="alias-chip">→ {value.targetPath}</span>;
  if (isDtcgColor(value.value)) {
    const [r, g, b] = value.value.components;
    return (
      <span className="value">
        <Swatch value={value.value} />
        <span className="value__text">{colorText(r, g, b, value.value.alpha ?? 1)}</span>
      </span>
    );
  }
  const text = typeof value.value === 'object' ? JSON.stringify(value.value) : String(value.value);
  return <span className="value__text">{text}</span>;
}
