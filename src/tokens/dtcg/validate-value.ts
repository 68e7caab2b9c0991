/**
 * DTCG 2025.10 value rules per `$type` (Format module §8–9), including composites whose parts
 * may be references. Each rule returns what is wrong in words a person can act on; nothing is
 * coerced (a string "1.5" is not a number, "16px" is not a dimension).
 */
import { isRecord, kindOf } from '../import/errors.ts';
import { curlyReferenceTarget, pointerReferenceOf } from './reference.ts';
import { colorProblem } from './validate-color.ts';

/** What a reference inside a composite resolves to, or why it cannot be resolved. */
export type Resolved = { type?: string; value: unknown } | { problem: string };

export interface ValueContext {
  resolve(reference: { curly: string } | { pointer: string }): Resolved;
}

type Rule = (value: unknown, context: ValueContext) => string | undefined;

export const FONT_WEIGHT_NAMES: ReadonlySet<string> = new Set([
  'thin',
  'hairline',
  'extra-light',
  'ultra-light',
  'light',
  'normal',
  'regular',
  'book',
  'medium',
  'semi-bold',
  'demi-bold',
  'bold',
  'extra-bold',
  'ultra-bold',
  'black',
  'heavy',
  'extra-black',
  'ultra-black',
]);
const STROKE_KEYWORDS = new Set([
  'solid',
  'dashed',
  'dotted',
  'double',
  'groove',
  'ridge',
  'outset',
  'inset',
]);
const LINE_CAPS = new Set(['round', 'butt', 'square']);

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function measure(units: readonly string[], what: string): Rule {
  return (value) => {
    if (!isRecord(value)) {
      const draft = typeof value === 'string' ? draftMeasure(value, units) : undefined;
      if (draft)
        return `a ${what} is an object {value, unit}: write ${draft} for the pre-2025.10 string ${JSON.stringify(value)}`;
      return `a ${what} is an object {value, unit}, found ${typeof value === 'string' ? `the string ${JSON.stringify(value)}` : kindOf(value)}`;
    }
    if (!isNumber(value.value))
      return `a ${what} needs a number "value", found ${kindOf(value.value)}`;
    if (typeof value.unit !== 'string' || !units.includes(value.unit))
      return `a ${what} unit is ${units.map((u) => `"${u}"`).join(' or ')}, found ${JSON.stringify(value.unit)}`;
    return undefined;
  };
}

/**
 * The 2025.10 form of an earlier draft's "16px" or "200ms", as JSON, so the message says exactly
 * what to write. Only suggested, never read as such: Terrazzo refuses these strings too.
 */
function draftMeasure(text: string, units: readonly string[]): string | undefined {
  const match = /^(-?(?:\d+\.?\d*|\.\d+))([a-z]+)$/.exec(text.trim());
  const amount = match ? Number(match[1]) : NaN;
  const unit = match?.[2];
  if (!Number.isFinite(amount) || unit === undefined || !units.includes(unit)) return undefined;
  return `{"value": ${amount}, "unit": "${unit}"}`;
}

const dimension = measure(['px', 'rem'], 'dimension');
const duration = measure(['ms', 's'], 'duration');

const number: Rule = (value) =>
  isNumber(value)
    ? undefined
    : `a number is a JSON number, found ${typeof value === 'string' ? `the string ${JSON.stringify(value)}` : kindOf(value)}`;

const fontFamily: Rule = (value) => {
  if (typeof value === 'string') return undefined;
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'))
    return undefined;
  return `a fontFamily is a string or a non-empty array of strings, found ${JSON.stringify(value)}`;
};

const fontWeight: Rule = (value) => {
  if (isNumber(value))
    return value >= 1 && value <= 1000
      ? undefined
      : `a fontWeight number is in [1, 1000], found ${value}`;
  if (typeof value === 'string' && FONT_WEIGHT_NAMES.has(value)) return undefined;
  return `a fontWeight is a number in [1, 1000] or one of ${[...FONT_WEIGHT_NAMES].join(', ')} (case-sensitive), found ${JSON.stringify(value)}`;
};

const cubicBezier: Rule = (value) => {
  if (!Array.isArray(value) || value.length !== 4 || !value.every(isNumber))
    return `a cubicBezier is an array of 4 numbers, found ${JSON.stringify(value)}`;
  const [x1, , x2] = value as number[];
  return x1! >= 0 && x1! <= 1 && x2! >= 0 && x2! <= 1
    ? undefined
    : `cubicBezier x coordinates (items 0 and 2) must be in [0, 1], found ${x1} and ${x2}`;
};

const color: Rule = (value) => colorProblem(value);
const string: Rule = (value) =>
  typeof value === 'string' ? undefined : `a string token holds a string, found ${kindOf(value)}`;
const boolean: Rule = (value) =>
  typeof value === 'boolean'
    ? undefined
    : `a boolean token holds true or false, found ${kindOf(value)}`;

/** A part of a composite: a literal checked by `rule`, or a reference to a token of `type`. */
function part(
  type: string,
  rule: Rule,
): (value: unknown, context: ValueContext) => string | undefined {
  return (value, context) => {
    const curly = curlyReferenceTarget(value);
    const pointer = pointerReferenceOf(value);
    if (curly === undefined && pointer === undefined) return rule(value, context);
    const resolved = context.resolve(curly !== undefined ? { curly } : { pointer: pointer! });
    if ('problem' in resolved) return resolved.problem;
    // A whole token is checked where it is defined (a "#rrggbb" colour is read there, with a
    // warning); only a pointer into part of a value has nothing else checking it.
    if (resolved.type !== undefined)
      return resolved.type === type
        ? undefined
        : `references a ${resolved.type} token where a ${type} is needed`;
    return rule(resolved.value, context);
  };
}

function object(fields: Record<string, Rule>, optional: Record<string, Rule> = {}): Rule {
  return (value, context) => {
    if (!isRecord(value))
      return `expected an object with ${Object.keys(fields).join(', ')}, found ${kindOf(value)}`;
    for (const [name, rule] of Object.entries(fields)) {
      if (!Object.hasOwn(value, name)) return `"${name}" is missing`;
      const problem = rule(value[name], context);
      if (problem) return `${name}: ${problem}`;
    }
    for (const [name, rule] of Object.entries(optional)) {
      const problem = Object.hasOwn(value, name) ? rule(value[name], context) : undefined;
      if (problem) return `${name}: ${problem}`;
    }
    return undefined;
  };
}

const strokeStyle: Rule = (value, context) => {
  if (typeof value === 'string')
    return STROKE_KEYWORDS.has(value)
      ? undefined
      : `a strokeStyle keyword is one of ${[...STROKE_KEYWORDS].join(', ')}, found ${JSON.stringify(value)}`;
  return object({
    dashArray: (dashes, ctx) => {
      if (!Array.isArray(dashes) || dashes.length === 0)
        return 'expected a non-empty array of dimensions';
      for (const dash of dashes) {
        const problem = part('dimension', dimension)(dash, ctx);
        if (problem) return problem;
      }
      return undefined;
    },
    lineCap: (cap) =>
      typeof cap === 'string' && LINE_CAPS.has(cap)
        ? undefined
        : `expected round, butt or square, found ${JSON.stringify(cap)}`,
  })(value, context);
};

const shadowLayer = object(
  {
    color: part('color', color),
    offsetX: part('dimension', dimension),
    offsetY: part('dimension', dimension),
    blur: part('dimension', dimension),
    spread: part('dimension', dimension),
  },
  {
    inset: (inset) =>
      typeof inset === 'boolean' ? undefined : `expected true or false, found ${kindOf(inset)}`,
  },
);

const shadow: Rule = (value, context) => {
  // A CSS string ("0 1px 2px #000") is the commonest mistake: say both forms DTCG takes.
  if (!Array.isArray(value) && !isRecord(value))
    return `a shadow is an object {color, offsetX, offsetY, blur, spread} or an array of them, found ${kindOf(value)}`;
  if (!Array.isArray(value)) return shadowLayer(value, context);
  for (const [index, layer] of value.entries()) {
    const problem = part('shadow', shadowLayer)(layer, context);
    if (problem) return `layer ${index}: ${problem}`;
  }
  return undefined;
};

const gradientStop = object({ color: part('color', color), position: part('number', number) });
const gradient: Rule = (value, context) => {
  if (!Array.isArray(value) || value.length === 0)
    return `a gradient is a non-empty array of stops {color, position}, found ${JSON.stringify(value)}`;
  for (const [index, stop] of value.entries()) {
    // A stop may also reference a gradient token (2025.10 gradient.json), whose stops it stands for.
    const isReference =
      curlyReferenceTarget(stop) !== undefined || pointerReferenceOf(stop) !== undefined;
    const problem = isReference
      ? part('gradient', (stops, ctx) =>
          Array.isArray(stops) ? gradient(stops, ctx) : gradientStop(stops, ctx),
        )(stop, context)
      : gradientStop(stop, context);
    if (problem) return `stop ${index}: ${problem}`;
  }
  return undefined;
};

const RULES: Record<string, Rule> = {
  color,
  dimension,
  duration,
  number,
  fontFamily,
  fontWeight,
  cubicBezier,
  strokeStyle,
  shadow,
  gradient,
  border: object({
    color: part('color', color),
    width: part('dimension', dimension),
    style: part('strokeStyle', strokeStyle),
  }),
  transition: object({
    duration: part('duration', duration),
    delay: part('duration', duration),
    timingFunction: part('cubicBezier', cubicBezier),
  }),
  typography: object({
    fontFamily: part('fontFamily', fontFamily),
    fontSize: part('dimension', dimension),
    fontWeight: part('fontWeight', fontWeight),
    letterSpacing: part('dimension', dimension),
    lineHeight: part('number', number),
  }),
  // Not DTCG types, but what Figma's own tools write for STRING and BOOLEAN variables.
  string,
  boolean,
};

export function isKnownType(type: string): boolean {
  return Object.hasOwn(RULES, type);
}

/** What is wrong with a literal `value` of `type`, or undefined when it is valid. */
export function valueProblem(
  type: string,
  value: unknown,
  context: ValueContext,
): string | undefined {
  if (!isKnownType(type))
    // string and boolean are not DTCG's, but Figma's STRING and BOOLEAN variables need them
    // (as Terrazzo and Style Dictionary read them): named apart, so the list says what is read.
    return `unknown $type "${type}"; DTCG 2025.10 types are ${Object.keys(RULES)
      .filter((name) => name !== 'string' && name !== 'boolean')
      .join(
        ', ',
      )}, and Tokenport also reads string and boolean (Figma's STRING and BOOLEAN variables)`;
  if (value === null) return '$value may not be null';
  return RULES[type]!(value, context);
}
