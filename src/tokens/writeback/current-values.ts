/**
 * Reading Figma's current values the way the converter reads them: an alias into another
 * collection takes that collection's mode of the same name (else its default mode), and a
 * composed colour resolves to its colour with alpha times opacity.
 */
import type { LocalVariable, RGBA, VariableValue } from '@figma/rest-api-spec';
import { getOwn } from '../import/errors.ts';
import type { FigmaVariablesInput } from '../model.ts';
import { isAlias, isComposedColor, isRgb } from './figma-values.ts';

const MAX_HOPS = 50;

function modeNameOf(current: FigmaVariablesInput, collectionId: string, modeId: string): string {
  const collection = getOwn(current.variableCollections, collectionId);
  return collection?.modes.find((mode) => mode.modeId === modeId)?.name ?? '';
}

function modeFor(current: FigmaVariablesInput, target: LocalVariable, modeName: string) {
  const collection = getOwn(current.variableCollections, target.variableCollectionId);
  const wanted = modeName.toLowerCase();
  return (
    collection?.modes.find((mode) => mode.name.toLowerCase() === wanted)?.modeId ??
    collection?.defaultModeId
  );
}

/** Follows an alias in `current` to a value that is not an alias, or undefined. */
export function resolveCurrent(
  current: FigmaVariablesInput,
  value: VariableValue | undefined,
  consumer: LocalVariable,
  modeId: string,
): VariableValue | undefined {
  let node = value;
  let collectionId = consumer.variableCollectionId;
  let mode = modeId;
  for (let hops = 0; hops < MAX_HOPS && isAlias(node); hops++) {
    const target = getOwn(current.variables, node.id);
    if (!target) return undefined;
    if (target.variableCollectionId !== collectionId) {
      mode = modeFor(current, target, modeNameOf(current, collectionId, mode)) ?? mode;
      collectionId = target.variableCollectionId;
    }
    node = getOwn(target.valuesByMode, mode) ?? Object.values(target.valuesByMode)[0];
    consumer = target;
  }
  return isAlias(node) ? undefined : node;
}

/** A current value as a plain literal: aliases followed, composed colours resolved. */
export function flattenCurrent(
  current: FigmaVariablesInput,
  value: VariableValue | undefined,
  consumer: LocalVariable,
  modeId: string,
  depth = 0,
): VariableValue | undefined {
  if (depth > MAX_HOPS) return undefined;
  const resolved = isAlias(value) ? resolveCurrent(current, value, consumer, modeId) : value;
  if (!isComposedColor(resolved)) return resolved;
  const base = flattenCurrent(current, resolved.color, consumer, modeId, depth + 1);
  const opacity = flattenCurrent(current, resolved.opacity, consumer, modeId, depth + 1);
  if (!isRgb(base) || typeof opacity !== 'number') return undefined;
  // As the converter does: an opacity outside Figma's 0–1 is clamped before it scales alpha.
  const clamped = Math.min(1, Math.max(0, opacity));
  const alpha = ('a' in base && typeof base.a === 'number' ? base.a : 1) * clamped;
  const color: RGBA = { r: base.r, g: base.g, b: base.b, a: alpha };
  return color;
}
