/**
 * Variables of Figma's native export: one per variable id, a value per mode file. Aliases come
 * back from `com.figma.aliasData` (Figma exports them resolved); values are checked against the
 * DTCG 2025.10 rules before conversion, so a bad value is an error, never quietly clamped.
 */
import type { LocalVariable, VariableCodeSyntax, VariableScope } from '@figma/rest-api-spec';
import { dtcgLiteralToFigma, resolvedTypeForDtcgType } from '../dtcg/read-values.ts';
import type { FigmaLiteral, FigmaResolvedType } from '../dtcg/read-values.ts';
import { hex6 } from '../color.ts';
import { isAlias } from '../writeback/figma-values.ts';
import { curlyReferenceTarget } from '../dtcg/reference.ts';
import { isLegacyHexColor } from '../dtcg/validate-color.ts';
import { isKnownType, valueProblem } from '../dtcg/validate-value.ts';
import type { FigmaVariablesInput } from '../model.ts';
import { childPath, getOwn, isRecord, setOwn, TokenInputError } from './errors.ts';
import type { ImportWarning, InputProblem } from './errors.ts';
import type { ExportCollection } from './figma-export-collections.ts';
import { flatExtension } from './figma-export-files.ts';
import type { ExportFile, ExportToken } from './figma-export-files.ts';

/** Where alias targets are looked up: ids, "<collection>\0<name>", and per-collection paths. */
export interface AliasIndex {
  ids: ReadonlySet<string>;
  byName: ReadonlyMap<string, string>;
  byPath: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The imported collections' names, lower-cased. */
  collectionNames: ReadonlySet<string>;
}

export function aliasIndex(collections: readonly ExportCollection[]): AliasIndex {
  const ids = new Set<string>();
  const byName = new Map<string, string>();
  const byPath = new Map<string, Map<string, string>>();
  for (const { collection, files } of collections) {
    const paths = new Map<string, string>();
    for (const token of files.flatMap((f) => f.tokens)) {
      ids.add(token.id);
      byName.set(`${collection.name}\u0000${token.name}`, token.id);
      paths.set(token.raw.path.join('.'), token.id);
    }
    byPath.set(collection.id, paths);
  }
  const collectionNames = new Set(
    collections.map(({ collection }) => collection.name.toLowerCase()),
  );
  return { ids, byName, byPath, collectionNames };
}

function aliasTarget(
  token: ExportToken,
  collection: ExportCollection['collection'],
  index: AliasIndex,
): string | undefined {
  const data = token.aliasData;
  if (data?.targetVariableId && index.ids.has(data.targetVariableId)) return data.targetVariableId;
  if (data?.targetVariableName) {
    const setName = data.targetVariableSetName ?? collection.name;
    const byName = index.byName.get(`${setName}\u0000${data.targetVariableName}`);
    if (byName) return byName;
  }
  // Some exports write aliases as DTCG references: the token's own collection first, else the
  // one other collection holding that path.
  const curly = curlyReferenceTarget(token.raw.node.$value)?.trim();
  if (curly === undefined) return undefined;
  const own = index.byPath.get(collection.id)?.get(curly);
  if (own) return own;
  const elsewhere = [...index.byPath.values()].flatMap((paths) => paths.get(curly) ?? []);
  return elsewhere.length === 1 ? elsewhere[0] : undefined;
}

function newVariable(
  token: ExportToken,
  collectionId: string,
  resolvedType: FigmaResolvedType,
): LocalVariable {
  const node = token.raw.node;
  const scopes = flatExtension(node, 'com.figma.scopes');
  const codeSyntax = flatExtension(node, 'com.figma.codeSyntax');
  return {
    id: token.id,
    name: token.name,
    key: '',
    variableCollectionId: collectionId,
    resolvedType,
    valuesByMode: {},
    remote: false,
    description: typeof node.$description === 'string' ? node.$description : '',
    hiddenFromPublishing: flatExtension(node, 'com.figma.hiddenFromPublishing') === true,
    scopes: Array.isArray(scopes)
      ? (scopes.filter((s) => typeof s === 'string') as VariableScope[])
      : ['ALL_SCOPES'],
    codeSyntax: isRecord(codeSyntax) ? (codeSyntax as VariableCodeSyntax) : {},
  };
}

/** The value's problem against its DTCG type, worded with the rule; undefined when it is valid. */
function literalProblem(type: string | undefined, value: unknown): string | undefined {
  if (type === undefined || !isKnownType(type)) return undefined;
  if (type === 'color' && isLegacyHexColor(value)) return undefined;
  const problem = valueProblem(type, value, {
    resolve: () => ({ problem: 'references inside a value are not part of Figma exports' }),
  });
  return problem && `${problem} (rule: ${type})`;
}

function warnResolvedAlias(
  token: ExportToken,
  exportFile: ExportFile,
  index: AliasIndex,
  warnings: ImportWarning[],
) {
  const data = token.aliasData!;
  const target = data.targetVariableName ?? data.targetVariableId ?? 'unknown';
  const setName = data.targetVariableSetName;
  const set = setName ? ` in "${setName}"` : '';
  const imported = setName !== undefined && index.collectionNames.has(setName.toLowerCase());
  warnings.push({
    code: 'alias-target-missing',
    // Figma's export names a collection only through its files' folder or file name: a renamed
    // file is the likelier cause when the collection was in fact exported.
    message: imported
      ? `aliases "${target}"${set}, which "${setName}" as imported does not hold; kept its resolved value (export "${setName}" again if the variable was added or renamed since)`
      : `aliases "${target}"${set}, which is not in the imported files; kept its resolved value (to keep the alias, import that collection too${setName ? `, in a folder or file named "${setName}"` : ''})`,
    file: exportFile.file.name,
    jsonPath: token.raw.jsonPath,
    variable: token.name,
  });
}

/** An alias found by its target's name, beside the value Figma exported for it. */
interface LinkedByName {
  variable: LocalVariable;
  modeId: string;
  modeName: string;
  targetId: string;
  exported: FigmaLiteral;
  where: { file: string; jsonPath: string; variable: string };
}

interface ReadContext {
  input: FigmaVariablesInput;
  index: AliasIndex;
  warnings: ImportWarning[];
  problems: InputProblem[];
  linked: LinkedByName[];
}

/** Sets one token's value for one mode, creating its variable on first sight. */
function readTokenValue(
  token: ExportToken,
  exportFile: ExportFile,
  modeId: string,
  owner: ExportCollection,
  context: ReadContext,
): void {
  const { raw } = token;
  const { input, warnings } = context;
  const { name } = token;
  const type = typeof raw.node.$type === 'string' ? raw.node.$type : raw.inheritedType;
  const figmaType = flatExtension(raw.node, 'com.figma.type');
  const value = raw.node.$value;
  let variable = getOwn(input.variables, token.id);
  const resolvedType =
    variable?.resolvedType ??
    resolvedTypeForDtcgType(typeof figmaType === 'string' ? figmaType : type, value);
  const where = { file: exportFile.file.name, jsonPath: raw.jsonPath, variable: name };
  if (!resolvedType) {
    warnings.push({
      code: 'unsupported-type',
      message: `type "${String(type)}" has no Figma variable type; skipped`,
      ...where,
    });
    return;
  }
  if (!variable) {
    variable = newVariable(token, owner.collection.id, resolvedType);
    setOwn(input.variables, token.id, variable);
    owner.collection.variableIds.push(token.id);
  }
  const target = aliasTarget(token, owner.collection, context.index);
  if (target) {
    setOwn(variable.valuesByMode, modeId, { type: 'VARIABLE_ALIAS', id: target });
    const byId = token.aliasData?.targetVariableId === target;
    // Linked by name: the value Figma exported is checked once every target's value is read.
    if (token.aliasData && !byId && literalProblem(type, value) === undefined) {
      const exported = dtcgLiteralToFigma(type, value, resolvedType, () => {});
      if (exported !== undefined)
        context.linked.push({
          variable,
          modeId,
          modeName: exportFile.modeName,
          targetId: target,
          exported,
          where: { ...where, jsonPath: childPath(raw.jsonPath, '$value') },
        });
    }
    return;
  }
  if (token.aliasData) warnResolvedAlias(token, exportFile, context.index, warnings);
  const valuePath = childPath(raw.jsonPath, '$value');
  const reference = curlyReferenceTarget(value);
  if (reference !== undefined && type !== 'string') {
    // A reference, not a malformed value: naming the value's type rule would send the user to
    // the wrong fix.
    context.problems.push({
      file: exportFile.file.name,
      jsonPath: valuePath,
      detail: `unknown alias target {${reference.trim()}}: no token in the imported files has that path, or several collections do`,
    });
    return;
  }
  const problem = literalProblem(type, value);
  if (problem) {
    context.problems.push({ file: exportFile.file.name, jsonPath: valuePath, detail: problem });
    return;
  }
  const literal = dtcgLiteralToFigma(type, value, resolvedType, (problem) =>
    warnings.push({ code: problem.code, message: problem.message, ...where, jsonPath: valuePath }),
  );
  if (literal !== undefined) setOwn(variable.valuesByMode, modeId, literal);
}

/**
 * A variable with no value in any mode is dropped, loudly. A mode without one stays empty, as in
 * a REST response: the conversion fills it (from the default mode, or where that is the one
 * missing, from another) and says so, and the DTCG export marks the filled value, so a write-back
 * does not send it as an edit.
 */
function dropVariablesWithoutValues(
  owner: ExportCollection,
  input: FigmaVariablesInput,
  warnings: ImportWarning[],
): void {
  const { collection } = owner;
  for (const variableId of collection.variableIds) {
    const variable = getOwn(input.variables, variableId)!;
    if (Object.keys(variable.valuesByMode).length === 0) {
      warnings.push({
        code: 'no-values',
        message: 'no usable value in any mode; skipped',
        variable: variable.name,
      });
      delete (input.variables as Record<string, LocalVariable>)[variableId];
      continue;
    }
  }
  collection.variableIds = collection.variableIds.filter(
    (id) => getOwn(input.variables, id) !== undefined,
  );
}

/**
 * One variable id on tokens of different names (hand-copied tokens keep their id; baloise's export
 * has 11 such pairs) would make them one variable, each mode's value taken from whichever came
 * last. Such tokens are told apart by their names instead, and the id is named in a warning.
 */
function separateSharedIds(collections: readonly ExportCollection[], warnings: ImportWarning[]) {
  // Across every collection: a copied token may sit in another collection than its original.
  const holders = new Map<string, Set<string>>();
  const holder = (collection: { name: string }, name: string) =>
    collections.length > 1 ? `${collection.name}: ${name}` : name;
  for (const { collection, files } of collections)
    for (const token of files.flatMap((exportFile) => exportFile.tokens)) {
      const set = holders.get(token.id) ?? new Set<string>();
      set.add(holder(collection, token.name));
      holders.set(token.id, set);
    }
  const warned = new Set<string>();
  for (const { collection, files } of collections) {
    for (const exportFile of files) {
      for (const token of exportFile.tokens) {
        const names = holders.get(token.id)!;
        if (names.size < 2) continue;
        const name = token.name;
        const separate = `figma-export:${collection.name}:${name}`;
        const id = token.id;
        token.id = separate;
        if (warned.has(separate)) continue;
        warned.add(separate);
        warnings.push({
          code: 'duplicate-variable-id',
          message: `variable id ${id} is on ${names.size} tokens (${[...names].map((n) => `"${n}"`).join(', ')}); each is read as its own variable, identified by its name`,
          file: exportFile.file.name,
          jsonPath: token.raw.jsonPath,
          variable: name,
        });
      }
    }
  }
}

/** A variable's value in the mode named `modeName` (or its only mode), aliases followed. */
function literalIn(
  input: FigmaVariablesInput,
  id: string,
  modeName: string,
): FigmaLiteral | undefined {
  for (let hops = 0, current = id; hops < 32; hops++) {
    const variable = getOwn(input.variables, current);
    const collection = variable && getOwn(input.variableCollections, variable.variableCollectionId);
    if (!variable || !collection) return undefined;
    const mode =
      collection.modes.length === 1
        ? collection.modes[0]
        : collection.modes.find((m) => m.name === modeName);
    const value = mode && getOwn(variable.valuesByMode, mode.modeId);
    if (!isAlias(value)) return value as FigmaLiteral | undefined;
    current = value.id;
  }
  return undefined;
}

const close = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;

function sameLiteral(a: FigmaLiteral, b: FigmaLiteral): boolean {
  if (typeof a === 'object' && typeof b === 'object') {
    // Exported colours carry hex's 8-bit rounding.
    const step = 0.6 / 255;
    return (
      close(a.r, b.r, step) &&
      close(a.g, b.g, step) &&
      close(a.b, b.b, step) &&
      close(a.a, b.a, 0.01)
    );
  }
  if (typeof a === 'number' && typeof b === 'number')
    return close(a, b, 1e-4 * Math.max(1, Math.abs(a)));
  return a === b;
}

const shown = (value: FigmaLiteral) =>
  typeof value === 'object'
    ? `${hex6(value.r, value.g, value.b)}${value.a < 1 ? ` at ${Math.round(value.a * 100)}%` : ''}`
    : JSON.stringify(value);

/**
 * Figma exports an alias resolved, naming its target. Found by name in the imported files (a
 * library collection exported from its own file), the target may hold another value than the
 * library did when this file was exported: an alias there would change the value unseen. Such a
 * value stays as exported, and the warning names both.
 */
function keepExportedWhereLinksDiffer(
  linked: readonly LinkedByName[],
  input: FigmaVariablesInput,
  warnings: ImportWarning[],
) {
  for (const link of linked) {
    const current = literalIn(input, link.targetId, link.modeName);
    if (current === undefined || sameLiteral(current, link.exported)) continue;
    setOwn(link.variable.valuesByMode, link.modeId, link.exported);
    const target = getOwn(input.variables, link.targetId)!;
    warnings.push({
      code: 'alias-value-differs',
      message: `aliases "${target.name}", which holds ${shown(current)} in the imported files, but Figma exported ${shown(link.exported)} (mode "${link.modeName}"); kept the exported value, not the alias (export both files again from Figma to link them)`,
      ...link.where,
    });
  }
}

export function readExportVariables(
  collections: readonly ExportCollection[],
  input: FigmaVariablesInput,
  warnings: ImportWarning[],
): void {
  separateSharedIds(collections, warnings);
  const problems: InputProblem[] = [];
  const context: ReadContext = {
    input,
    index: aliasIndex(collections),
    warnings,
    problems,
    linked: [],
  };
  for (const owner of collections) {
    owner.files.forEach((exportFile, fileIndex) => {
      for (const token of exportFile.tokens)
        readTokenValue(token, exportFile, owner.modeIds[fileIndex]!, owner, context);
    });
    dropVariablesWithoutValues(owner, input, warnings);
  }
  keepExportedWhereLinksDiffer(context.linked, input, warnings);
  // Every invalid value of every file at once, as for DTCG (see validate-tokens.ts).
  const [first, ...more] = problems;
  if (first) throw new TokenInputError(first.file, first.jsonPath, first.detail, more);
}
