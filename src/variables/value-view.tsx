import type {
  CompositeType,
  CompositeValue,
  Literal,
  ModelToken,
  TokenModel,
  TokenValue,
} from '../tokens/model';
import { compositeCss } from '../tokens/exporters/composite-css';
import { hex6, isColor } from '../tokens/color';
import { num } from '../tokens/number-text';
import './variables.css';

/** How the UI writes a colour: hex, plus the opacity when it is not opaque. */
export function colorText(r: number, g: number, b: number, alpha = 1): string {
  return `${hex6(r, g, b)}${alpha < 1 ? ` · ${Math.round(alpha * 100)}%` : ''}`;
}

export function formatLiteral(token: ModelToken, value: Literal): string {
  if (isColor(value)) {
    const [r, g, b] = value.components;
    return colorText(r, g, b, value.alpha);
  }
  if (typeof value === 'number') {
    const n = num(value);
    if (token.type === 'dimension') return `${n}px`;
    if (token.type === 'duration') return `${n}ms`;
    if (token.type === 'opacity') return value > 1 ? `${n}%` : n;
    return n;
  }
  return String(value);
}

export function Swatch({ value }: { value: Literal }) {
  if (!isColor(value)) return null;
  const [r, g, b] = value.components;
  return (
    <span className="swatch" aria-hidden="true">
      <span style={{ background: `rgb(${r * 255} ${g * 255} ${b * 255} / ${value.alpha})` }} />
    </span>
  );
}

/**
 * A composite (shadow, typography…) as CSS writes it, each part naming a token shown as
 * `{name}`; a typography token its properties, ` · `-separated.
 */
export function compositeText(model: TokenModel, token: ModelToken, value: CompositeValue): string {
  const text = compositeCss(token.type as CompositeType, value, (targetId, property) => {
    const target = model.byId.get(targetId);
    const name = target ? `{${target.name}}` : undefined;
    return name && property ? `${name}.${property}` : name;
  });
  if (text instanceof Map) return [...text.values()].join(' · ');
  return text ?? 'a value this view cannot show';
}

/** The whole value as words, for tooltips and screen readers where the cell truncates it. */
export function valueText(
  model: TokenModel,
  token: ModelToken,
  value: TokenValue | undefined,
  resolved: Literal | undefined,
): string {
  if (!value) return 'no value';
  if (value.kind === 'literal') return formatLiteral(token, value.value);
  if (value.kind === 'composite') return compositeText(model, token, value);
  const target = model.byId.get(value.targetId);
  const collection = model.collections.find((c) => c.id === target?.collectionId);
  const name = target
    ? `${collection && collection.id !== token.collectionId ? `${collection.name} / ` : ''}${target.name}`
    : `unknown variable ${value.targetId}`;
  return resolved === undefined ? `→ ${name}` : `→ ${name} = ${formatLiteral(token, resolved)}`;
}

/** A value cell: the literal, or an alias chip naming the target and its resolved value. */
export function ValueView({
  model,
  token,
  value,
  resolved,
}: {
  model: TokenModel;
  token: ModelToken;
  value: TokenValue | undefined;
  resolved: Literal | undefined;
}) {
  if (!value) return <span className="value-missing">—</span>;
  if (value.kind === 'composite')
    return (
      <span className="value">
        <span className="value__text">{compositeText(model, token, value)}</span>
      </span>
    );
  if (value.kind === 'literal') {
    return (
      <span className="value">
        <Swatch value={value.value} />
        <span className="value__text">{formatLiteral(token, value.value)}</span>
      </span>
    );
  }
  const target = model.byId.get(value.targetId);
  const collection = model.collections.find((c) => c.id === target?.collectionId);
  return (
    <span className="value">
      {resolved !== undefined && <Swatch value={resolved} />}
      <span
        className="alias-chip"
        title={target ? `${collection?.name ?? ''} / ${target.name}` : value.targetId}
      >
        {collection && collection.id !== token.collectionId ? `${collection.name} / ` : ''}
        {target?.name ?? 'unknown'}
      </span>
      {resolved !== undefined && (
        <span className="value__resolved">{formatLiteral(token, resolved)}</span>
      )}
    </span>
  );
}
