/**
 * DTCG 2025.10 colour values (Color module): one of 14 colour spaces, three components each a
 * number in its space's range or `"none"`, `alpha` in [0, 1], and an optional 6-digit `hex`.
 */
import { isRecord, kindOf } from '../import/errors.ts';

type Range = readonly [min: number, max: number, maxExclusive?: boolean];

const UNIT: Range = [0, 1];
const PERCENT: Range = [0, 100];
const HUE: Range = [0, 360, true];
const ANY: Range = [-Infinity, Infinity];
const NON_NEGATIVE: Range = [0, Infinity];

/** Component ranges per colour space, in the order the spec lists the components. */
const SPACES: Record<string, readonly [Range, Range, Range]> = {
  srgb: [UNIT, UNIT, UNIT],
  'srgb-linear': [UNIT, UNIT, UNIT],
  'display-p3': [UNIT, UNIT, UNIT],
  'a98-rgb': [UNIT, UNIT, UNIT],
  'prophoto-rgb': [UNIT, UNIT, UNIT],
  rec2020: [UNIT, UNIT, UNIT],
  hsl: [HUE, PERCENT, PERCENT],
  hwb: [HUE, PERCENT, PERCENT],
  lab: [PERCENT, ANY, ANY],
  lch: [PERCENT, NON_NEGATIVE, HUE],
  oklab: [UNIT, ANY, ANY],
  oklch: [UNIT, NON_NEGATIVE, HUE],
  'xyz-d65': [ANY, ANY, ANY],
  'xyz-d50': [ANY, ANY, ANY],
};

const ALLOWED_KEYS = new Set(['colorSpace', 'components', 'alpha', 'hex']);

function describeRange([min, max, exclusive]: Range): string {
  if (min === -Infinity) return 'any number';
  if (max === Infinity) return `≥ ${min}`;
  return `in [${min}, ${max}${exclusive ? ')' : ']'}`;
}

function componentProblem(space: string, index: number, component: unknown): string | undefined {
  if (component === 'none') return undefined;
  const range = SPACES[space]![index]!;
  if (typeof component !== 'number' || !Number.isFinite(component))
    return `component ${index} must be a number or "none", found ${JSON.stringify(component)}`;
  const [min, max, exclusive] = range;
  const inside = component >= min && (exclusive ? component < max : component <= max);
  return inside
    ? undefined
    : `${space} component ${index} must be ${describeRange(range)}, found ${component}`;
}

/**
 * The 2025.10 object for a `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` string, valid anywhere:
 * "#fff8" → `{"colorSpace": "srgb", "components": [1, 1, 1], "alpha": 0.533}`.
 */
function colorObjectText(text: string): string {
  const digits = text.slice(1);
  const short = digits.length <= 4;
  const channels = short
    ? [...digits].map((digit) => Number.parseInt(digit, 16) / 15)
    : (digits.match(/../g) ?? []).map((pair) => Number.parseInt(pair, 16) / 255);
  const [r, g, b, a] = channels;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const alpha = a === undefined ? '' : `, "alpha": ${round(a)}`;
  const hex = short ? '' : `, "hex": "#${digits.slice(0, 6).toLowerCase()}"`;
  return `{"colorSpace": "srgb", "components": [${[r, g, b].map((n) => round(n!)).join(', ')}]${alpha}${hex}}`;
}

/** The problem with a colour value, or undefined when it is valid DTCG 2025.10. */
export function colorProblem(value: unknown): string | undefined {
  if (typeof value === 'string')
    return `a colour is an object {colorSpace, components, alpha?, hex?}, found the string ${JSON.stringify(value)}${/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value) ? `: write ${colorObjectText(value)}` : ''}`;
  if (!isRecord(value))
    return `a colour is an object {colorSpace, components, alpha?, hex?}, found ${kindOf(value)}`;
  const extra = Object.keys(value).find((key) => !ALLOWED_KEYS.has(key));
  if (extra !== undefined) return `a colour has no property "${extra}"`;
  const space = value.colorSpace;
  if (typeof space !== 'string') return 'a colour needs a colorSpace string';
  if (!Object.hasOwn(SPACES, space))
    return `unknown colorSpace "${space}"; expected one of ${Object.keys(SPACES).join(', ')}`;
  const components = value.components;
  if (!Array.isArray(components) || components.length !== 3)
    return `${space} needs components as an array of 3, found ${Array.isArray(components) ? `${components.length} items` : kindOf(components)}`;
  for (let index = 0; index < 3; index++) {
    const problem = componentProblem(space, index, components[index]);
    if (problem) return problem;
  }
  if (Object.hasOwn(value, 'alpha')) {
    const alpha = value.alpha;
    if (typeof alpha !== 'number' || !(alpha >= 0 && alpha <= 1))
      return `alpha must be a number in [0, 1], found ${JSON.stringify(alpha)}`;
  }
  if (Object.hasOwn(value, 'hex')) {
    if (typeof value.hex !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(value.hex))
      return `hex must be a 6-digit "#rrggbb" string, found ${JSON.stringify(value.hex)}`;
  }
  return undefined;
}

/** Colour strings of the pre-2025.10 drafts ("#rrggbb", "#rrggbbaa"), which Figma's sync writes. */
export function isLegacyHexColor(value: unknown): value is string {
  return typeof value === 'string' && /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/.test(value);
}
