/**
 * Writes output files strictly inside the output directory: format paths come from token and
 * collection names, which come from Figma files anyone can edit.
 */
import { constants } from 'node:fs';
import { access, mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

export class UnsafePathError extends Error {
  override name = 'UnsafePathError';
}

export function resolveInside(outDir: string, path: string): string {
  if (path === '' || isAbsolute(path) || /^[A-Za-z]:/.test(path) || path.includes('\0')) {
    throw new UnsafePathError(`refusing to write "${path}": output paths must be relative`);
  }
  if (path.split(/[\\/]/).some((segment) => segment === '..')) {
    throw new UnsafePathError(`refusing to write "${path}": ".." is not allowed in output paths`);
  }
  const root = resolve(outDir);
  const target = resolve(root, path);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || !target.startsWith(root + sep)) {
    throw new UnsafePathError(`refusing to write "${path}": it would land outside ${outDir}`);
  }
  return target;
}

export async function writeInside(
  outDir: string,
  files: readonly { path: string; contents: string }[],
): Promise<string[]> {
  // Check every path before writing anything, so a bad path leaves no half-written output.
  const targets = files.map((file) => resolveInside(outDir, file.path));
  const written: string[] = [];
  for (const [index, file] of files.entries()) {
    const target = targets[index]!;
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.contents, 'utf8');
    } catch (error) {
      throw new OutputDirError(`cannot write ${file.path} in ${outDir}: ${describeFsError(error)}`);
    }
    written.push(target);
  }
  return written;
}

/** `--out` names something we cannot write into: said in one line, before any work is done. */
export class OutputDirError extends Error {
  override name = 'OutputDirError';
}

const WRITE_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EEXIST: 'it exists and is not a directory',
  ENOSPC: 'no space left on the device',
  ENAMETOOLONG: 'the path is too long',
  ENOENT: 'the path cannot be created',
};

/** What went wrong with a file-system call, in words, for a one-line error. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? (WRITE_PROBLEMS[code] ?? code) : String(error);
}

/** Creates `--out` if needed and checks that files can be written there. */
export async function prepareOutDir(outDir: string): Promise<void> {
  const info = await stat(outDir).catch(() => undefined);
  if (info && !info.isDirectory()) {
    throw new OutputDirError(`cannot write to --out ${outDir}: it is a file, not a directory`);
  }
  try {
    await mkdir(outDir, { recursive: true });
    await access(outDir, constants.W_OK);
  } catch (error) {
    throw new OutputDirError(`cannot write to --out ${outDir}: ${describeFsError(error)}`);
  }
}
