/**
 * Reads a saved `GET /v1/files/:key/variables/local` response: the whole `{status, error, meta}`
 * envelope or just its `meta`. Validates the parts the converter relies on and fills optional
 * metadata that hand-trimmed files often drop, so later stages can trust the shape.
 */
import type {
  LocalVariable,
  LocalVariableCollection,
  VariableCodeSyntax,
  VariableScope,
} from '@figma/rest-api-spec';
import type { FigmaVariablesInput } from '../model.ts';
import { isCodePlatform } from '../model.ts';
import { childPath, getOwn, isRecord, kindOf, setOwn, TokenInputError } from './errors.ts';
import type { ImportWarning } from './errors.ts';
import { isAlias } from '../writeback/figma-values.ts';

const RESOLVED_TYPES = new Set(['BOOLEAN', 'FLOAT', 'STRING', 'COLOR']);

/**
 * Figma's error replies: `{status, error: true, message}` (variables endpoints) or the older
 * `{status, err}`; saved to a file, they are the reason there are no variables.
 */
function figmaErrorOf(json: Record<string, unknown>): string | undefined {
  if (typeof json.status !== 'number') return undefined;
  if (json.error === true)
    return `${json.status}: ${typeof json.message === 'string' ? json.message : 'unknown error'}`;
  if (typeof json.err === 'string' && !('meta' in json)) return `${json.status}: ${json.err}`;
  return undefined;
}

/** True when the JSON looks like a variables response or its `meta`. */
export function looksLikeFigmaRest(json: unknown): boolean {
  if (!isRecord(json)) return false;
  // A saved error reply: recognised so that its message can be shown.
  if (figmaErrorOf(json) !== undefined) return true;
  const meta = isRecord(json.meta) ? json.meta : json;
  return isRecord(meta.variables) && isRecord(meta.variableCollections);
}

export function readFigmaRest(
  file: string,
  json: unknown,
  warnings: ImportWarning[],
): FigmaVariablesInput {
  if (!isRecord(json))
    throw new TokenInputError(file, '$', `expected an object, found ${kindOf(json)}`);
  const error = figmaErrorOf(json);
  if (error !== undefined)
    throw new TokenInputError(
      file,
      '$',
      `the saved response is a Figma error (${error}), not variables; save the response again once the request succeeds`,
    );
  let metaPath = '$';
  let meta: Record<string, unknown> = json;
  if ('meta' in json) {
    metaPath = '$.meta';
    if (!isRecord(json.meta)) {
      throw new TokenInputError(file, metaPath, `expected an object, found ${kindOf(json.meta)}`);
    }
    meta = json.meta;
  }
  const variablesPath = childPath(metaPath, 'variables');
  const collectionsPath = childPath(metaPath, 'variableCollections');
  if (!isRecord(meta.variables)) {
    throw new TokenInputError(
      file,
      variablesPath,
      `expected an object, found ${kindOf(meta.variables)}`,
    );
  }
  if (!isRecord(meta.variableCollections)) {
    throw new TokenInputError(
      file,
      collectionsPath,
      `expected an object, found ${kindOf(meta.variableCollections)}`,
    );
  }
  const input: FigmaVariablesInput = { variables: {}, variableCollections: {} };
  for (const [id, raw] of Object.entries(meta.variableCollections)) {
    const collection = readCollection(file, childPath(collectionsPath, id), id, raw);
    setOwn(input.variableCollections, collection.id, collection);
  }
  for (const [id, raw] of Object.entries(meta.variables)) {
    const variable = readVariable(file, childPath(variablesPath, id), id, raw);
    setOwn(input.variables, variable.id, variable);
  }
  for (const variable of Object.values(input.variables)) {
    const collection = getOwn(input.variableCollections, variable.variableCollectionId);
    if (!collection && !variable.remote) {
      warnings.push({
        code: 'missing-collection',
        message: `variable "${variable.name}" belongs to collection ${variable.variableCollectionId}, which is not in the file`,
        file,
        jsonPath: childPath(variablesPath, variable.id),
        variable: variable.id,
      });
    }
  }
  return input;
}

function expectString(file: string, path: string, value: unknown): string {
  if (typeof value !== 'string')
    throw new TokenInputError(file, path, `expected a string, found ${kindOf(value)}`);
  return value;
}

function optionalBoolean(file: string, path: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new TokenInputError(file, path, `expected a boolean, found ${kindOf(value)}`);
  return value;
}

function readCollection(
  file: string,
  path: string,
  id: string,
  raw: unknown,
): LocalVariableCollection {
  if (!isRecord(raw))
    throw new TokenInputError(file, path, `expected an object, found ${kindOf(raw)}`);
  const name = expectString(file, childPath(path, 'name'), raw.name);
  const modesPath = childPath(path, 'modes');
  if (!Array.isArray(raw.modes))
    throw new TokenInputError(file, modesPath, `expected an array, found ${kindOf(raw.modes)}`);
  const modes = raw.modes.map((mode: unknown, index) => {
    const modePath = childPath(modesPath, index);
    if (!isRecord(mode))
      throw new TokenInputError(file, modePath, `expected an object, found ${kindOf(mode)}`);
    const out: LocalVariableCollection['modes'][number] = {
      modeId: expectString(file, childPath(modePath, 'modeId'), mode.modeId),
      name: expectString(file, childPath(modePath, 'name'), mode.name),
    };
    if (typeof mode.parentModeId === 'string') out.parentModeId = mode.parentModeId;
    return out;
  });
  if (modes.length === 0) throw new TokenInputError(file, modesPath, 'expected at least one mode');
  const defaultModeId =
    raw.defaultModeId === undefined
      ? modes[0]!.modeId
      : expectString(file, childPath(path, 'defaultModeId'), raw.defaultModeId);
  if (!modes.some((mode) => mode.modeId === defaultModeId)) {
    throw new TokenInputError(
      file,
      childPath(path, 'defaultModeId'),
      `expected one of the collection's mode ids, found "${defaultModeId}"`,
    );
  }
  const variableIdsPath = childPath(path, 'variableIds');
  let variableIds: string[] = [];
  if (raw.variableIds !== undefined) {
    if (!Array.isArray(raw.variableIds)) {
      throw new TokenInputError(
        file,
        variableIdsPath,
        `expected an array, found ${kindOf(raw.variableIds)}`,
      );
    }
    variableIds = raw.variableIds.map((value: unknown, index) =>
      expectString(file, childPath(variableIdsPath, index), value),
    );
  }
  const collection: LocalVariableCollection = {
    id: typeof raw.id === 'string' ? raw.id : id,
    name,
    key: typeof raw.key === 'string' ? raw.key : '',
    modes,
    defaultModeId,
    remote: optionalBoolean(file, childPath(path, 'remote'), raw.remote, false),
    hiddenFromPublishing: optionalBoolean(
      file,
      childPath(path, 'hiddenFromPublishing'),
      raw.hiddenFromPublishing,
      false,
    ),
    variableIds,
  };
  for (const key of [
    'isExtension',
    'parentVariableCollectionId',
    'rootVariableCollectionId',
    'variableOverrides',
  ] as const) {
    if (raw[key] !== undefined) (collection as Record<string, unknown>)[key] = raw[key];
  }
  return collection;
}

function readVariable(file: string, path: string, id: string, raw: unknown): LocalVariable {
  if (!isRecord(raw))
    throw new TokenInputError(file, path, `expected an object, found ${kindOf(raw)}`);
  const resolvedType = expectString(file, childPath(path, 'resolvedType'), raw.resolvedType);
  if (!RESOLVED_TYPES.has(resolvedType)) {
    throw new TokenInputError(
      file,
      childPath(path, 'resolvedType'),
      `expected BOOLEAN, FLOAT, STRING or COLOR, found "${resolvedType}"`,
    );
  }
  const type = resolvedType as LocalVariable['resolvedType'];
  const valuesPath = childPath(path, 'valuesByMode');
  if (!isRecord(raw.valuesByMode)) {
    throw new TokenInputError(
      file,
      valuesPath,
      `expected an object, found ${kindOf(raw.valuesByMode)}`,
    );
  }
  const valuesByMode: LocalVariable['valuesByMode'] = {};
  for (const [modeId, value] of Object.entries(raw.valuesByMode)) {
    setOwn(valuesByMode, modeId, readValue(file, childPath(valuesPath, modeId), type, value));
  }
  const scopesPath = childPath(path, 'scopes');
  let scopes: VariableScope[] = [];
  if (raw.scopes !== undefined) {
    if (!Array.isArray(raw.scopes))
      throw new TokenInputError(file, scopesPath, `expected an array, found ${kindOf(raw.scopes)}`);
    scopes = raw.scopes.map(
      (scope: unknown, index) =>
        expectString(file, childPath(scopesPath, index), scope) as VariableScope,
    );
  }
  let codeSyntax: VariableCodeSyntax = {};
  if (raw.codeSyntax !== undefined) {
    if (!isRecord(raw.codeSyntax)) {
      throw new TokenInputError(
        file,
        childPath(path, 'codeSyntax'),
        `expected an object, found ${kindOf(raw.codeSyntax)}`,
      );
    }
    codeSyntax = {};
    // In the order Figma lists them, which the DTCG export keeps.
    for (const [platform, value] of Object.entries(raw.codeSyntax)) {
      if (isCodePlatform(platform))
        codeSyntax[platform] = expectString(
          file,
          childPath(childPath(path, 'codeSyntax'), platform),
          value,
        );
    }
  }
  const variable: LocalVariable = {
    id: typeof raw.id === 'string' ? raw.id : id,
    name: expectString(file, childPath(path, 'name'), raw.name),
    key: typeof raw.key === 'string' ? raw.key : '',
    variableCollectionId: expectString(
      file,
      childPath(path, 'variableCollectionId'),
      raw.variableCollectionId,
    ),
    resolvedType: type,
    valuesByMode,
    remote: optionalBoolean(file, childPath(path, 'remote'), raw.remote, false),
    description:
      raw.description === undefined
        ? ''
        : expectString(file, childPath(path, 'description'), raw.description),
    hiddenFromPublishing: optionalBoolean(
      file,
      childPath(path, 'hiddenFromPublishing'),
      raw.hiddenFromPublishing,
      false,
    ),
    scopes,
    codeSyntax,
  };
  if (raw.deletedButReferenced === true) variable.deletedButReferenced = true;
  return variable;
}

function readValue(
  file: string,
  path: string,
  type: LocalVariable['resolvedType'],
  value: unknown,
): LocalVariable['valuesByMode'][string] {
  if (isAlias(value)) {
    return { type: 'VARIABLE_ALIAS', id: expectString(file, childPath(path, 'id'), value.id) };
  }
  switch (type) {
    case 'BOOLEAN':
      if (typeof value !== 'boolean')
        throw new TokenInputError(
          file,
          path,
          `expected a boolean or an alias, found ${kindOf(value)}`,
        );
      return value;
    case 'FLOAT':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new TokenInputError(
          file,
          path,
          `expected a number or an alias, found ${kindOf(value)}`,
        );
      }
      return value;
    case 'STRING':
      if (typeof value !== 'string')
        throw new TokenInputError(
          file,
          path,
          `expected a string or an alias, found ${kindOf(value)}`,
        );
      return value;
    case 'COLOR':
      return readColor(file, path, value);
  }
}

function readColor(
  file: string,
  path: string,
  value: unknown,
): LocalVariable['valuesByMode'][string] {
  if (!isRecord(value)) {
    throw new TokenInputError(
      file,
      path,
      `expected an RGBA object {r, g, b, a} or an alias, found ${kindOf(value)}`,
    );
  }
  if ('color' in value && 'opacity' in value) {
    // VariableComposedColor: passed through as Figma sent it.
    return value as LocalVariable['valuesByMode'][string];
  }
  const out: Record<string, number> = {};
  for (const channel of ['r', 'g', 'b', 'a'] as const) {
    const component = channel === 'a' && value.a === undefined ? 1 : value[channel];
    if (
      typeof component !== 'number' ||
      !Number.isFinite(component) ||
      component < 0 ||
      component > 1
    ) {
      throw new TokenInputError(
        file,
        childPath(path, channel),
        `expected a number between 0 and 1, found ${kindOf(component)}${typeof component === 'number' ? ` ${component}` : ''}`,
      );
    }
    out[channel] = component;
  }
  return { r: out.r!, g: out.g!, b: out.b!, a: out.a! };
}
