/**
 * Collections of Figma's native export. File names repeat across collections and the files do not
 * name their collection, so files that share variable ids are grouped into one collection, named
 * from the alias data pointing into it, else from its own folder or file names.
 *
 * Figma writes an alias target's id as its library key (`VariableID:<key>/-1:-1`), never the
 * local id the target's own file carries, so alias data is matched to a collection by id only
 * for hand-made files; real exports are matched by the target's variable name together with a
 * collection name that agrees with the folder's ("Primitives" and `primitives/`, "🎨 Tokens" and
 * `tokens/`).
 */
import type { LocalVariableCollection } from '@figma/rest-api-spec';
import { slug } from '../names.ts';
import { conventionalDefaultMode } from './file-names.ts';
import { setOwn } from './errors.ts';
import type { ImportWarning } from './errors.ts';
import type { ExportFile } from './figma-export-files.ts';
import type { FigmaVariablesInput } from '../model.ts';

export interface ExportCollection {
  collection: LocalVariableCollection;
  files: ExportFile[];
  /** Mode id per file, in `files` order. */
  modeIds: string[];
}

interface VariableSet {
  id?: string;
  name?: string;
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

/**
 * Files of one collection share their variables: the same id under the same name. An id under
 * another name is a token copied by hand with its id (see separateSharedIds), no sign that two
 * files are modes of one collection.
 */
function groupFilesBySharedIds(exportFiles: readonly ExportFile[]): ExportFile[][] {
  const groups = new UnionFind();
  const fileByVariable = new Map<string, number>();
  exportFiles.forEach((exportFile, index) => {
    groups.find(index);
    for (const token of exportFile.tokens) {
      const variable = `${token.id}\u0000${token.name}`;
      const other = fileByVariable.get(variable);
      if (other === undefined) fileByVariable.set(variable, index);
      else groups.union(index, other);
    }
  });
  const byRoot = new Map<number, ExportFile[]>();
  exportFiles.forEach((exportFile, index) => {
    const root = groups.find(index);
    byRoot.set(root, [...(byRoot.get(root) ?? []), exportFile]);
  });
  return [...byRoot.values()];
}

interface NamedTarget extends VariableSet {
  name: string;
  variableName: string;
}

/** Alias data names the collection (variable set) of each alias target: by id, and by name. */
function variableSets(exportFiles: readonly ExportFile[]) {
  const byId = new Map<string, VariableSet>();
  const named: NamedTarget[] = [];
  for (const token of exportFiles.flatMap((exportFile) => exportFile.tokens)) {
    const data = token.aliasData;
    if (!data?.targetVariableSetId && !data?.targetVariableSetName) continue;
    const set = {
      ...(data.targetVariableSetId ? { id: data.targetVariableSetId } : {}),
      ...(data.targetVariableSetName ? { name: data.targetVariableSetName } : {}),
    };
    if (data.targetVariableId) byId.set(data.targetVariableId, set);
    if (set.name !== undefined && data.targetVariableName)
      named.push({ ...set, name: set.name, variableName: data.targetVariableName });
  }
  return { byId, named };
}

/** Whether a collection name from alias data and one read from folder or file names agree. */
function sameCollectionName(fromAlias: string, fromFiles: string): boolean {
  return fromAlias.toLowerCase() === fromFiles.toLowerCase() || slug(fromAlias) === slug(fromFiles);
}

/**
 * The set an alias names by its target's name: one whose name agrees with the files' own, or,
 * when the files say nothing, the only group holding a variable of that name. Never a guess
 * between two candidates: an alias into a collection that was not exported stays unresolved.
 */
function setNamedByAliases(
  names: ReadonlySet<string>,
  fileName: string | undefined,
  named: readonly NamedTarget[],
  holders: ReadonlyMap<string, number>,
): VariableSet | undefined {
  const target = named.find(
    (set) =>
      names.has(set.variableName) &&
      (fileName === undefined
        ? holders.get(set.variableName) === 1
        : sameCollectionName(set.name, fileName)),
  );
  return target && { ...(target.id ? { id: target.id } : {}), name: target.name };
}

/** The variable names a group of files holds. */
function variableNames(files: readonly ExportFile[]): Set<string> {
  return new Set(files.flatMap((f) => f.tokens.map((t) => t.name)));
}

/** How many file groups hold a variable of each name. */
function holdersByName(namesByGroup: readonly ReadonlySet<string>[]): Map<string, number> {
  const holders = new Map<string, number>();
  for (const names of namesByGroup)
    for (const name of names) holders.set(name, (holders.get(name) ?? 0) + 1);
  return holders;
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

function nameFromFiles(
  files: readonly ExportFile[],
  allFiles: readonly ExportFile[],
): string | undefined {
  const folders = new Set(files.map((f) => f.folder));
  const [folder] = folders;
  const folderIsOwn =
    folders.size === 1 &&
    folder !== '' &&
    allFiles.filter((f) => f.folder === folder).length === files.length;
  if (folderIsOwn) return folder;
  const stemNames = new Set(files.map(nameFromStem));
  return stemNames.size === 1 ? [...stemNames][0] : undefined;
}

function modesOf(
  id: string,
  files: readonly ExportFile[],
  warnings: ImportWarning[],
): { modes: LocalVariableCollection['modes']; modeIds: string[] } {
  const modes: LocalVariableCollection['modes'] = [];
  const modeIds = files.map((exportFile) => {
    const modeId = `${id}/mode:${exportFile.modeName}`;
    if (modes.some((mode) => mode.modeId === modeId)) {
      warnings.push({
        code: 'duplicate-mode',
        message: `mode "${exportFile.modeName}" appears in two files; the later file wins`,
        file: exportFile.file.name,
        jsonPath: '$',
      });
    } else modes.push({ modeId, name: exportFile.modeName });
    return modeId;
  });
  return { modes, modeIds };
}

export function buildExportCollections(
  exportFiles: readonly ExportFile[],
  input: FigmaVariablesInput,
  warnings: ImportWarning[],
): ExportCollection[] {
  const sets = variableSets(exportFiles);
  const groups = groupFilesBySharedIds(exportFiles);
  const namesByGroup = groups.map(variableNames);
  const holders = holdersByName(namesByGroup);
  const usedNames = new Set<string>();
  let unnamed = 0;
  return groups.map((files, index) => {
    let set: VariableSet | undefined;
    for (const token of files.flatMap((f) => f.tokens)) set ??= sets.byId.get(token.id);
    const fileName = nameFromFiles(files, exportFiles);
    set ??= setNamedByAliases(namesByGroup[index]!, fileName, sets.named, holders);
    let name = set?.name ?? fileName;
    if (!name) {
      name = `Collection ${++unnamed}`;
      warnings.push({
        code: 'collection-name',
        message: `the collection of ${files.map((f) => f.file.name).join(', ')} is not named in the export; called it "${name}"`,
        file: files[0]!.file.name,
        jsonPath: '$',
      });
    }
    while (usedNames.has(name)) name = `${name} (2)`;
    usedNames.add(name);
    const id = set?.id ?? `figma-export:collection:${name}`;
    const { modes, modeIds } = modesOf(id, files, warnings);
    // Figma's export names each file's mode, never the default one: a mode named so by
    // convention ("Mode 1", Figma's first, or "Light") is it, else the first file's, said.
    const conventional = modes.length > 1 ? conventionalDefaultMode(modes.map((m) => m.name)) : 0;
    const defaultMode = modes[Math.max(conventional, 0)]!;
    if (conventional === -1) {
      warnings.push({
        code: 'default-mode',
        message: `the export does not say which mode of "${name}" is the default; the first file's, "${defaultMode.name}", is used. To choose another, list its file first`,
        file: files[0]!.file.name,
        jsonPath: '$',
      });
    }
    const collection: LocalVariableCollection = {
      id,
      name,
      key: '',
      modes,
      defaultModeId: defaultMode.modeId,
      remote: false,
      hiddenFromPublishing: false,
      variableIds: [],
    };
    setOwn(input.variableCollections, id, collection);
    return { collection, files, modeIds };
  });
}
