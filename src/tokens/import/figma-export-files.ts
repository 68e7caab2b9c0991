/**
 * One file of Figma's native "Export modes" JSON: its mode name (`$extensions["com.figma.modeName"]`)
 * and its tokens, each with the flat `com.figma.*` keys Figma writes (variable id, alias data).
 */
import { walkTokenTree } from '../dtcg/read-tree.ts';
import type { RawToken } from '../dtcg/read-tree.ts';
import { getOwn, isRecord } from './errors.ts';
import type { ImportWarning } from './errors.ts';
import { fileStem, parentFolder, withoutCopyMark } from './file-names.ts';

export interface ParsedFile {
  name: string;
  json: unknown;
}

export interface AliasData {
  targetVariableId?: string;
  targetVariableName?: string;
  targetVariableSetId?: string;
  targetVariableSetName?: string;
}

export interface ExportToken {
  raw: RawToken;
  id: string;
  /** The variable's name in Figma (see figmaVariableName). */
  name: string;
  aliasData?: AliasData;
}

export interface ExportFile {
  file: ParsedFile;
  modeName: string;
  tokens: ExportToken[];
  folder: string;
  stem: string;
}

const MODE_NAME = 'com.figma.modeName';
const VARIABLE_ID = 'com.figma.variableId';
const ALIAS_KEYS = [
  'targetVariableId',
  'targetVariableName',
  'targetVariableSetId',
  'targetVariableSetName',
] as const;

/** A flat `com.figma.*` key under a node's `$extensions`. */
export function flatExtension(node: Record<string, unknown>, key: string): unknown {
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
    if (Object.hasOwn(node, '$value')) {
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

function readAliasData(node: Record<string, unknown>): AliasData | undefined {
  const data = flatExtension(node, 'com.figma.aliasData');
  if (!isRecord(data)) return undefined;
  const out: AliasData = {};
  for (const key of ALIAS_KEYS) if (typeof data[key] === 'string') out[key] = data[key];
  return out;
}

/**
 * A variable whose name is also a group's (`fg/on-accent` beside `fg/on-accent/lighter`) is
 * written by Figma as that group's `$root` token; its name, and aliases to it, have no `$root`.
 */
function figmaVariableName(path: readonly string[]): string {
  const last = path.length - 1;
  return (last > 0 && path[last] === '$root' ? path.slice(0, last) : path).join('/');
}

function exportToken(raw: RawToken, file: ParsedFile, warnings: ImportWarning[]): ExportToken {
  const id = flatExtension(raw.node, VARIABLE_ID);
  const name = figmaVariableName(raw.path);
  if (typeof id !== 'string') {
    warnings.push({
      code: 'missing-variable-id',
      message: `no "${VARIABLE_ID}"; identified by its path`,
      file: file.name,
      jsonPath: raw.jsonPath,
      variable: name,
    });
  }
  const token: ExportToken = {
    raw,
    id: typeof id === 'string' ? id : `figma-export:${parentFolder(file.name)}:${name}`,
    name,
  };
  const aliasData = readAliasData(raw.node);
  if (aliasData) token.aliasData = aliasData;
  return token;
}

export function readExportFile(file: ParsedFile, warnings: ImportWarning[]): ExportFile {
  const modeName = isRecord(file.json) ? flatExtension(file.json, MODE_NAME) : undefined;
  const stem = withoutCopyMark(fileStem(file.name));
  if (typeof modeName !== 'string') {
    warnings.push({
      code: 'missing-mode-name',
      message: `no $extensions["${MODE_NAME}"]; used the file name "${stem}" as the mode name`,
      file: file.name,
      jsonPath: '$',
    });
  }
  const walked = walkTokenTree(file.json, file.name, '$', warnings, { readsRootExtensions: true });
  const tokens = walked.map((raw) => exportToken(raw, file, warnings));
  return {
    file,
    modeName: typeof modeName === 'string' ? modeName : stem,
    tokens,
    folder: parentFolder(file.name),
    stem,
  };
}
