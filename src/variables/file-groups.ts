/** The generated files grouped by folder, as the file list and the narrow-screen picker show them. */

export interface FileGroup<File> {
  /** '' for files at the top of the export, else the folder with a trailing slash. */
  folder: string;
  files: File[];
}

export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Top-level files first, then folders by their top folder's first generated file (so a format's
 * files stay together), a parent before its subfolders, and files in the exporter's order.
 */
export function groupByFolder<File extends { path: string }>(files: File[]): FileGroup<File>[] {
  const groups = new Map<string, File[]>([['', []]]);
  for (const file of files) {
    const folder = folderOf(file.path);
    const group = groups.get(folder);
    if (group) group.push(file);
    else groups.set(folder, [file]);
  }
  const tops = [...groups.keys()].map(topFolder);
  const rank = (folder: string) => tops.indexOf(topFolder(folder));
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([folder, list]) => ({ folder, files: list }))
    .sort((a, b) => rank(a.folder) - rank(b.folder) || depth(a.folder) - depth(b.folder));
}

const topFolder = (folder: string) => folder.slice(0, folder.indexOf('/') + 1);
const depth = (folder: string) => folder.split('/').length;
