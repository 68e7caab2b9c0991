/**
 * DTCG composite values as CSS writes them, after the conventions CSS tools share (Terrazzo's
 * among them): a shadow layer `[inset] x y blur spread color`, layers comma-separated; a border
 * `width style color`; a transition `duration delay timing-function`; a gradient its colour stops
 * `color position%` (for `linear-gradient(…, var(--g))`); a cubicBezier `cubic-bezier(…)`;
 * a typography token one value per property (`--x-font-size`…), since no CSS shorthand holds
 * letter spacing. A part naming another token is written by `part` (a `var()` in CSS, a `$name`
 * in SCSS, the target's own text in resolved outputs).
 */
import type { CompositeType, CompositeValue, ExtensionReference } from '../model.ts';
import { colorValue } from '../color.ts';
import { FONT_WEIGHT_NUMBERS } from '../font-weights.ts';
import { isRecord } from '../import/errors.ts';
import { cssFontFamilies, cssFontFamily } from './css.ts';
import { CSS_COLOR_SPACES, cssWrittenColor } from './css-color.ts';
import { hexRgba, num } from './shared.ts';

/** DTCG's typography members, each a CSS property of its own. */
export const TYPOGRAPHY_PROPERTIES = [
  ['fontFamily', 'font-family'],
  ['fontSize', 'font-size'],
  ['fontWeight', 'font-weight'],
  ['letterSpacing', 'letter-spacing'],
  ['lineHeight', 'line-height'],
] as const;
export type TypographyProperty = (typeof TYPOGRAPHY_PROPERTIES)[number][0];

/**
 * How a part naming another token is written, or undefined when it cannot be (the value is then
 * left out). `property` is set for a typography member naming a whole typography token.
 */
export type PartWriter = (targetId: string, property?: TypographyProperty) => string | undefined;

/** Thrown inside one value's formatting when a part cannot be written; caught per value. */
class Unwritable extends Error {}

/** A colour as a DTCG file wrote it: sRGB as hex, another space CSS knows in that space. */
function color(value: unknown): string {
  if (!isRecord(value) || typeof value.colorSpace !== 'string' || !Array.isArray(value.components))
    throw new Unwritable();
  const components = value.components as unknown[];
  const alpha = typeof value.alpha === 'number' ? value.alpha : undefined;
  if (value.colorSpace === 'srgb') {
    const [r, g, b] = components;
    if (typeof r === 'number' && typeof g === 'number' && typeof b === 'number')
      return hexRgba(colorValue({ r, g, b, a: alpha ?? 1 }));
    // A missing component (`none`) has no hex: CSS writes it as it is.
    if (!components.every((c) => typeof c === 'number' || c === 'none')) throw new Unwritable();
    const channels = components.map((c) => (c === 'none' ? c : num(c as number))).join(' ');
    return `color(srgb ${channels}${alpha !== undefined && alpha < 1 ? ` / ${num(alpha)}` : ''})`;
  }
  if (
    !CSS_COLOR_SPACES.has(value.colorSpace) ||
    !components.every((c) => typeof c === 'number' || c === 'none')
  )
    throw new Unwritable();
  return cssWrittenColor({
    colorSpace: value.colorSpace,
    components: components as (number | 'none')[],
    ...(alpha !== undefined ? { alpha } : {}),
  });
}

/** A dimension or duration `{value, unit}`, as written (a rem stays rem). */
function measure(value: unknown): string {
  // The unit is checked, not trusted: it is written into CSS as it is.
  if (
    isRecord(value) &&
    typeof value.value === 'number' &&
    /^(px|rem|em|ms|s)$/.test(String(value.unit))
  )
    return `${num(value.value)}${value.unit}`;
  if (typeof value === 'number') return num(value);
  throw new Unwritable();
}

function fontWeight(value: unknown): string {
  if (typeof value === 'number') return num(value);
  if (typeof value === 'string' && Object.hasOwn(FONT_WEIGHT_NUMBERS, value))
    return String(FONT_WEIGHT_NUMBERS[value]);
  throw new Unwritable();
}

/**
 * A family or a stack. A string is read as a fontFamily token's is (`"Inter, sans-serif"` is two
 * families); a stack's member may name a fontFamily token, written as that token is.
 */
function fontFamily(value: unknown, at: Part): string {
  if (typeof value === 'string') return cssFontFamily(value);
  if (!Array.isArray(value)) throw new Unwritable();
  return value
    .map((family, index) =>
      at(index, family, (f) => {
        if (typeof f !== 'string') throw new Unwritable();
        return cssFontFamilies([f]);
      }),
    )
    .join(', ');
}

function cubicBezier(value: unknown, at: Part): string {
  if (!Array.isArray(value) || value.length !== 4) throw new Unwritable();
  return `cubic-bezier(${value.map((n, i) => at(i, n, (x) => num(x as number))).join(', ')})`;
}

/** CSS has no dash pattern for borders: an object strokeStyle is `dashed`, as other tools write it. */
function strokeStyle(value: unknown): string {
  if (typeof value === 'string' && /^[a-z-]+$/.test(value)) return value;
  if (isRecord(value)) return 'dashed';
  throw new Unwritable();
}

/** Formats one member: a reference to another token, else the literal by `literal`. */
type Part = (key: string | number, value: unknown, literal: (value: unknown) => string) => string;

/** A `Part` for the member at `base` of a value whose references are `references`. */
function partsAt(
  base: readonly (string | number)[],
  references: readonly ExtensionReference[],
  write: PartWriter,
): Part {
  return (key, value, literal) => {
    const reference = references.find(
      (r) =>
        r.at.length === base.length + 1 &&
        r.at[base.length] === key &&
        base.every((step, i) => r.at[i] === step),
    );
    if (!reference) return literal(value);
    const written = write(reference.targetId);
    if (written === undefined) throw new Unwritable();
    return written;
  };
}

function shadowLayer(layer: unknown, at: Part): string {
  if (!isRecord(layer)) throw new Unwritable();
  const inset = layer.inset === true ? ['inset'] : [];
  const lengths = (['offsetX', 'offsetY', 'blur', 'spread'] as const).map((key) =>
    at(key, layer[key], measure),
  );
  return [...inset, ...lengths, at('color', layer.color, color)].join(' ');
}

/** Each item of a list (or the one object) formatted by `item` with its own parts. */
function layers(
  value: unknown,
  references: readonly ExtensionReference[],
  write: PartWriter,
  item: (layer: unknown, at: Part) => string,
): string {
  if (!Array.isArray(value)) return item(value, partsAt([], references, write));
  // No layer at all: an empty value is invalid, and `none` cannot be a layer of another shadow
  // naming this one; a transparent zero shadow draws nothing and can.
  if (value.length === 0) return '0 0 #0000';
  return value
    .map((layer, index) => {
      const whole = references.find((r) => r.at.length === 1 && r.at[0] === index);
      if (!whole) return item(layer, partsAt([index], references, write));
      const written = write(whole.targetId);
      if (written === undefined) throw new Unwritable();
      return written;
    })
    .join(', ');
}

const percent = (fraction: number) => `${num(Math.min(1, Math.max(0, fraction)) * 100)}%`;

/**
 * A stop's position, clamped to [0, 1] as DTCG requires ("MUST be considered as if it were
 * clamped"): a literal or a resolved number directly, a `var()` with CSS's clamp().
 */
function gradientStop(stop: unknown, at: Part): string {
  if (!isRecord(stop)) throw new Unwritable();
  const position = at('position', stop.position, (p) => {
    if (typeof p !== 'number') throw new Unwritable();
    return percent(p);
  });
  const written =
    typeof stop.position === 'number'
      ? position
      : /^-?[0-9.e+-]+$/.test(position)
        ? percent(Number(position))
        : `clamp(0%, calc(${position} * 100%), 100%)`;
  return `${at('color', stop.color, color)} ${written}`;
}

/**
 * Stops by position, as DTCG places them (CSS moves a stop placed before an earlier one up to it:
 * `red 80%, blue 20%` is red, then a hard edge to blue, not blue blending into red). Only where
 * every position is a number written in the file; a referenced one is known only in the browser.
 * References into the stops follow them to their new places.
 */
function inPositionOrder(
  value: unknown,
  references: readonly ExtensionReference[],
): { value: unknown; references: readonly ExtensionReference[] } {
  const unchanged = { value, references };
  if (!Array.isArray(value)) return unchanged;
  const position = (stop: unknown) => (isRecord(stop) ? stop.position : undefined);
  if (!value.every((stop) => typeof position(stop) === 'number')) return unchanged;
  // A whole stop by reference, or a reference to a position, has no number here.
  if (references.some((r) => r.at.length < 2 || r.at[1] === 'position')) return unchanged;
  const clamped = (index: number) => Math.min(1, Math.max(0, position(value[index]) as number));
  const order = value.map((_, index) => index).sort((a, b) => clamped(a) - clamped(b));
  const newIndex = new Map(order.map((old, index) => [old, index]));
  return {
    value: order.map((old) => value[old]),
    references: references.map((r) => ({
      ...r,
      at: [newIndex.get(r.at[0] as number)!, ...r.at.slice(1)],
    })),
  };
}

/**
 * The CSS text of a composite value (one string), or for typography one per property; undefined
 * when a part cannot be written.
 */
export function compositeCss(
  type: CompositeType,
  composite: CompositeValue,
  write: PartWriter,
): string | Map<TypographyProperty, string> | undefined {
  const { value, references } = composite;
  try {
    const whole = references.find((r) => r.at.length === 0);
    if (whole && type !== 'typography') return write(whole.targetId);
    const at = partsAt([], references, write);
    switch (type) {
      case 'shadow':
        return layers(value, references, write, shadowLayer);
      case 'gradient': {
        const sorted = inPositionOrder(value, references);
        return layers(sorted.value, sorted.references, write, gradientStop);
      }
      case 'border':
        if (!isRecord(value)) return undefined;
        return [
          at('width', value.width, measure),
          at('style', value.style, strokeStyle),
          at('color', value.color, color),
        ].join(' ');
      case 'transition':
        if (!isRecord(value)) return undefined;
        return [
          at('duration', value.duration, measure),
          at('delay', value.delay, measure),
          at('timingFunction', value.timingFunction, (v) =>
            cubicBezier(v, partsAt(['timingFunction'], references, write)),
          ),
        ].join(' ');
      case 'cubicBezier':
        return cubicBezier(value, at);
      case 'strokeStyle':
        return strokeStyle(value);
      case 'typography':
        return typography(value, references, write);
    }
  } catch (error) {
    if (error instanceof Unwritable) return undefined;
    throw error;
  }
}

function typography(
  value: unknown,
  references: readonly ExtensionReference[],
  write: PartWriter,
): Map<TypographyProperty, string> {
  const whole = references.find((r) => r.at.length === 0);
  const out = new Map<TypographyProperty, string>();
  for (const [property] of TYPOGRAPHY_PROPERTIES) {
    if (whole) {
      const written = write(whole.targetId, property);
      if (written === undefined) throw new Unwritable();
      out.set(property, written);
      continue;
    }
    if (!isRecord(value) || value[property] === undefined) continue;
    const at = partsAt([], references, write);
    const member = typographyMember(property, partsAt([property], references, write));
    out.set(property, at(property, value[property], member));
  }
  return out;
}

/** How a member is written; `inside` writes what sits inside it (a stack's families). */
function typographyMember(property: TypographyProperty, inside: Part): (value: unknown) => string {
  switch (property) {
    case 'fontFamily':
      return (v) => fontFamily(v, inside);
    case 'fontWeight':
      return fontWeight;
    case 'lineHeight':
      return (v) => (typeof v === 'number' ? num(v) : measure(v));
    case 'fontSize':
    case 'letterSpacing':
      return measure;
  }
}
