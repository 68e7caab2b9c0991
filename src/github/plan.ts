/**
 * What a sync writes: the output files whose git blob SHA differs from the branch's, and the
 * stale token files (a collection or mode that no longer exists) to delete. Comparing SHAs
 * computed here means unchanged files are never downloaded or uploaded.
 */

export interface OutputText {
  /** Repository path, folder included. */
  path: string;
  contents: string;
}

export interface WritePlan {
  writes: OutputText[];
  deletes: string[];
}

const encoder = new TextEncoder();

/** Git's blob id: SHA-1 of `blob <byte length>\0<bytes>`. */
export async function gitBlobSha(text: string): Promise<string> {
  const body = encoder.encode(text);
  const header = encoder.encode(`blob ${body.length}\0`);
  const bytes = new Uint8Array(header.length + body.length);
  bytes.set(header);
  bytes.set(body, header.length);
  const digest = await crypto.subtle.digest('SHA-1', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function normalizeFolder(folder: string): string {
  return folder
    .trim()
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part && part !== '.')
    .join('/');
}

export function inFolder(folder: string, path: string): string {
  const clean = normalizeFolder(folder);
  return clean ? `${clean}/${path}` : path;
}

/** Token files Tokenport owns inside the folder: only these may be deleted when stale. */
export function isTokenFile(folder: string, path: string): boolean {
  const clean = normalizeFolder(folder);
  const inside = clean ? path.startsWith(`${clean}/`) : true;
  return inside && (path.endsWith('.tokens.json') || path.endsWith('/tokens.resolver.json'));
}

export async function planWrites(
  outputs: readonly OutputText[],
  folder: string,
  branchFiles: ReadonlyMap<string, string>,
): Promise<WritePlan> {
  const writes: OutputText[] = [];
  for (const file of outputs) {
    if (branchFiles.get(file.path) !== (await gitBlobSha(file.contents))) writes.push(file);
  }
  const wanted = new Set(outputs.map((f) => f.path));
  const deletes = [...branchFiles.keys()]
    .filter((path) => isTokenFile(folder, path) && !wanted.has(path))
    .sort();
  return { writes, deletes };
}

export function slugify(value: string): string {
  return (
    value
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'figma-file'
  );
}

/** `tokenport/<file-slug>-<yyyy-mm-dd>` (UTC date, so every collaborator names it alike). */
export function branchName(fileName: string, now: Date): string {
  return `tokenport/${slugify(fileName)}-${now.toISOString().slice(0, 10)}`;
}

/** The marker that ties an open pull request to its Figma file, whatever its branch is called. */
export function fileMarker(fileKey: string): string {
  return `<!-- tokenport:file=${fileKey.replace(/[^A-Za-z0-9_-]/g, '')} -->`;
}
