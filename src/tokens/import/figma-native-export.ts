/**
 * Figma's own "Export modes" JSON (any plan): one DTCG-shaped file per collection and mode, the
 * mode name at `$extensions["com.figma.modeName"]`, ids and scopes on each token under flat
 * `com.figma.*` keys, and aliases exported resolved with `com.figma.aliasData` beside them. File
 * names repeat across collections, so collections are rebuilt from shared variable ids and named
 * from the alias data that points into them.
 */
import type {
  LocalVariable,
  LocalVariableCollection,
  VariableCodeSyntax,
  VariableScope,
} from '@figma/rest-api-spec';
import { walkTokenTree } from '../dtcg/read-tree.ts';
import type { RawToken } from '../dtcg/read-tree.ts';
import { dtcgLiteralToFigma, resolvedTypeForDtcgType } from '../dtcg/read-values.ts';
import type { FigmaResolvedType } from '../dtcg/read-values.ts';
import { childPath, getOwn, isRecord, setOwn } from './errors.ts';
import type { ImportWarning } from './errors.ts';
import type { FigmaVariablesInput } from './figma-input.ts';

export interface ParsedFile {
  name: string;
  json: unknown;
}

const MODE_NAME = 'com.figma.modeName';
const VARIABLE_ID = 'com.figma.variableId';

function flatExtension(node: Record<string, unknown>, key: string): unknown {
  return isRecord(node.$extensions) ? getOwn(node.$extensions, key) : undefined;
}

/** True for a document from Figma's native export (flat `com.figma.*` extension keys). */
export function looksLikeFigmaExport(json: unknown): boolean {
  if (!isRecord(json)) return false;
  if (typeof flatExtension(json, MODE_NAME) === 'string') return true;
  // Look a few levels down for a token carrying a flat variable id.
  const stack: { node: Record<string, unknown>; depth: number }[] = [{ node: json, depth: 0 }];
  let visited = 0;
  while (stack.length > 0 && visited < 2000) {
    const { node, depth } = stack.pop()!;
    visited++;
    if ('$value' in node) {
      if (typeof flatExtension(node, VARIABLE_ID) === 'string') return true;
      continue;
    }
    if (depth > 12) continue;
    for (const [key, child] of Object.entries(node)) {
      if (!key.startsWith('$') && isRecord(child)) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return false;
}

interface AliasData {
  targetVariableId?: string;
  targetVariableName?: string;
  targetVariableSetId?: string;
  targetVariableSetName?: string;
}

interface ExportToken {
  raw: RawToken;
  id: string;
  aliasData?: AliasData;
}

interface ExportFile {
  file: ParsedFile;
  modeName: string;
  tokens: ExportToken[];
  folder: string;
  stem: string;
}

function stemOf(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? name;
  return base.replace(/\.tokens\.json$|\.tokens$|\.json$/i, '') || base;
}

function folderOf(name: string): string {
  const parts = name.replace(/\\/g, '/').split('/');
  return parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '';
}

/** "semantic-light" with mode "Light" → "semantic"; undefined when only the mode is left. */
function nameFromStem(exportFile: ExportFile): string | undefined {
  const lower = exportFile.stem.toLowerCase();
  const mode = exportFile.modeName.toLowerCase();
  let rest = exportFile.stem;
  const at = lower.lastIndexOf(mode);
  if (mode !== '' && at !== -1)
    rest = exportFile.stem.slice(0, at) + exportFile.stem.slice(at + mode.length);
  rest = rest.replace(/^[\s._-]+|[\s._-]+$/g, '');
  return rest === '' ? undefined : rest;
}

function readAliasData(node: Record<string, unknown>): AliasData | undefined {
  const data = flatExtension(node, 'com.figma.aliasData');
  if (!isRecord(data)) return undefined;
  const out: AliasData = {};
  for (const key of [
    'targetVariableId',
    'targetVariableName',
    'targetVariableSetId',
    'targetVariableSetName',
  ] as const) {
    if (typeof data[key] === 'string') out[key] = data[key];
  }
  return out;
}

class UnionFind {
  private parent = new Map<number, number>();
  find(x: number): number {
    let root = x;
    while ((this.parent.get(root) ?? root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: number, b: number): void {
    this.parent.set(this.find(a), this.find(b));
  }
}

const SCOPES_BY_TYPE: Record<FigmaResolvedType, VariableScope[]> = {
  COLOR: ['ALL_SCOPES'],
  FLOAT: ['ALL_SCOPES'],
  STRING: ['ALL_SCOPES'],
  BOOLEAN: ['ALL_SCOPES'],
};

export function readFigmaExport(
  files: readonly ParsedFile[],
  warnings: ImportWarning[],
): FigmaVariablesInput {
  const exportFiles: ExportFile[] = files.map((file) => {
    const modeName = isRecord(file.json) ? flatExtension(file.json, MODE_NAME) : undefined;
    const stem = stemOf(file.name);
    if (typeof modeName !== 'string') {
      warnings.push({
        code: 'missing-mode-name',
        message: `no $extensions["${MODE_NAME}"]; used the file name "${stem}" as the mode name`,
        file: file.name,
        jsonPath: '$',
      });
    }
    const tokens = walkTokenTree(file.json, file.name, '$', warnings).map((raw) => {
      const id = flatExtension(raw.node, VARIABLE_ID);
      const token: ExportToken = {
        raw,
        id:
          typeof id === 'string' ? id : `figma-export:${folderOf(file.name)}:${raw.path.join('/')}`,
      };
      if (typeof id !== 'string') {
        warnings.push({
          code: 'missing-variable-id',
          message: `no "${VARIABLE_ID}"; identified by its path`,
          file: file.name,
          jsonPath: raw.jsonPath,
          variable: raw.path.join('/'),
        });
      }
      const aliasData = readAliasData(raw.node);
      if (aliasData) token.aliasData = aliasData;
      return token;
    });
    return {
      file,
      modeName: typeof modeName === 'string' ? modeName : stem,
      tokens,
      folder: folderOf(file.name),
      stem,
    };
  });

  // Files of one collection share their variable ids; group them.
  const groups = new UnionFind();
  const fileById = new Map<string, number>();
  exportFiles.forEach((exportFile, index) => {
    groups.find(index);
    for (const token of exportFile.tokens) {
      const other = fileById.get(token.id);
      if (other === undefined) fileById.set(token.id, index);
      else groups.union(index, other);
    }
  });
  const collectionsByRoot = new Map<number, ExportFile[]>();
  exportFiles.forEach((exportFile, index) => {
    const root = groups.find(index);
    collectionsByRoot.set(root, [...(collectionsByRoot.get(root) ?? []), exportFile]);
  });

  // Alias data names the collection (variable set) of each alias target.
  const setOfVariable = new Map<string, { id?: string; name?: string }>();
  for (const exportFile of exportFiles) {
    for (const token of exportFile.tokens) {
      const data = token.aliasData;
      if (data?.targetVariableId && (data.targetVariableSetId || data.targetVariableSetName)) {
        setOfVariable.set(data.targetVariableId, {
          ...(data.targetVariableSetId ? { id: data.targetVariableSetId } : {}),
          ...(data.targetVariableSetName ? { name: data.targetVariableSetName } : {}),
        });
      }
    }
  }

  const input: FigmaVariablesInput = { variables: {}, variableCollections: {} };
  const usedCollectionNames = new Set<string>();
  const pathIndex = new Map<string, Map<string, string>>(); // collection id → token path → variable id
  const pending: { collection: LocalVariableCollection; files: ExportFile[]; modeIds: string[] }[] =
    [];
  let unnamed = 0;
  for (const collectionFiles of collectionsByRoot.values()) {
    let set: { id?: string; name?: string } | undefined;
    for (const exportFile of collectionFiles) {
      for (const token of exportFile.tokens) set ??= setOfVariable.get(token.id);
    }
    const folders = new Set(collectionFiles.map((f) => f.folder));
    const folderIsOwn =
      folders.size === 1 &&
      [...folders][0] !== '' &&
      exportFiles.filter((f) => f.folder === [...folders][0]).length === collectionFiles.length;
    const stemNames = new Set(collectionFiles.map(nameFromStem));
    const stemName = stemNames.size === 1 ? [...stemNames][0] : undefined;
    let name = set?.name ?? (folderIsOwn ? [...folders][0]! : stemName);
    if (!name) {
      name = `Collection ${++unnamed}`;
      warnings.push({
        code: 'collection-name',
        message: `the collection of ${collectionFiles.map((f) => f.file.name).join(', ')} is not named in the export; called it "${name}"`,
        file: collectionFiles[0]!.file.name,
        jsonPath: '$',
      });
    }
    while (usedCollectionNames.has(name)) name = `${name} (2)`;
    usedCollectionNames.add(name);
    const id = set?.id ?? `figma-export:collection:${name}`;
    const modeIds: string[] = [];
    const modes: LocalVariableCollection['modes'] = [];
    for (const exportFile of collectionFiles) {
      if (modes.some((mode) => mode.name === exportFile.modeName)) {
        warnings.push({
          code: 'duplicate-mode',
          message: `mode "${exportFile.modeName}" appears in two files; the later file wins`,
          file: exportFile.file.name,
          jsonPath: '$',
        });
      }
      const modeId = `${id}/mode:${exportFile.modeName}`;
      modeIds.push(modeId);
      if (!modes.some((mode) => mode.modeId === modeId))
        modes.push({ modeId, name: exportFile.modeName });
    }
    const collection: LocalVariableCollection = {
      id,
      name,
      key: '',
      modes,
      defaultModeId: modes[0]!.modeId,
      remote: false,
      hiddenFromPublishing: false,
      variableIds: [],
    };
    setOwn(input.variableCollections, id, collection);
    const paths = new Map<string, string>();
    for (const exportFile of collectionFiles)
      for (const token of exportFile.tokens) paths.set(token.raw.path.join('.'), token.id);
    pathIndex.set(id, paths);
    pending.push({ collection, files: collectionFiles, modeIds });
  }

  const allIds = new Set(exportFiles.flatMap((f) => f.tokens.map((t) => t.id)));
  const idByName = new Map<string, string>(); // "<set name>\u0000<variable name>" → id
  for (const { collection, files: collectionFiles } of pending) {
    for (const exportFile of collectionFiles) {
      for (const token of exportFile.tokens)
        idByName.set(`${collection.name}\u0000${token.raw.path.join('/')}`, token.id);
    }
  }

  for (const { collection, files: collectionFiles, modeIds } of pending) {
    collectionFiles.forEach((exportFile, fileIndex) => {
      const modeId = modeIds[fileIndex]!;
      for (const token of exportFile.tokens) {
        const { raw } = token;
        const name = raw.path.join('/');
        const type = typeof raw.node.$type === 'string' ? raw.node.$type : raw.inheritedType;
        const figmaType = flatExtension(raw.node, 'com.figma.type');
        const value = raw.node.$value;
        let variable = getOwn(input.variables, token.id);
        const resolvedType =
          variable?.resolvedType ??
          resolvedTypeForDtcgType(typeof figmaType === 'string' ? figmaType : type, value);
        if (!resolvedType) {
          warnings.push({
            code: 'unsupported-type',
            message: `type "${String(type)}" has no Figma variable type; skipped`,
            file: exportFile.file.name,
            jsonPath: raw.jsonPath,
            variable: name,
          });
          continue;
        }
        if (!variable) {
          const scopes = flatExtension(raw.node, 'com.figma.scopes');
          const codeSyntax = flatExtension(raw.node, 'com.figma.codeSyntax');
          const hidden = flatExtension(raw.node, 'com.figma.hiddenFromPublishing');
          variable = {
            id: token.id,
            name,
            key: '',
            variableCollectionId: collection.id,
            resolvedType,
            valuesByMode: {},
            remote: false,
            description: typeof raw.node.$description === 'string' ? raw.node.$description : '',
            hiddenFromPublishing: hidden === true,
            scopes: Array.isArray(scopes)
              ? (scopes.filter((s) => typeof s === 'string') as VariableScope[])
              : SCOPES_BY_TYPE[resolvedType],
            codeSyntax: isRecord(codeSyntax) ? (codeSyntax as VariableCodeSyntax) : {},
          };
          setOwn(input.variables, token.id, variable);
          collection.variableIds.push(token.id);
        }
        const aliasTarget = resolveAliasTarget(
          token,
          collection,
          allIds,
          idByName,
          pathIndex,
          value,
        );
        if (aliasTarget) {
          setOwn(variable.valuesByMode, modeId, { type: 'VARIABLE_ALIAS', id: aliasTarget });
          continue;
        }
        if (token.aliasData) {
          const target =
            token.aliasData.targetVariableName ?? token.aliasData.targetVariableId ?? 'unknown';
          const set = token.aliasData.targetVariableSetName
            ? ` in "${token.aliasData.targetVariableSetName}"`
            : '';
          warnings.push({
            code: 'alias-target-missing',
            message: `aliases "${target}"${set}, which is not in the imported files; kept its resolved value (export that collection too to keep the alias)`,
            file: exportFile.file.name,
            jsonPath: raw.jsonPath,
            variable: name,
          });
        }
        const literal = dtcgLiteralToFigma(type, value, resolvedType, (problem) =>
          warnings.push({
            code: problem.code,
            message: problem.message,
            file: exportFile.file.name,
            jsonPath: childPath(raw.jsonPath, '$value'),
            variable: name,
          }),
        );
        if (literal !== undefined) setOwn(variable.valuesByMode, modeId, literal);
      }
    });
    // Every mode needs a value; fall back to the default mode's and say so.
    for (const variableId of collection.variableIds) {
      const variable = getOwn(input.variables, variableId)!;
      const fallback =
        getOwn(variable.valuesByMode, collection.defaultModeId) ??
        Object.values(variable.valuesByMode)[0];
      if (fallback === undefined) {
        warnings.push({
          code: 'no-values',
          message: 'no usable value in any mode; skipped',
          variable: variable.name,
        });
        delete (input.variables as Record<string, LocalVariable>)[variableId];
        continue;
      }
      for (const mode of collection.modes) {
        if (getOwn(variable.valuesByMode, mode.modeId) === undefined) {
          setOwn(variable.valuesByMode, mode.modeId, fallback);
          warnings.push({
            code: 'missing-mode-value',
            message: `no value in mode "${mode.name}"; used the default mode's`,
            variable: variable.name,
          });
        }
      }
    }
    collection.variableIds = collection.variableIds.filter(
      (id) => getOwn(input.variables, id) !== undefined,
    );
  }
  return input;
}

function resolveAliasTarget(
  token: ExportToken,
  collection: LocalVariableCollection,
  allIds: ReadonlySet<string>,
  idByName: ReadonlyMap<string, string>,
  pathIndex: ReadonlyMap<string, ReadonlyMap<string, string>>,
  value: unknown,
): string | undefined {
  const data = token.aliasData;
  if (data?.targetVariableId && allIds.has(data.targetVariableId)) return data.targetVariableId;
  if (data?.targetVariableName) {
    const setName = data.targetVariableSetName ?? collection.name;
    const byName = idByName.get(`${setName}\u0000${data.targetVariableName}`);
    if (byName) return byName;
  }
  // Some exports write same-collection aliases as DTCG references.
  if (typeof value === 'string') {
    const match = /^\{([^{}]+)\}$/.exec(value);
    if (match) return pathIndex.get(collection.id)?.get(match[1]!.trim());
  }
  return undefined;
}
