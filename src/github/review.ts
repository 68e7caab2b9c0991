/**
 * The reviewable change list shared by the panel and the pull-request body: one row per token
 * (added, removed, renamed, changed) with its before → after value per mode, built from the
 * existing diff engine's result. Pure: loaded lazily with the tokens core.
 */
import type { DiffValue, TokenDiff } from '../tokens/diff/diff-exports';
import type { DtcgExport, DtcgTokenValue } from '../tokens/dtcg/read-types';
import { dtcgColorToRgba } from '../tokens/dtcg/read-values';
import { hex6 } from '../tokens/color';

export type ChangeKind = 'added' | 'removed' | 'renamed' | 'changed';

export interface ModeValues {
  mode: string;
  before?: DiffValue;
  after?: DiffValue;
}

export interface ChangeRow {
  kind: ChangeKind;
  key: string;
  path: string;
  /** The path in the repository when the token was renamed. */
  fromPath?: string;
  type?: string;
  modes: ModeValues[];
}

export interface ValueText {
  text: string;
  /** CSS colour for a swatch, when the value (or the alias's resolution) is a colour. */
  swatch?: string;
}

const toDiff = (value: DtcgTokenValue | undefined): DiffValue =>
  !value
    ? { kind: 'none' }
    : value.kind === 'alias'
      ? { kind: 'alias', targetPath: value.targetPath, targetKey: value.targetKey }
      : { kind: 'literal', value: value.value };

function modesOf(exported: DtcgExport, key: string): ModeValues[] {
  const token = exported.tokens[key];
  if (!token) return [];
  const collection = exported.collections.find((c) => c.key === token.collectionKey);
  return Object.entries(token.values).map(([modeKey, value]) => ({
    mode: collection?.modes.find((m) => m.key === modeKey)?.name ?? modeKey,
    after: toDiff(value),
  }));
}

/** Rows in a stable order: changed, renamed, added, removed; by path within each. */
export function changeRows(diff: TokenDiff, next: DtcgExport): ChangeRow[] {
  const rows = new Map<string, ChangeRow>();
  for (const token of diff.changed) {
    rows.set(token.key, {
      kind: 'changed',
      key: token.key,
      path: token.path,
      ...(token.type ? { type: token.type } : {}),
      modes: token.changes.map((c) => ({ mode: c.mode, before: c.old, after: c.new })),
    });
  }
  for (const token of diff.renamed) {
    const row = rows.get(token.key);
    if (row) row.fromPath = token.from.path;
    else
      rows.set(token.key, {
        kind: 'renamed',
        key: token.key,
        path: token.path,
        fromPath: token.from.path,
        ...(token.type ? { type: token.type } : {}),
        modes: [],
      });
  }
  for (const token of diff.added) {
    rows.set(token.key, {
      kind: 'added',
      key: token.key,
      path: token.path,
      ...(token.type ? { type: token.type } : {}),
      modes: modesOf(next, token.key),
    });
  }
  for (const token of diff.removed) {
    rows.set(`removed:${token.key}`, {
      kind: 'removed',
      key: token.key,
      path: token.path,
      ...(token.type ? { type: token.type } : {}),
      modes: token.values.map((v) => ({ mode: v.mode, before: v.value })),
    });
  }
  const order: ChangeKind[] = ['changed', 'renamed', 'added', 'removed'];
  return [...rows.values()].sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.path < b.path ? -1 : 1),
  );
}

function literalText(value: unknown, type: string | undefined): ValueText {
  const ignore = () => {};
  if (type === 'color' || (typeof value === 'object' && value !== null && 'colorSpace' in value)) {
    const rgba = dtcgColorToRgba(value, ignore);
    if (rgba) {
      const hex = hex6(rgba.r, rgba.g, rgba.b);
      const alpha = rgba.a < 1 ? ` · ${Math.round(rgba.a * 100)}%` : '';
      return {
        text: `${hex}${alpha}`,
        swatch: `rgb(${Math.round(rgba.r * 255)} ${Math.round(rgba.g * 255)} ${Math.round(rgba.b * 255)} / ${rgba.a})`,
      };
    }
  }
  if (typeof value === 'object' && value !== null && 'value' in value && 'unit' in value) {
    const { value: n, unit } = value as { value: unknown; unit: unknown };
    return { text: `${String(n)}${String(unit)}` };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return { text: String(value) };
  return { text: JSON.stringify(value) };
}

/** How a value reads in the panel and the PR body: literal, `{alias.path}` (→ its colour), or —. */
export function valueText(
  value: DiffValue | undefined,
  type: string | undefined,
  exported?: DtcgExport,
): ValueText {
  if (!value || value.kind === 'none') return { text: '—' };
  if (value.kind === 'literal') return literalText(value.value, type);
  const resolved = exported ? resolveAlias(exported, value.targetKey) : undefined;
  const swatch = resolved !== undefined ? literalText(resolved, type).swatch : undefined;
  return { text: `{${value.targetPath}}`, ...(swatch ? { swatch } : {}) };
}

function resolveAlias(exported: DtcgExport, key: string, depth = 0): unknown {
  const token = exported.tokens[key];
  if (!token || depth > 20) return undefined;
  const collection = exported.collections.find((c) => c.key === token.collectionKey);
  const value = token.values[collection?.defaultModeKey ?? ''] ?? Object.values(token.values)[0];
  if (!value) return undefined;
  return value.kind === 'alias' ? resolveAlias(exported, value.targetKey, depth + 1) : value.value;
}
