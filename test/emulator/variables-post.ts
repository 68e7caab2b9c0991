/**
 * POST /v1/files/:key/variables with Figma's rules: changes apply in order (collections, modes,
 * variables, values), temp ids map to real ids, and any violation rejects the whole request —
 * nothing is saved (the caller only stores `next` when this returns). A collection's variables are
 * found through each variable's `variableCollectionId`: saved responses (Figma's own example
 * fixtures) may leave a collection's `variableIds` out.
 */
import type {
  LocalVariable,
  LocalVariableCollection,
  RGBA,
  VariableAlias,
  VariableComposedColor,
} from '@figma/rest-api-spec';
import type { VariablesMeta } from '../fixtures/figma/design-system-variables';

export class VariablesValidationError extends Error {}

type Obj = Record<string, unknown>;
const fail = (message: string): never => {
  throw new VariablesValidationError(message);
};

const MAX_MODES = 40;
const MAX_VARIABLES = 5000;
const ILLEGAL_NAME = /[.{}]/;

function asArray(body: Obj, key: string): Obj[] {
  const value = body[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) return fail(`${key} must be an array`);
  return value.map((item, index) =>
    typeof item === 'object' && item !== null
      ? (item as Obj)
      : fail(`${key}[${index}] must be an object`),
  );
}

function str(item: Obj, key: string, where: string): string {
  const value = item[key];
  if (typeof value !== 'string' || value === '') return fail(`${where}: ${key} is required`);
  return value;
}

function membersOf(meta: VariablesMeta, collectionId: string): LocalVariable[] {
  return Object.values(meta.variables).filter((v) => v.variableCollectionId === collectionId);
}

function maxCounter(ids: string[]): number {
  let max = 0;
  for (const id of ids) {
    for (const part of id.match(/\d+/g) ?? []) max = Math.max(max, Number(part));
  }
  return max;
}

export function applyVariableChanges(current: VariablesMeta, rawBody: unknown) {
  if (typeof rawBody !== 'object' || rawBody === null || Array.isArray(rawBody))
    fail('Request body must be an object');
  const body = rawBody as Obj;
  const collectionsOps = asArray(body, 'variableCollections');
  const modeOps = asArray(body, 'variableModes');
  const variableOps = asArray(body, 'variables');
  const valueOps = asArray(body, 'variableModeValues');
  if (collectionsOps.length + modeOps.length + variableOps.length + valueOps.length === 0) {
    fail(
      'Request must include at least one of variableCollections, variableModes, variables or variableModeValues',
    );
  }

  const next = structuredClone(current) as VariablesMeta;
  const tempIdToRealId: Record<string, string> = {};
  let counter =
    maxCounter([...Object.keys(next.variables), ...Object.keys(next.variableCollections)]) + 1;
  const fresh = (prefix: string) => `${prefix}${counter}:${counter++}`;

  const realId = (id: string) => tempIdToRealId[id] ?? id;
  const claimTemp = (id: unknown, real: string, where: string) => {
    if (id === undefined) return;
    if (typeof id !== 'string' || id === '') fail(`${where}: id must be a string`);
    if (tempIdToRealId[id as string]) fail(`${where}: duplicate temporary id ${String(id)}`);
    tempIdToRealId[id as string] = real;
  };
  const collection = (id: string, where: string): LocalVariableCollection => {
    const found = next.variableCollections[realId(id)];
    if (!found) return fail(`${where}: variable collection ${id} not found`);
    if (found.remote) fail(`${where}: cannot modify remote variable collection ${id}`);
    return found;
  };
  const variable = (id: string, where: string): LocalVariable => {
    const found = next.variables[realId(id)];
    if (!found) return fail(`${where}: variable ${id} not found`);
    if (found.remote) fail(`${where}: cannot modify remote variable ${id}`);
    return found;
  };
  const defaultValue = (type: LocalVariable['resolvedType']) =>
    type === 'BOOLEAN'
      ? false
      : type === 'FLOAT'
        ? 0
        : type === 'STRING'
          ? ''
          : { r: 0, g: 0, b: 0, a: 1 };

  collectionsOps.forEach((op, index) => {
    const where = `variableCollections[${index}]`;
    if (op.action === 'CREATE') {
      const id = fresh('VariableCollectionId:');
      const modeId = `${counter}:0`;
      counter += 1;
      claimTemp(op.id, id, where);
      claimTemp(op.initialModeId, modeId, where);
      next.variableCollections[id] = {
        id,
        name: str(op, 'name', where),
        key: `key-${id.replace(/\W/g, '')}`,
        modes: [{ modeId, name: 'Mode 1' }],
        defaultModeId: modeId,
        remote: false,
        hiddenFromPublishing: op.hiddenFromPublishing === true,
        variableIds: [],
      };
    } else if (op.action === 'UPDATE') {
      const target = collection(str(op, 'id', where), where);
      if (op.name !== undefined) target.name = str(op, 'name', where);
      if (op.hiddenFromPublishing !== undefined)
        target.hiddenFromPublishing = op.hiddenFromPublishing === true;
    } else if (op.action === 'DELETE') {
      const target = collection(str(op, 'id', where), where);
      for (const member of membersOf(next, target.id)) delete next.variables[member.id];
      delete next.variableCollections[target.id];
    } else fail(`${where}: action must be CREATE, UPDATE or DELETE`);
  });

  modeOps.forEach((op, index) => {
    const where = `variableModes[${index}]`;
    const target = collection(str(op, 'variableCollectionId', where), where);
    if (op.action === 'CREATE') {
      const name = str(op, 'name', where);
      const modeId = `${counter}:${counter++}`;
      claimTemp(op.id, modeId, where);
      target.modes.push({ modeId, name });
      for (const v of membersOf(next, target.id))
        v.valuesByMode[modeId] = structuredClone(
          v.valuesByMode[target.defaultModeId] ?? defaultValue(v.resolvedType),
        );
    } else if (op.action === 'UPDATE') {
      const mode = target.modes.find((m) => m.modeId === realId(str(op, 'id', where)));
      if (!mode) fail(`${where}: mode ${String(op.id)} not found`);
      if (op.name !== undefined && mode) mode.name = str(op, 'name', where);
    } else if (op.action === 'DELETE') {
      const modeId = realId(str(op, 'id', where));
      if (target.modes.length === 1) fail(`${where}: cannot delete the only mode of a collection`);
      target.modes = target.modes.filter((m) => m.modeId !== modeId);
      if (target.defaultModeId === modeId) target.defaultModeId = target.modes[0]?.modeId ?? '';
      for (const v of membersOf(next, target.id)) delete v.valuesByMode[modeId];
    } else fail(`${where}: action must be CREATE, UPDATE or DELETE`);
  });

  variableOps.forEach((op, index) => {
    const where = `variables[${index}]`;
    if (op.action === 'CREATE') {
      const target = collection(str(op, 'variableCollectionId', where), where);
      const resolvedType = str(op, 'resolvedType', where) as LocalVariable['resolvedType'];
      if (!['BOOLEAN', 'FLOAT', 'STRING', 'COLOR'].includes(resolvedType))
        fail(`${where}: invalid resolvedType ${resolvedType}`);
      const id = fresh('VariableID:');
      claimTemp(op.id, id, where);
      next.variables[id] = {
        id,
        name: str(op, 'name', where),
        key: `key-${id.replace(/\W/g, '')}`,
        variableCollectionId: target.id,
        resolvedType,
        valuesByMode: Object.fromEntries(
          target.modes.map((mode) => [mode.modeId, defaultValue(resolvedType)]),
        ) as LocalVariable['valuesByMode'],
        remote: false,
        description: typeof op.description === 'string' ? op.description : '',
        hiddenFromPublishing: op.hiddenFromPublishing === true,
        scopes: Array.isArray(op.scopes) ? (op.scopes as LocalVariable['scopes']) : ['ALL_SCOPES'],
        codeSyntax: (op.codeSyntax as LocalVariable['codeSyntax']) ?? {},
      };
      target.variableIds?.push(id);
    } else if (op.action === 'UPDATE') {
      const target = variable(str(op, 'id', where), where);
      if (op.name !== undefined) target.name = str(op, 'name', where);
      if (typeof op.description === 'string') target.description = op.description;
      if (op.hiddenFromPublishing !== undefined)
        target.hiddenFromPublishing = op.hiddenFromPublishing === true;
      if (Array.isArray(op.scopes)) target.scopes = op.scopes as LocalVariable['scopes'];
      if (op.codeSyntax !== undefined)
        target.codeSyntax = op.codeSyntax as LocalVariable['codeSyntax'];
    } else if (op.action === 'DELETE') {
      const target = variable(str(op, 'id', where), where);
      delete next.variables[target.id];
      const owner = next.variableCollections[target.variableCollectionId];
      if (owner?.variableIds)
        owner.variableIds = owner.variableIds.filter((id) => id !== target.id);
    } else fail(`${where}: action must be CREATE, UPDATE or DELETE`);
  });

  valueOps.forEach((op, index) => {
    const where = `variableModeValues[${index}]`;
    const target = variable(str(op, 'variableId', where), where);
    const modeId = realId(str(op, 'modeId', where));
    const owner = next.variableCollections[target.variableCollectionId];
    if (!owner?.modes.some((mode) => mode.modeId === modeId))
      fail(`${where}: mode ${modeId} is not in the variable's collection`);
    target.valuesByMode[modeId] = checkValue(
      op.value,
      target,
      where,
      (id) => next.variables[realId(id)],
    );
  });

  checkFinalState(next);
  return { next, tempIdToRealId };
}

/** The limits and naming rules Figma checks on the file as the request leaves it. */
function checkFinalState(next: VariablesMeta) {
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

function checkValue(
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
