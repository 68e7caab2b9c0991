/**
 * Figma value comparison for write-back: colours equal within half an 8-bit step (so floats that
 * went through hex or a DTCG round trip count as unchanged and Figma's own floats are kept),
 * numbers within float noise, aliases by target id.
 */
import type {
  RGBA,
  VariableAlias,
  VariableComposedColor,
  VariableValue,
} from '@figma/rest-api-spec';

export const HALF_STEP = 0.5 / 255;

export function isAlias(value: unknown): value is VariableAlias {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'VARIABLE_ALIAS'
  );
}

export function isComposedColor(value: unknown): value is VariableComposedColor {
  return typeof value === 'object' && value !== null && 'color' in value && 'opacity' in value;
}

export function isRgb(value: unknown): value is RGBA {
  return (
    typeof value === 'object' && value !== null && 'r' in value && 'g' in value && 'b' in value
  );
}

export function sameFigmaValue(
  a: VariableValue | undefined,
  b: VariableValue | undefined,
): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (isAlias(a) || isAlias(b)) return isAlias(a) && isAlias(b) && a.id === b.id;
  if (isComposedColor(a) || isComposedColor(b))
    return (
      isComposedColor(a) &&
      isComposedColor(b) &&
      sameFigmaValue(a.color, b.color) &&
      sameFigmaValue(a.opacity, b.opacity)
    );
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
  if (isRgb(a) && isRgb(b)) {
    const alphaA = 'a' in a && typeof a.a === 'number' ? a.a : 1;
    const alphaB = 'a' in b && typeof b.a === 'number' ? b.a : 1;
    return (
      Math.abs(a.r - b.r) <= HALF_STEP &&
      Math.abs(a.g - b.g) <= HALF_STEP &&
      Math.abs(a.b - b.b) <= HALF_STEP &&
      Math.abs(alphaA - alphaB) <= HALF_STEP
    );
  }
  return JSON.stringify(a) === JSON.stringify(b);
}
