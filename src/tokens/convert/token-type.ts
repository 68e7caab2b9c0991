/**
 * FLOAT has no unit in Figma: its token type is the one its token file declared (DTCG input), else
 * inferred from its own scopes, then from the variable it aliases, then from the scopes of who
 * aliases it, then from its name, then from its collection's name. A fontWeight is taken only
 * when the variable's own numbers are all in [1, 1000], else the next hint decides.
 */
import type { LocalVariable, VariableScope } from '@figma/rest-api-spec';
import type { DeclaredType, FloatType, TokenType } from '../model.ts';
import { isAlias } from '../writeback/figma-values.ts';
import { getOwn } from '../import/errors.ts';
import { variableById } from './context.ts';
import type { ConvertContext } from './context.ts';

interface Inferred {
  type: FloatType;
  reason: string;
}

const DIMENSION_SCOPES = new Set<VariableScope>([
  'CORNER_RADIUS',
  'WIDTH_HEIGHT',
  'GAP',
  'STROKE_FLOAT',
  'EFFECT_FLOAT',
  'FONT_SIZE',
  'LINE_HEIGHT',
  'LETTER_SPACING',
  'PARAGRAPH_SPACING',
  'PARAGRAPH_INDENT',
]);

function floatTypeFromScopes(scopes: readonly VariableScope[]): FloatType | undefined {
  if (scopes.includes('FONT_WEIGHT')) return 'fontWeight';
  if (scopes.includes('OPACITY') || scopes.includes('COLOR_OPACITY')) return 'opacity';
  if (scopes.some((scope) => DIMENSION_SCOPES.has(scope))) return 'dimension';
  return undefined;
}

const NAME_HINTS: [RegExp, FloatType][] = [
  [/weight/g, 'fontWeight'],
  [/opacity|alpha/g, 'opacity'],
  [
    /(?<=^|[/\s_-])(z|z-?index|index|order|ratio|scale|count|columns|duration|delay)(?=[/\s_-]|$)/g,
    'number',
  ],
  [
    /radius|radii|space|spacing|gap|size|width|height|thickness|inset|padding|margin|offset|blur|spread|stroke|border|indent|line-?height|letter-?spacing|tracking|leading|breakpoint|shadow/g,
    'dimension',
  ],
];

/**
 * The hint named last wins, as the last word names the thing: `opacity-checkerboard-square-size`
 * is a size, `border-opacity` an opacity (Adobe Spectrum has both).
 */
function floatTypeFromName(
  name: string,
  fits: (type: FloatType) => boolean,
): FloatType | undefined {
  const lower = name.toLowerCase();
  let best: { type: FloatType; at: number } | undefined;
  for (const [pattern, type] of NAME_HINTS) {
    let at = -1;
    for (const match of lower.matchAll(pattern)) at = match.index;
    if (at > (best?.at ?? -1) && fits(type)) best = { type, at };
  }
  return best?.type;
}

/**
 * DTCG bounds a fontWeight to [1, 1000]; any other FLOAT type holds every number. A type the
 * variable's own numbers break would make the export invalid (and unreadable for write-back).
 */
function fitsOwnValues(type: FloatType, variable: LocalVariable): boolean {
  if (type !== 'fontWeight') return true;
  return Object.values(variable.valuesByMode ?? {}).every(
    (value) => typeof value !== 'number' || (value >= 1 && value <= 1000),
  );
}

interface ScopedUse {
  type?: FloatType;
  by?: string;
  depth: number;
}

const NO_USE: ScopedUse = { depth: 0 };

/**
 * The nearest consumer whose scopes give a type (the first of the nearest, as listed), through
 * chains of aliases. Found bottom up and kept per variable in `memo`, so a chain of thousands of
 * aliases costs one walk, not one per link.
 */
function fromConsumerScopes(
  context: ConvertContext,
  memo: Map<string, ScopedUse>,
  variable: LocalVariable,
): Inferred | undefined {
  const stack: { id: string; expanded: boolean }[] = [{ id: variable.id, expanded: false }];
  const open = new Set<string>();
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (memo.has(at.id)) continue;
    const consumers = context.aliasedBy.get(at.id) ?? [];
    if (!at.expanded) {
      // A cycle (refused later as an error) stops here.
      if (open.has(at.id)) continue;
      open.add(at.id);
      stack.push({ id: at.id, expanded: true });
      for (const c of consumers) if (!memo.has(c)) stack.push({ id: c, expanded: false });
      continue;
    }
    let best = NO_USE;
    for (const c of consumers) {
      const consumer = variableById(context, c);
      if (!consumer) continue;
      const own = floatTypeFromScopes(consumer.scopes ?? []);
      const below = memo.get(c);
      const found: ScopedUse | undefined = own
        ? { type: own, by: consumer.name, depth: 1 }
        : below?.type
          ? { ...below, depth: below.depth + 1 }
          : undefined;
      if (found && (!best.type || found.depth < best.depth)) best = found;
    }
    memo.set(at.id, best);
    open.delete(at.id);
  }
  const use = memo.get(variable.id) ?? NO_USE;
  return use.type ? { type: use.type, reason: `used by ${use.by}` } : undefined;
}

// Shared answers for the types that need no inference: one per variable would be garbage.
const COLOR = Object.freeze({ type: 'color' as const, reason: 'COLOR' });
const BOOLEAN = Object.freeze({ type: 'boolean' as const, reason: 'BOOLEAN' });
const FONT_FAMILY = Object.freeze({ type: 'fontFamily' as const, reason: 'scope or name' });
const STRING = Object.freeze({ type: 'string' as const, reason: 'STRING' });

const DECLARED_REASON = '$type in the file';
const DECLARED_FONT_FAMILY = Object.freeze({
  type: 'fontFamily' as const,
  reason: DECLARED_REASON,
});
const DECLARED_STRING = Object.freeze({ type: 'string' as const, reason: DECLARED_REASON });

export function createTypeInference(context: ConvertContext) {
  const cache = new Map<string, Inferred>();
  const declaredType = (variable: LocalVariable): DeclaredType | undefined =>
    context.declaredTypes && Object.hasOwn(context.declaredTypes, variable.id)
      ? context.declaredTypes[variable.id]
      : undefined;

  /** `candidate`, unless the variable's own numbers break it: then a warning, and the next source. */
  function fitting(variable: LocalVariable, candidate: Inferred | undefined): Inferred | undefined {
    if (!candidate || fitsOwnValues(candidate.type, variable)) return candidate;
    const numbers = Object.values(variable.valuesByMode).filter((v) => typeof v === 'number');
    context.warnings.push({
      code: 'type-mismatch',
      message: `“${variable.name}” would be a ${candidate.type} (${candidate.reason}), but a ${candidate.type} is 1 to 1000 and it holds ${numbers.join(', ')}; typed from the next hint instead.`,
      variableId: variable.id,
      variableName: variable.name,
    });
    return undefined;
  }

  /**
   * The declared FLOAT type. DTCG has no opacity type, so a declared `number` that scopes or name
   * say is an opacity stays one (Tokenport's own export writes opacities as `number`).
   */
  function fromDeclared(variable: LocalVariable): Inferred | undefined {
    const declared = declaredType(variable);
    if (
      declared !== 'dimension' &&
      declared !== 'number' &&
      declared !== 'fontWeight' &&
      declared !== 'duration'
    )
      return undefined;
    const opacity =
      declared === 'number' &&
      (floatTypeFromScopes(variable.scopes ?? []) === 'opacity' ||
        floatTypeFromName(variable.name, () => true) === 'opacity');
    return { type: opacity ? 'opacity' : declared, reason: DECLARED_REASON };
  }

  function fromOwnValues(variable: LocalVariable): Inferred | undefined {
    const override = context.options.floatTypeOverrides?.[variable.id];
    let result = fitting(variable, override ? { type: override, reason: 'set by you' } : undefined);
    result ??= fitting(variable, fromDeclared(variable));
    const own = floatTypeFromScopes(variable.scopes ?? []);
    if (!result && own)
      result = fitting(variable, {
        type: own,
        reason: `scope ${(variable.scopes ?? []).join(', ')}`,
      });
    return result;
  }

  /** The type of the variable this one aliases (in its first mode). */
  function fromTarget(variable: LocalVariable, seen: Set<string>): Inferred | undefined {
    const defaultValue = Object.values(variable.valuesByMode ?? {})[0];
    const target = isAlias(defaultValue) ? variableById(context, defaultValue.id) : undefined;
    if (!target || target.resolvedType !== 'FLOAT' || seen.has(target.id)) return undefined;
    const inferred = inferFloat(target, seen);
    return { type: inferred.type, reason: `aliases ${target.name} (${inferred.reason})` };
  }

  const scopedUses = new Map<string, ScopedUse>();

  function inferFloat(variable: LocalVariable, seen = new Set<string>()): Inferred {
    const cached = cache.get(variable.id);
    if (cached) return cached;
    seen.add(variable.id);
    const fits = (type: FloatType) => fitsOwnValues(type, variable);
    let result = fromOwnValues(variable) ?? fitting(variable, fromTarget(variable, seen));
    result ??= fitting(variable, fromConsumerScopes(context, scopedUses, variable));
    if (!result) {
      const fromName = floatTypeFromName(variable.name, fits);
      if (fromName) result = { type: fromName, reason: 'name' };
    }
    if (!result) {
      // A primitive named only by its step (`4` in a collection "Spacing"); who aliases it then
      // follows it, as from any target.
      const collection = getOwn(context.inputCollections, variable.variableCollectionId)?.name;
      const fromCollection = collection ? floatTypeFromName(collection, fits) : undefined;
      if (fromCollection) result = { type: fromCollection, reason: `collection ${collection}` };
    }
    result ??= { type: 'number', reason: 'no scope or name hint' };
    cache.set(variable.id, result);
    return result;
  }

  return function typeOf(variable: LocalVariable): Readonly<{ type: TokenType; reason: string }> {
    switch (variable.resolvedType) {
      case 'COLOR':
        return COLOR;
      case 'BOOLEAN':
        return BOOLEAN;
      case 'STRING':
        if (declaredType(variable) === 'fontFamily') return DECLARED_FONT_FAMILY;
        if (declaredType(variable) === 'string') return DECLARED_STRING;
        return (variable.scopes ?? []).includes('FONT_FAMILY') ||
          /font[-\s/]?family|typeface/i.test(variable.name)
          ? FONT_FAMILY
          : STRING;
      case 'FLOAT':
        return inferFloat(variable);
    }
  };
}
