/**
 * Collections of Figma's native export. File names repeat across collections and the files do not
 * name their collection, so files that share variable ids are grouped into one collection, named
 * from the alias data pointing into it, else from its own folder or file names.
 */
import type { LocalVariableCollection } from '@figma/rest-api-spec';
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

/** Files of one collection share their variable ids. */
function groupFilesBySharedIds(exportFiles: readonly ExportFile[]): ExportFile[][] {
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
  const byRoot = new Map<number, ExportFile[]>();
  exportFiles.forEach((exportFile, index) => {
    const root = groups.find(index);
    byRoot.set(root, [...(byRoot.get(root) ?? []), exportFile]);
  });
  return [...byRoot.values()];
}

/** Alias data names the collection (variable set) of each alias target. */
function variableSets(exportFiles: readonly ExportFile[]): Map<string, VariableSet> {
  const sets = new Map<string, VariableSet>();
  for (const token of exportFiles.flatMap((exportFile) => exportFile.tokens)) {
    const data = token.aliasData;
    if (data?.targetVariableId && (data.targetVariableSetId || data.targetVariableSetName)) {
      sets.set(data.targetVariableId, {
        ...(data.targetVariableSetId ? { id: data.targetVariableSetId } : {}),
        ...(data.targetVariableSetName ? { name: data.targetVariableSetName } : {}),
      });
    }
  }
  return sets;
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
  const usedNames = new Set<string>();
  let unnamed = 0;
  return groupFilesBySharedIds(exportFiles).map((files) => {
    let set: VariableSet | undefined;
    for (const token of files.flatMap((f) => f.tokens)) set ??= sets.get(token.id);
    let name = set?.name ?? nameFromFiles(files, exportFiles);
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
    return { collection, files, modeIds };
  });
}
