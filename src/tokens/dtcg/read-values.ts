/**
 * DTCG literal values → Figma variable values. The inverse of the DTCG writer: colours back to
 * RGBA floats (any of the common DTCG colour spaces), dimensions to px numbers, and so on.
 * Conversions that lose information report why through `warn`.
 */
import { FONT_WEIGHT_NUMBERS } from '../font-weights.ts';
import type { RGBA } from '@figma/rest-api-spec';
import { isRecord } from '../import/errors.ts';
import { toSrgb } from './color-spaces.ts';
import type { Vec3 } from './color-spaces.ts';

export type FigmaResolvedType = 'BOOLEAN' | 'FLOAT' | 'STRING' | 'COLOR';
export type FigmaLiteral = boolean | number | string | RGBA;

export interface LiteralProblem {
  code: string;
  message: string;
}

type Warn = (problem: LiteralProblem) => void;

/** The Figma type a DTCG `$type` maps to when nothing else (an extension) says so. */
export function resolvedTypeForDtcgType(
  type: string | undefined,
  value: unknown,
): FigmaResolvedType | undefined {
  switch (type) {
    case 'color':
      return 'COLOR';
    case 'dimension':
    case 'number':
    case 'duration':
      return 'FLOAT';
    case 'fontWeight':
      return typeof value === 'string' && !(value in FONT_WEIGHT_NUMBERS) ? 'STRING' : 'FLOAT';
    case 'fontFamily':
    case 'string':
      return 'STRING';
    case 'boolean':
      return 'BOOLEAN';
    default:
      return undefined;
  }
}

/**
 * Converts one literal to the Figma value of `resolvedType`. Returns undefined (after `warn`)
 * when it cannot be represented.
 */
export function dtcgLiteralToFigma(
  type: string | undefined,
  value: unknown,
  resolvedType: FigmaResolvedType,
  warn: Warn,
): FigmaLiteral | undefined {
  switch (resolvedType) {
    case 'COLOR':
      return dtcgColorToRgba(value, warn);
    case 'FLOAT':
      return toNumber(type, value, warn);
    case 'STRING':
      if (typeof value === 'string') return value;
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
        if (value.length > 1) {
          warn({
            code: 'font-family-list',
            message: `Figma holds one font family; kept "${value[0]}" of ${JSON.stringify(value)}`,
          });
        }
        return value[0] ?? '';
      }
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      warn({
        code: 'unsupported-value',
        message: `expected a string value, found ${JSON.stringify(value)}`,
      });
      return undefined;
    case 'BOOLEAN':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      warn({
        code: 'unsupported-value',
        message: `expected a boolean value, found ${JSON.stringify(value)}`,
      });
      return undefined;
  }
}

function toNumber(type: string | undefined, value: unknown, warn: Warn): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (type === 'fontWeight' && typeof value === 'string' && value in FONT_WEIGHT_NUMBERS)
    return FONT_WEIGHT_NUMBERS[value];
  let amount: number | undefined;
  let unit: string | undefined;
  if (isRecord(value) && typeof value.value === 'number' && typeof value.unit === 'string') {
    amount = value.value;
    unit = value.unit;
  } else if (typeof value === 'string') {
    // Pre-2025.10 files write dimensions as strings such as "16px".
    const match = /^\s*(-?\d*\.?\d+(?:e[+-]?\d+)?)\s*(px|rem|em|ms|s|%)?\s*$/i.exec(value);
    if (match) {
      amount = Number(match[1]);
      unit = match[2]?.toLowerCase();
    }
  }
  if (amount === undefined || !Number.isFinite(amount)) {
    warn({
      code: 'unsupported-value',
      message: `expected a number or dimension, found ${JSON.stringify(value)}`,
    });
    return undefined;
  }
  switch (unit) {
    case undefined:
    case 'px':
      return amount;
    case 'ms':
      // A duration is held in milliseconds, so only another type loses the unit.
      if (type !== 'duration')
        warn({
          code: 'unit-converted',
          message: `${amount}ms kept as the number ${amount}; a ${type ?? 'value'} has no unit`,
        });
      return amount;
    case 'rem':
    case 'em':
      warn({
        code: 'unit-converted',
        message: `${amount}${unit} converted to ${amount * 16}px (1${unit} = 16px); Figma numbers have no unit`,
      });
      return amount * 16;
    case 's': {
      // toPrecision drops the float noise of the product (1.1 * 1000 = 1100.0000000000002).
      const ms = Number((amount * 1000).toPrecision(15));
      if (type !== 'duration')
        warn({
          code: 'unit-converted',
          message: `${amount}s converted to the number ${ms} (milliseconds); a ${type ?? 'value'} has no unit`,
        });
      return ms;
    }
    case '%':
      return amount;
    default:
      warn({ code: 'unsupported-value', message: `unknown unit "${unit}"` });
      return undefined;
  }
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));
export function parseHexColor(hex: string): RGBA | undefined {
  const match = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(hex.trim());
  if (!match) return undefined;
  let digits = match[1]!;
  if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
  const byte = (index: number) => Number.parseInt(digits.slice(index, index + 2), 16) / 255;
  return { r: byte(0), g: byte(2), b: byte(4), a: digits.length === 8 ? byte(6) : 1 };
}

/** A DTCG colour (object in any supported space, or a legacy hex string) → Figma RGBA. */
export function dtcgColorToRgba(value: unknown, warn: Warn): RGBA | undefined {
  if (typeof value === 'string') {
    const parsed = parseHexColor(value);
    if (!parsed)
      warn({
        code: 'unsupported-value',
        message: `expected a colour, found ${JSON.stringify(value)}`,
      });
    return parsed;
  }
  if (
    !isRecord(value) ||
    typeof value.colorSpace !== 'string' ||
    !Array.isArray(value.components) ||
    value.components.length !== 3
  ) {
    warn({
      code: 'unsupported-value',
      message: `expected a colour object {colorSpace, components, alpha}, found ${JSON.stringify(value)}`,
    });
    return undefined;
  }
  const alphaRaw = value.alpha;
  const alpha = typeof alphaRaw === 'number' ? alphaRaw : 1;
  const components = value.components.map((component: unknown) =>
    typeof component === 'number' ? component : 0,
  ) as Vec3;
  if (value.components.some((component: unknown) => component === 'none')) {
    warn({
      code: 'color-none',
      message:
        'colour component "none" read as 0 where a number is needed (Figma, Swift, Android, Compose)',
    });
  }
  const srgb = toSrgb(value.colorSpace, components);
  if (!srgb) {
    const fallback = typeof value.hex === 'string' ? parseHexColor(value.hex) : undefined;
    if (fallback) {
      warn({
        code: 'color-space',
        message: `colour space "${value.colorSpace}" is not converted; used its hex fallback ${value.hex}`,
      });
      return { ...fallback, a: clamp01(alpha) };
    }
    warn({
      code: 'unsupported-value',
      message: `colour space "${value.colorSpace}" is not supported and there is no hex fallback`,
    });
    return undefined;
  }
  const outOfGamut = srgb.some((channel) => channel < -1e-6 || channel > 1 + 1e-6);
  const rgba = { r: clamp01(srgb[0]), g: clamp01(srgb[1]), b: clamp01(srgb[2]), a: clamp01(alpha) };
  if (outOfGamut) {
    // The file's own sRGB fallback, made by its author's gamut mapping, beats clipping; a hex
    // that is the clipped colour to 8 bits (as Tokenport's export writes) is no other choice.
    const parsed = typeof value.hex === 'string' ? parseHexColor(value.hex) : undefined;
    const fallback = parsed && hexMismatch(value.hex, rgba) ? parsed : undefined;
    warn({
      code: 'out-of-gamut',
      message: fallback
        ? `${value.colorSpace} colour is outside sRGB: Figma variables, Swift, Android and Compose, which hold sRGB, take its hex fallback ${value.hex}`
        : `${value.colorSpace} colour is outside sRGB and was clipped for Figma variables, Swift, Android and Compose, which hold sRGB`,
    });
    if (fallback) return { ...fallback, a: clamp01(alpha) };
  }
  // Two fields for one colour: when they disagree nobody can tell which edit was meant. Only in
  // sRGB, where hex is the same colour exactly; in any other space DTCG's hex is a fallback made by
  // some gamut mapping (Tailwind's oklch palette's is up to 4 steps from ours), not a second edit.
  const mismatch = value.colorSpace === 'srgb' ? hexMismatch(value.hex, rgba) : undefined;
  if (mismatch) {
    warn({ code: 'color-hex-mismatch', message: mismatch });
    return undefined;
  }
  return rgba;
}

const toByte = (channel: number) => Math.round(clamp01(channel) * 255);
const hexOfBytes = (rgba: RGBA) =>
  `#${[rgba.r, rgba.g, rgba.b].map((c) => toByte(c).toString(16).padStart(2, '0')).join('')}`;

/** Why `hex` disagrees with the colour its components give (more than one 8-bit step), if it does. */
function hexMismatch(hex: unknown, rgba: RGBA): string | undefined {
  if (typeof hex !== 'string') return undefined;
  const parsed = parseHexColor(hex);
  if (!parsed) return `hex "${hex}" is not a #rrggbb colour`;
  const far = (a: number, b: number) => Math.abs(toByte(a) - toByte(b)) > 1;
  if (!far(parsed.r, rgba.r) && !far(parsed.g, rgba.g) && !far(parsed.b, rgba.b)) return undefined;
  return `hex ${hex} and components (${hexOfBytes(rgba)}) disagree; edit both, or remove hex`;
}
