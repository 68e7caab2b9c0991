/**
 * One variable's Figma values → token values per mode: literals, aliases, composed colours,
 * values copied in from library or deleted variables, and values filled in for modes Figma left
 * empty. Every value that cannot be kept is named in a warning.
 */
import type { LocalVariable, RGBA, VariableAlias } from '@figma/rest-api-spec';
import type {
  ComposedColor,
  ConversionWarning,
  ModelCollection,
  ModelMode,
  TokenValue,
} from '../model.ts';
import { colorValue } from '../color.ts';
import { isAlias, isComposedColor } from '../writeback/figma-values.ts';
import { isExported, isLibraryVariable, variableById } from './context.ts';
import type { ConvertContext } from './context.ts';
import { getOwn } from '../import/errors.ts';

export interface ValueSite {
  variable: LocalVariable;
  collection: ModelCollection;
  mode: ModelMode;
}

/** Composed colours whose resolved colour is computed once every token exists. */
export interface PendingComposed {
  tokenId: string;
  modeId: string;
}

function warn(
  context: ConvertContext,
  site: ValueSite,
  code: ConversionWarning['code'],
  message: string,
) {
  context.warnings.push({
    code,
    message,
    variableId: site.variable.id,
    variableName: site.variable.name,
    collectionName: site.collection.name,
    modeName: site.mode.name,
  });
}

function isRgba(value: unknown): value is RGBA {
  if (typeof value !== 'object' || value === null) return false;
  const { r, g, b } = value as Record<string, unknown>;
  return typeof r === 'number' && typeof g === 'number' && typeof b === 'number';
}

function literalOf(
  resolvedType: LocalVariable['resolvedType'],
  value: unknown,
): TokenValue | undefined {
  switch (resolvedType) {
    case 'COLOR':
      return isRgba(value) ? { kind: 'literal', value: colorValue(value) } : undefined;
    case 'FLOAT':
      return typeof value === 'number' && Number.isFinite(value)
        ? { kind: 'literal', value }
        : undefined;
    case 'STRING':
      return typeof value === 'string' ? { kind: 'literal', value } : undefined;
    case 'BOOLEAN':
      return typeof value === 'boolean' ? { kind: 'literal', value } : undefined;
  }
}

/** The target's value for the consumer's mode: same-named mode, else its default mode. */
function valueForModeName(context: ConvertContext, target: LocalVariable, modeName: string) {
  const collection = context.inputCollections[target.variableCollectionId];
  const wanted = modeName.toLowerCase();
  const modeId =
    collection?.modes.find((mode) => mode.name.toLowerCase() === wanted)?.modeId ??
    collection?.defaultModeId;
  const values = target.valuesByMode ?? {};
  return (modeId !== undefined ? values[modeId] : undefined) ?? Object.values(values)[0];
}

/**
 * A target that is not exported (library, deleted, collection missing): follow it to the first
 * exported variable (kept as an alias) or to a literal (copied in).
 */
function inlineFrom(
  context: ConvertContext,
  target: LocalVariable,
  modeName: string,
  seen = new Set<string>(),
): TokenValue | undefined {
  seen.add(target.id);
  const value = valueForModeName(context, target, modeName);
  if (value === undefined) return undefined;
  if (isAlias(value)) {
    const next = variableById(context, value.id);
    if (!next || seen.has(next.id) || next.resolvedType !== target.resolvedType) return undefined;
    return isExported(context, next)
      ? { kind: 'alias', targetId: next.id }
      : inlineFrom(context, next, modeName, seen);
  }
  if (isComposedColor(value)) {
    const flat = composedLiteral(context, value, modeName, 0);
    return flat ? { kind: 'literal', value: colorValue(flat) } : undefined;
  }
  return literalOf(target.resolvedType, value);
}

/** A value followed through the input to a plain literal, whatever is exported. */
function inputLiteral(context: ConvertContext, value: unknown, modeName: string, depth: number) {
  let node = value;
  for (let hops = depth; isAlias(node) && hops < 64; hops++) {
    const next = variableById(context, node.id);
    node = next ? valueForModeName(context, next, modeName) : undefined;
  }
  if (isAlias(node)) return undefined;
  if (!isComposedColor(node)) return node;
  const inlined = depth < 64 ? composedLiteral(context, node, modeName, depth + 1) : undefined;
  return inlined;
}

function composedLiteral(
  context: ConvertContext,
  value: { color: unknown; opacity: unknown },
  modeName: string,
  depth: number,
): RGBA | undefined {
  const color = inputLiteral(context, value.color, modeName, depth);
  const opacity = inputLiteral(context, value.opacity, modeName, depth);
  if (!isRgba(color) || typeof opacity !== 'number') return undefined;
  return { ...color, a: (color.a ?? 1) * Math.min(1, Math.max(0, opacity)) };
}

function aliasValue(
  context: ConvertContext,
  site: ValueSite,
  alias: VariableAlias,
  resolvedType: LocalVariable['resolvedType'],
): TokenValue | undefined {
  const { variable, mode } = site;
  const target = variableById(context, alias.id);
  if (!target) {
    warn(
      context,
      site,
      'missing-alias-target',
      `“${variable.name}” (${mode.name}) aliases a variable that is not in this file (${alias.id}); that mode is left out.`,
    );
    return undefined;
  }
  if (target.resolvedType !== resolvedType) {
    warn(
      context,
      site,
      'type-mismatch',
      `“${variable.name}” (${mode.name}) aliases “${target.name}” of another type; that mode is left out.`,
    );
    return undefined;
  }
  if (isExported(context, target)) return { kind: 'alias', targetId: target.id };
  return inlinedAlias(context, site, target);
}

function inlinedAlias(
  context: ConvertContext,
  site: ValueSite,
  target: LocalVariable,
): TokenValue | undefined {
  const { variable, mode } = site;
  const library = isLibraryVariable(context, target);
  if (library && context.options.libraryVariables === 'skip') {
    warn(
      context,
      site,
      'remote-alias-missing',
      `“${variable.name}” (${mode.name}) aliases library variable “${target.name}”; library variables are skipped, so that mode is left out.`,
    );
    return undefined;
  }
  const inlined = inlineFrom(context, target, mode.name);
  if (!inlined) {
    warn(
      context,
      site,
      'remote-alias-missing',
      `“${variable.name}” (${mode.name}) aliases “${target.name}”, which is not exported and whose value is unavailable; that mode is left out.`,
    );
    return undefined;
  }
  const why = library
    ? `library variable “${target.name}”`
    : target.deletedButReferenced
      ? `“${target.name}” (deleted in Figma but still referenced)`
      : `“${target.name}” from a collection missing from the response`;
  warn(
    context,
    site,
    'remote-alias-resolved',
    `“${variable.name}” (${mode.name}) aliases ${why}; its value was copied in.`,
  );
  return library
    ? {
        ...inlined,
        libraryAlias: {
          variableId: target.id,
          ...(target.key ? { variableKey: target.key } : {}),
          name: target.name,
        },
      }
    : inlined;
}

const PLACEHOLDER = colorValue({ r: 0, g: 0, b: 0, a: 0 });

function composedValue(
  context: ConvertContext,
  site: ValueSite,
  raw: { color: unknown; opacity: unknown },
  pending: PendingComposed[],
): TokenValue | undefined {
  const color: ComposedColor['color'] | undefined = isAlias(raw.color)
    ? (aliasValue(context, site, raw.color, 'COLOR') as ComposedColor['color'] | undefined)
    : isRgba(raw.color)
      ? { kind: 'literal', value: colorValue(raw.color) }
      : undefined;
  const opacity: ComposedColor['opacity'] | undefined = isAlias(raw.opacity)
    ? (aliasValue(context, site, raw.opacity, 'FLOAT') as ComposedColor['opacity'] | undefined)
    : typeof raw.opacity === 'number' && Number.isFinite(raw.opacity)
      ? { kind: 'literal', value: raw.opacity }
      : undefined;
  if (!color || !opacity) return undefined;
  pending.push({ tokenId: site.variable.id, modeId: site.mode.id });
  return { kind: 'literal', value: PLACEHOLDER, composed: { color, opacity } };
}

function readValue(
  context: ConvertContext,
  site: ValueSite,
  raw: unknown,
  pending: PendingComposed[],
): TokenValue | undefined {
  const { variable, mode } = site;
  if (isAlias(raw)) return aliasValue(context, site, raw, variable.resolvedType);
  if (variable.resolvedType === 'COLOR' && isComposedColor(raw)) {
    const composed = composedValue(context, site, raw, pending);
    if (composed) return composed;
    warn(
      context,
      site,
      'unsupported-value',
      `“${variable.name}” (${mode.name}) is a composed colour whose colour or opacity cannot be read; that mode is left out.`,
    );
    return undefined;
  }
  const literal = literalOf(variable.resolvedType, raw);
  if (!literal)
    warn(
      context,
      site,
      'unsupported-value',
      `“${variable.name}” (${mode.name}) has a value Tokenport cannot read; that mode is left out.`,
    );
  return literal;
}

/**
 * Values kept under a mode id the collection does not list (a mode deleted in Figma, or an edited
 * file): no output has a place for them, so they are named rather than dropped without a word.
 */
function warnUnknownModes(
  context: ConvertContext,
  variable: LocalVariable,
  collection: ModelCollection,
  byMode: Record<string, unknown>,
) {
  const unknown: string[] = [];
  for (const modeId in byMode) {
    if (!Object.hasOwn(byMode, modeId)) continue;
    if (!collection.modes.some((mode) => mode.id === modeId)) unknown.push(modeId);
  }
  if (unknown.length === 0) return;
  const ids = unknown.map((id) => `“${id}”`).join(', ');
  context.warnings.push({
    code: 'unsupported-value',
    message: `“${variable.name}” holds ${unknown.length === 1 ? 'a value' : `${unknown.length} values`} for mode ${ids}, which “${collection.name}” does not have; ${unknown.length === 1 ? 'it is' : 'they are'} left out.`,
    variableId: variable.id,
    variableName: variable.name,
    collectionName: collection.name,
  });
}

export function modeValues(
  context: ConvertContext,
  variable: LocalVariable,
  collection: ModelCollection,
  pending: PendingComposed[],
): Record<string, TokenValue> {
  const values: Record<string, TokenValue> = {};
  const byMode = variable.valuesByMode ?? {};
  warnUnknownModes(context, variable, collection, byMode);
  let noDefault: ValueSite | undefined;
  const neither: ValueSite[] = [];
  for (const mode of collection.modes) {
    const site: ValueSite = { variable, collection, mode };
    let raw: unknown = getOwn(byMode, mode.id);
    const filled = raw === undefined;
    if (filled && mode.id === collection.defaultModeId) noDefault = site;
    else if (filled) {
      raw = getOwn(byMode, collection.defaultModeId);
      if (raw === undefined) neither.push(site);
      else
        warn(
          context,
          site,
          'missing-mode-value',
          `“${variable.name}” has no value for mode “${mode.name}”; the default mode’s value is used (and marked as filled in the DTCG export).`,
        );
    }
    if (raw === undefined) continue;
    const value = readValue(context, site, raw, pending);
    if (!value) continue;
    values[mode.id] = filled ? { ...value, filled: true } : value;
  }
  const kept = Object.keys(values).length > 0;
  // Kept, the token has a base value (see default-mode.ts) that outputs with a base fall back to.
  for (const site of neither)
    warn(
      context,
      site,
      'missing-mode-value',
      kept
        ? `“${variable.name}” has no value for mode “${site.mode.name}” nor for the default mode: CSS, SCSS, Tailwind and Android take their base value there; the other outputs leave that mode out.`
        : `“${variable.name}” has no value for mode “${site.mode.name}” nor for the default mode; that mode is left out.`,
    );
  // With a value in another mode, default-mode.ts names the gap once, with what each output does.
  if (noDefault && !kept)
    warn(
      context,
      noDefault,
      'missing-mode-value',
      `“${variable.name}” has no value for mode “${noDefault.mode.name}”; that mode is left out.`,
    );
  return values;
}
