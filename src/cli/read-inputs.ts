/**
 * The CLI's input side: files and folders named by `--input` (or the REST API with `--file`), plus
 * the files a DTCG resolver references. A resolver may only reach files inside its own folder:
 * `../secret/creds.json`, absolute paths, URLs and symlinks that lead outside are never read (the
 * reader then reports the reference with its JSON path).
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileReferenceProblem } from '../tokens/dtcg/read-resolver-sources.ts';
import { TokenInputError } from '../tokens/import/errors.ts';
import { UsageError } from './args.ts';
import type { ExportArgs } from './args.ts';
import { fetchLocalVariables } from './figma-fetch.ts';

export interface InputFile {
  name: string;
  text: string;
}

export interface InputIo {
  env: Readonly<Record<string, string | undefined>>;
  fetchImpl?: typeof fetch;
}

async function readInput(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new TokenInputError(
      path,
      '$',
      code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(error)})`,
    );
  }
}

/** A directory stands for every `.json` file below it (e.g. Figma's unzipped export). */
async function expandInput(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const found = entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  if (found.length === 0) throw new TokenInputError(path, '$', 'the folder holds no .json files');
  return found;
}

/** File `$ref`s of a DTCG resolver (`sets.*.sources`, `modifiers.*.contexts.*`). */
function referencedFiles(text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    !('resolutionOrder' in json || 'sets' in json || 'modifiers' in json)
  )
    return [];
  const refs = new Set<string>();
  const visit = (node: unknown, depth: number) => {
    if (depth > 6 || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) return node.forEach((item) => visit(item, depth + 1));
    const ref = (node as Record<string, unknown>).$ref;
    if (typeof ref === 'string' && !ref.startsWith('#')) {
      const path = ref.split('#')[0] ?? '';
      if (path !== '') refs.add(path);
      return;
    }
    for (const [key, child] of Object.entries(node))
      if (key !== '$extensions') visit(child, depth + 1);
  };
  const root = json as Record<string, unknown>;
  visit(root.sets, 0);
  visit(root.modifiers, 0);
  visit(root.resolutionOrder, 0);
  return [...refs];
}

/** True when `path`, symlinks resolved, lies inside `folder`. */
async function staysInside(folder: string, path: string): Promise<boolean> {
  const [realFolder, realPath] = await Promise.all([
    realpath(folder),
    realpath(path).catch(() => undefined),
  ]);
  if (realPath === undefined) return false;
  const rel = relative(realFolder, realPath);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** Reads what a resolver references, next to it, unless it was given already or leaves its folder. */
async function readReferencedFiles(files: InputFile[]): Promise<void> {
  const given = new Set(files.map((file) => resolve(file.name)));
  for (const file of [...files]) {
    for (const ref of referencedFiles(file.text)) {
      if (fileReferenceProblem(ref) !== undefined) continue;
      const path = join(dirname(file.name), ref);
      if (given.has(resolve(path)) || !(await staysInside(dirname(file.name), path))) continue;
      given.add(resolve(path));
      // A missing file is reported by the reader, with the resolver's JSON path.
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text !== undefined) files.push({ name: path, text });
    }
  }
}

export async function readInputs(args: ExportArgs, io: InputIo): Promise<InputFile[]> {
  if (args.fileKey !== undefined) {
    const token = io.env.FIGMA_TOKEN;
    if (!token)
      throw new UsageError(
        '--file needs a Figma personal access token in the FIGMA_TOKEN environment variable',
      );
    const text = await fetchLocalVariables({
      fileKey: args.fileKey,
      token,
      ...(io.env.FIGMA_API_BASE ? { apiBase: io.env.FIGMA_API_BASE } : {}),
      ...(io.fetchImpl ? { fetchImpl: io.fetchImpl } : {}),
    });
    return [{ name: `${args.fileKey}.variables.json`, text }];
  }
  const files: InputFile[] = [];
  for (const path of args.inputs) {
    for (const name of await expandInput(path)) files.push({ name, text: await readInput(name) });
  }
  await readReferencedFiles(files);
  return files;
}
