/**
 * POST /v1/files/:key/variables with Figma's rules: changes apply in order (collections, modes,
 * variables, values), temp ids map to real ids, and any violation rejects the whole request —
 * nothing is saved (the caller only stores `next` when this returns). A collection's variables are
 * found through each variable's `variableCollectionId`: saved responses (Figma's own example
 * fixtures) may leave a collection's `variableIds` out.
 */
import type { LocalVariable, LocalVariableCollection } from '@figma/rest-api-spec';
import type { VariablesMeta } from '../fixtures/figma/design-system-variables';
import { checkFinalState, checkValue, fail, membersOf } from './variables-post-checks';
import type { Obj } from './variables-post-checks';

export { VariablesValidationError } from './variables-post-checks';

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

function maxCounter(ids: string[]): number {
  let max = 0;
  for (const id of ids) {
    for (const part of id.match(/\d+/g) ?? []) max = Math.max(max, Number(part));
  }
  return max;
}

const defaultValue = (type: LocalVariable['resolvedType']) =>
  type === 'BOOLEAN'
    ? false
    : type === 'FLOAT'
      ? 0
      : type === 'STRING'
        ? ''
        : { r: 0, g: 0, b: 0, a: 1 };

const badAction = (where: string) => fail(`${where}: action must be CREATE, UPDATE or DELETE`);

/** One request's changes applied to a copy of the file, with its temporary-id mapping. */
class VariablesChange {
  readonly next: VariablesMeta;
  readonly tempIdToRealId: Record<string, string> = {};
  private counter: number;

  constructor(current: VariablesMeta) {
    this.next = structuredClone(current) as VariablesMeta;
    const ids = [
      ...Object.keys(this.next.variables),
      ...Object.keys(this.next.variableCollections),
    ];
    this.counter = maxCounter(ids) + 1;
  }

  private fresh(prefix: string) {
    return `${prefix}${this.counter}:${this.counter++}`;
  }

  private realId(id: string) {
    return this.tempIdToRealId[id] ?? id;
  }

  private claimTemp(id: unknown, real: string, where: string) {
    if (id === undefined) return;
    if (typeof id !== 'string' || id === '') fail(`${where}: id must be a string`);
    if (this.tempIdToRealId[id as string]) fail(`${where}: duplicate temporary id ${String(id)}`);
    this.tempIdToRealId[id as string] = real;
  }

  private collection(id: string, where: string): LocalVariableCollection {
    const found = this.next.variableCollections[this.realId(id)];
    if (!found) return fail(`${where}: variable collection ${id} not found`);
    if (found.remote) fail(`${where}: cannot modify remote variable collection ${id}`);
    return found;
  }

  private variable(id: string, where: string): LocalVariable {
    const found = this.next.variables[this.realId(id)];
    if (!found) return fail(`${where}: variable ${id} not found`);
    if (found.remote) fail(`${where}: cannot modify remote variable ${id}`);
    return found;
  }

  collectionOp(op: Obj, where: string) {
    if (op.action === 'CREATE') {
      const id = this.fresh('VariableCollectionId:');
      const modeId = `${this.counter}:0`;
      this.counter += 1;
      this.claimTemp(op.id, id, where);
      this.claimTemp(op.initialModeId, modeId, where);
      this.next.variableCollections[id] = {
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
      const target = this.collection(str(op, 'id', where), where);
      if (op.name !== undefined) target.name = str(op, 'name', where);
      if (op.hiddenFromPublishing !== undefined)
        target.hiddenFromPublishing = op.hiddenFromPublishing === true;
    } else if (op.action === 'DELETE') {
      const target = this.collection(str(op, 'id', where), where);
      for (const member of membersOf(this.next, target.id)) delete this.next.variables[member.id];
      delete this.next.variableCollections[target.id];
    } else badAction(where);
  }

  modeOp(op: Obj, where: string) {
    // VariableModeDelete is only {action, id}: the mode's collection is found from the mode.
    if (op.action === 'DELETE') return this.deleteMode(op, where);
    const target = this.collection(str(op, 'variableCollectionId', where), where);
    if (op.action === 'CREATE') {
      const modeId = `${this.counter}:${this.counter++}`;
      this.claimTemp(op.id, modeId, where);
      target.modes.push({ modeId, name: str(op, 'name', where) });
      for (const v of membersOf(this.next, target.id))
        v.valuesByMode[modeId] = structuredClone(
          v.valuesByMode[target.defaultModeId] ?? defaultValue(v.resolvedType),
        );
    } else if (op.action === 'UPDATE') {
      const mode = target.modes.find((m) => m.modeId === this.realId(str(op, 'id', where)));
      if (!mode) return fail(`${where}: mode ${String(op.id)} not found`);
      if (op.name !== undefined) mode.name = str(op, 'name', where);
    } else badAction(where);
  }

  private deleteMode(op: Obj, where: string) {
    const modeId = this.realId(str(op, 'id', where));
    const owner = Object.values(this.next.variableCollections).find((c) =>
      c.modes.some((m) => m.modeId === modeId),
    );
    if (!owner) return fail(`${where}: mode ${modeId} not found`);
    const target = this.collection(owner.id, where);
    if (target.modes.length === 1) fail(`${where}: cannot delete the only mode of a collection`);
    target.modes = target.modes.filter((m) => m.modeId !== modeId);
    if (target.defaultModeId === modeId) target.defaultModeId = target.modes[0]?.modeId ?? '';
    for (const v of membersOf(this.next, target.id)) delete v.valuesByMode[modeId];
  }

  private createVariable(op: Obj, where: string) {
    const target = this.collection(str(op, 'variableCollectionId', where), where);
    const resolvedType = str(op, 'resolvedType', where) as LocalVariable['resolvedType'];
    if (!['BOOLEAN', 'FLOAT', 'STRING', 'COLOR'].includes(resolvedType))
      fail(`${where}: invalid resolvedType ${resolvedType}`);
    const id = this.fresh('VariableID:');
    this.claimTemp(op.id, id, where);
    this.next.variables[id] = {
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
  }

  variableOp(op: Obj, where: string) {
    if (op.action === 'CREATE') return this.createVariable(op, where);
    if (op.action === 'UPDATE') {
      const target = this.variable(str(op, 'id', where), where);
      if (op.name !== undefined) target.name = str(op, 'name', where);
      if (typeof op.description === 'string') target.description = op.description;
      if (op.hiddenFromPublishing !== undefined)
        target.hiddenFromPublishing = op.hiddenFromPublishing === true;
      if (Array.isArray(op.scopes)) target.scopes = op.scopes as LocalVariable['scopes'];
      if (op.codeSyntax !== undefined)
        target.codeSyntax = op.codeSyntax as LocalVariable['codeSyntax'];
    } else if (op.action === 'DELETE') {
      const target = this.variable(str(op, 'id', where), where);
      delete this.next.variables[target.id];
      const owner = this.next.variableCollections[target.variableCollectionId];
      if (owner?.variableIds)
        owner.variableIds = owner.variableIds.filter((id) => id !== target.id);
    } else badAction(where);
  }

  valueOp(op: Obj, where: string) {
    const target = this.variable(str(op, 'variableId', where), where);
    const modeId = this.realId(str(op, 'modeId', where));
    const owner = this.next.variableCollections[target.variableCollectionId];
    if (!owner?.modes.some((mode) => mode.modeId === modeId))
      fail(`${where}: mode ${modeId} is not in the variable's collection`);
    const lookup = (id: string) => this.next.variables[this.realId(id)];
    target.valuesByMode[modeId] = checkValue(op.value, target, where, lookup);
  }
}

export function applyVariableChanges(current: VariablesMeta, rawBody: unknown) {
  if (typeof rawBody !== 'object' || rawBody === null || Array.isArray(rawBody))
    fail('Request body must be an object');
  const body = rawBody as Obj;
  const ops = {
    variableCollections: asArray(body, 'variableCollections'),
    variableModes: asArray(body, 'variableModes'),
    variables: asArray(body, 'variables'),
    variableModeValues: asArray(body, 'variableModeValues'),
  };
  if (Object.values(ops).every((list) => list.length === 0)) {
    fail(
      'Request must include at least one of variableCollections, variableModes, variables or variableModeValues',
    );
  }
  const change = new VariablesChange(current);
  ops.variableCollections.forEach((op, i) => change.collectionOp(op, `variableCollections[${i}]`));
  ops.variableModes.forEach((op, i) => change.modeOp(op, `variableModes[${i}]`));
  ops.variables.forEach((op, i) => change.variableOp(op, `variables[${i}]`));
  ops.variableModeValues.forEach((op, i) => change.valueOp(op, `variableModeValues[${i}]`));
  checkFinalState(change.next);
  return { next: change.next, tempIdToRealId: change.tempIdToRealId };
}
