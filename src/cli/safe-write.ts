/**
 * Writes output files strictly inside the output directory: format paths come from token and
 * collection names, which come from Figma files anyone can edit.
 */
import { mkdir, writeFile } from 'node:fs/promises';
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
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.contents, 'utf8');
    written.push(target);
  }
  return written;
}
