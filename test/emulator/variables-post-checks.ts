/**
 * What Figma checks in a POST /v1/files/:key/variables: each value against its variable's type
 * (aliases, colours, composed colours) and the file as the request leaves it (limits, names,
 * alias cycles). Any failure rejects the whole request.
 */
import type {
  LocalVariable,
  RGBA,
  VariableAlias,
  VariableComposedColor,
} from '@figma/rest-api-spec';
import type { VariablesMeta } from '../fixtures/figma/design-system-variables';

export class VariablesValidationError extends Error {}

export type Obj = Record<string, unknown>;
export const fail = (message: string): never => {
  throw new VariablesValidationError(message);
};

const MAX_MODES = 40;
const MAX_VARIABLES = 5000;
const ILLEGAL_NAME = /[.{}]/;

export function membersOf(meta: VariablesMeta, collectionId: string): LocalVariable[] {
  return Object.values(meta.variables).filter((v) => v.variableCollectionId === collectionId);
}

/** The limits and naming rules Figma checks on the file as the request leaves it. */
export function checkFinalState(next: VariablesMeta) {
  for (const c of Object.values(next.variableCollections)) {
    if (c.modes.length > MAX_MODES)
      fail(`Collection ${c.name} exceeds the limit of ${MAX_MODES} modes`);
    for (const mode of c.modes)
      if (mode.name.length > 40) fail(`Mode name "${mode.name}" is longer than 40 characters`);
    // Deleted-but-referenced variables are kept only for their references, not among the live ones.
    const members = membersOf(next, c.id).filter((v) => v.deletedButReferenced !== true);
    if (members.length > MAX_VARIABLES)
      fail(`Collection ${c.name} exceeds the limit of ${MAX_VARIABLES} variables`);
    const names = new Set<string>();
    for (const v of members) {
      if (ILLEGAL_NAME.test(v.name))
        fail(`Variable name "${v.name}" cannot contain ".", "{" or "}"`);
      if (names.has(v.name)) fail(`Duplicate variable name "${v.name}" in collection ${c.name}`);
      names.add(v.name);
    }
  }
  const cycle = findAliasCycle(next);
  if (cycle) fail(`Alias cycle detected: ${cycle.join(' → ')}`);
}

const isAliasShape = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && (value as Obj).type === 'VARIABLE_ALIAS';

/** A `VARIABLE_ALIAS` to an existing variable of `type`, never `target` itself. */
function checkAlias(
  value: Obj,
  type: LocalVariable['resolvedType'],
  target: LocalVariable,
  where: string,
  lookup: (id: string) => LocalVariable | undefined,
): VariableAlias {
  const id = value.id;
  const aliased = typeof id === 'string' ? lookup(id) : undefined;
  if (!aliased) return fail(`${where}: alias target ${String(id)} not found`);
  if (aliased.id === target.id) fail(`${where}: a variable cannot alias itself`);
  if (aliased.resolvedType !== type)
    fail(`${where}: cannot alias a ${aliased.resolvedType} variable from a ${type} value`);
  return { type: 'VARIABLE_ALIAS', id: aliased.id };
}

function checkRgba(value: unknown, where: string): RGBA {
  const c = value as Obj | null;
  const channels = ['r', 'g', 'b'].map((k) => c?.[k]);
  const alpha = c?.a ?? 1;
  const valid = [...channels, alpha].every((n) => typeof n === 'number' && n >= 0 && n <= 1);
  if (!valid) return fail(`${where}: expected a colour with r, g, b (and a) between 0 and 1`);
  return {
    r: channels[0] as number,
    g: channels[1] as number,
    b: channels[2] as number,
    a: alpha as number,
  };
}

/**
 * `VariableComposedColor` as the spec types it: `{ color: RGB | RGBA, opacity: VariableAlias }` or
 * `{ color: VariableAlias, opacity: number | VariableAlias }` — at least one part is a variable.
 * Opacities are 0–1, as in Figma's plugin API.
 */
function checkComposed(
  value: Obj,
  target: LocalVariable,
  where: string,
  lookup: (id: string) => LocalVariable | undefined,
): VariableComposedColor {
  if (!isAliasShape(value.color) && !isAliasShape(value.opacity))
    fail(`${where}: a composed colour needs a variable for its colour or its opacity`);
  const color = isAliasShape(value.color)
    ? checkAlias(value.color, 'COLOR', target, `${where}.color`, lookup)
    : checkRgba(value.color, `${where}.color`);
  const { opacity } = value;
  if (isAliasShape(opacity))
    return {
      color,
      opacity: checkAlias(opacity, 'FLOAT', target, `${where}.opacity`, lookup),
    } as VariableComposedColor;
  if (typeof opacity !== 'number' || !(opacity >= 0 && opacity <= 1))
    return fail(`${where}.opacity: expected a number between 0 and 1 or a FLOAT variable alias`);
  return { color: color as VariableAlias, opacity };
}

export function checkValue(
  value: unknown,
  target: LocalVariable,
  where: string,
  lookup: (id: string) => LocalVariable | undefined,
): LocalVariable['valuesByMode'][string] {
  if (isAliasShape(value)) return checkAlias(value, target.resolvedType, target, where, lookup);
  switch (target.resolvedType) {
    case 'BOOLEAN':
      return typeof value === 'boolean' ? value : fail(`${where}: expected a boolean`);
    case 'FLOAT':
      return typeof value === 'number' && Number.isFinite(value)
        ? value
        : fail(`${where}: expected a number`);
    case 'STRING':
      return typeof value === 'string' ? value : fail(`${where}: expected a string`);
    case 'COLOR':
      return typeof value === 'object' && value !== null && 'color' in value && 'opacity' in value
        ? checkComposed(value as Obj, target, where, lookup)
        : checkRgba(value, where);
    default:
      return fail(`${where}: unknown variable type`);
  }
}

/** The variables a value refers to: an alias, or the linked parts of a composed colour. */
function referencedIds(value: unknown): string[] {
  if (isAliasShape(value)) return [String(value.id)];
  if (typeof value !== 'object' || value === null) return [];
  const { color, opacity } = value as Obj;
  return [color, opacity].filter(isAliasShape).map((part) => String(part.id));
}

function findAliasCycle(meta: VariablesMeta): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'visiting')
      return [...stack.slice(stack.indexOf(id)), id].map((v) => meta.variables[v]?.name ?? v);
    state.set(id, 'visiting');
    stack.push(id);
    for (const value of Object.values(meta.variables[id]?.valuesByMode ?? {})) {
      for (const next of referencedIds(value)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of Object.keys(meta.variables)) {
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}
