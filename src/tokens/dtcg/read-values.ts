/**
 * DTCG literal values → Figma variable values. The inverse of the DTCG writer: colours back to
 * RGBA floats (any of the common DTCG colour spaces), dimensions to px numbers, and so on.
 * Conversions that lose information report why through `warn`.
 */
import type { RGBA } from '@figma/rest-api-spec';
import { isRecord } from '../import/errors.ts';

export type FigmaResolvedType = 'BOOLEAN' | 'FLOAT' | 'STRING' | 'COLOR';
export type FigmaLiteral = boolean | number | string | RGBA;

export interface LiteralProblem {
  code: string;
  message: string;
}

type Warn = (problem: LiteralProblem) => void;

const FONT_WEIGHT_NAMES: Record<string, number> = {
  thin: 100,
  hairline: 100,
  'extra-light': 200,
  'ultra-light': 200,
  light: 300,
  normal: 400,
  regular: 400,
  book: 400,
  medium: 500,
  'semi-bold': 600,
  'demi-bold': 600,
  bold: 700,
  'extra-bold': 800,
  'ultra-bold': 800,
  black: 900,
  heavy: 900,
  'extra-black': 950,
  'ultra-black': 950,
};

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
      return typeof value === 'string' && !(value in FONT_WEIGHT_NAMES) ? 'STRING' : 'FLOAT';
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
  if (type === 'fontWeight' && typeof value === 'string' && value in FONT_WEIGHT_NAMES)
    return FONT_WEIGHT_NAMES[value];
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
      warn({
        code: 'unit-converted',
        message: `${amount}ms kept as the number ${amount} (milliseconds); Figma numbers have no unit, and no output has a duration type`,
      });
      return amount;
    case 'rem':
    case 'em':
      warn({
        code: 'unit-converted',
        message: `${amount}${unit} converted to ${amount * 16}px (1${unit} = 16px); Figma numbers have no unit`,
      });
      return amount * 16;
    case 's':
      warn({
        code: 'unit-converted',
        message: `${amount}s converted to the number ${amount * 1000} (milliseconds); Figma numbers have no unit, and no output has a duration type`,
      });
      return amount * 1000;
    case '%':
      return amount;
    default:
      warn({ code: 'unsupported-value', message: `unknown unit "${unit}"` });
      return undefined;
  }
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));
const gammaEncode = (c: number) => {
  const sign = c < 0 ? -1 : 1;
  const abs = Math.abs(c);
  return sign * (abs <= 0.0031308 ? 12.92 * abs : 1.055 * abs ** (1 / 2.4) - 0.055);
};
const gammaDecode = (c: number) => {
  const sign = c < 0 ? -1 : 1;
  const abs = Math.abs(c);
  return sign * (abs <= 0.04045 ? abs / 12.92 : ((abs + 0.055) / 1.055) ** 2.4);
};
type Vec3 = [number, number, number];
type Mat3 = [Vec3, Vec3, Vec3];
const multiply = (m: Mat3, v: Vec3): Vec3 => [
  m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
  m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
  m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
];
const XYZ_D65_TO_LINEAR_SRGB: Mat3 = [
  [3.2409699419045226, -1.537383177570094, -0.4986107602930034],
  [-0.9692436362808796, 1.8759675015077202, 0.04155505740717559],
  [0.05563007969699366, -0.20397695888897652, 1.0569715142428786],
];
const LINEAR_P3_TO_XYZ_D65: Mat3 = [
  [0.4865709486482162, 0.26566769316909306, 0.1982172852343625],
  [0.2289745640697488, 0.6917385218365064, 0.079286914093745],
  [0, 0.04511338185890264, 1.043944368900976],
];
const XYZ_D50_TO_D65: Mat3 = [
  [0.9554734527042182, -0.023098536874261423, 0.0632593086610217],
  [-0.028369706963208136, 1.0099954580058226, 0.021041398966943008],
  [0.012314001688319899, -0.020507696433477912, 1.3303659366080753],
];
const D50_WHITE: Vec3 = [0.3457 / 0.3585, 1, (1 - 0.3457 - 0.3585) / 0.3585];

function hslToSrgb(h: number, s: number, l: number): Vec3 {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)];
}

function labToXyzD50(l: number, a: number, b: number): Vec3 {
  const kappa = 24389 / 27;
  const epsilon = 216 / 24389;
  const fy = (l + 16) / 116;
  const fx = fy + a / 500;
  const fz = fy - b / 200;
  const x = fx ** 3 > epsilon ? fx ** 3 : (116 * fx - 16) / kappa;
  const y = l > kappa * epsilon ? fy ** 3 : l / kappa;
  const z = fz ** 3 > epsilon ? fz ** 3 : (116 * fz - 16) / kappa;
  return [x * D50_WHITE[0], y * D50_WHITE[1], z * D50_WHITE[2]];
}

function oklabToLinearSrgb(l: number, a: number, b: number): Vec3 {
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
}

/** Converts components in `space` to gamma-encoded sRGB, or undefined for unsupported spaces. */
function toSrgb(space: string, c: Vec3): Vec3 | undefined {
  const deg = (h: number) => (h * Math.PI) / 180;
  switch (space) {
    case 'srgb':
      return c;
    case 'srgb-linear':
      return [gammaEncode(c[0]), gammaEncode(c[1]), gammaEncode(c[2])];
    case 'display-p3': {
      const linear = multiply(
        XYZ_D65_TO_LINEAR_SRGB,
        multiply(LINEAR_P3_TO_XYZ_D65, [gammaDecode(c[0]), gammaDecode(c[1]), gammaDecode(c[2])]),
      );
      return [gammaEncode(linear[0]), gammaEncode(linear[1]), gammaEncode(linear[2])];
    }
    case 'hsl':
      return hslToSrgb(((c[0] % 360) + 360) % 360, c[1] / 100, c[2] / 100);
    case 'hwb': {
      const w = c[1] / 100;
      const b = c[2] / 100;
      if (w + b >= 1) {
        const gray = w / (w + b);
        return [gray, gray, gray];
      }
      const rgb = hslToSrgb(((c[0] % 360) + 360) % 360, 1, 0.5);
      return [rgb[0] * (1 - w - b) + w, rgb[1] * (1 - w - b) + w, rgb[2] * (1 - w - b) + w];
    }
    case 'oklab':
    case 'oklch': {
      const [a, b] =
        space === 'oklab' ? [c[1], c[2]] : [c[1] * Math.cos(deg(c[2])), c[1] * Math.sin(deg(c[2]))];
      const linear = oklabToLinearSrgb(c[0], a, b);
      return [gammaEncode(linear[0]), gammaEncode(linear[1]), gammaEncode(linear[2])];
    }
    case 'lab':
    case 'lch':
    case 'xyz-d50':
    case 'xyz-d65': {
      let xyz: Vec3;
      if (space === 'xyz-d65') xyz = c;
      else if (space === 'xyz-d50') xyz = multiply(XYZ_D50_TO_D65, c);
      else {
        const [a, b] =
          space === 'lab' ? [c[1], c[2]] : [c[1] * Math.cos(deg(c[2])), c[1] * Math.sin(deg(c[2]))];
        xyz = multiply(XYZ_D50_TO_D65, labToXyzD50(c[0], a, b));
      }
      const linear = multiply(XYZ_D65_TO_LINEAR_SRGB, xyz);
      return [gammaEncode(linear[0]), gammaEncode(linear[1]), gammaEncode(linear[2])];
    }
    default:
      return undefined;
  }
}

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
    warn({ code: 'color-none', message: 'colour component "none" read as 0' });
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
  if (outOfGamut) {
    warn({
      code: 'out-of-gamut',
      message: `${value.colorSpace} colour is outside sRGB and was clipped (Figma variables are sRGB)`,
    });
  }
  const rgba = { r: clamp01(srgb[0]), g: clamp01(srgb[1]), b: clamp01(srgb[2]), a: clamp01(alpha) };
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
