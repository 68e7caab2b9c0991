/**
 * The git object model behind the emulator's GitHub subset: blobs, trees and commits addressed by
 * SHA-1, refs per repository. Blob SHAs are git's own (`blob <size>\0<bytes>`), so a client that
 * computes them locally to skip unchanged files meets the same numbers as on github.com.
 */
import { createHash } from 'node:crypto';

export interface TreeEntry {
  path: string;
  mode: '100644' | '100755' | '040000' | '160000' | '120000';
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface Commit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
}

export interface PullRequest {
  number: number;
  title: string;
  body: string;
  head: string;
  base: string;
  state: 'open' | 'closed';
  createdAt: string;
  updatedAt: string;
}

export interface Repository {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
  refs: Map<string, string>;
  pulls: PullRequest[];
  /** Branch-name patterns (glob with a trailing `*`) that rules forbid creating or updating. */
  protectedBranches: string[];
}

export function gitBlobSha(content: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]))
    .digest('hex');
}

/** Trees and commits only need stable, unique ids here: a hash of their canonical JSON. */
function objectSha(kind: string, value: unknown): string {
  return createHash('sha1')
    .update(`${kind}\0${JSON.stringify(value)}`)
    .digest('hex');
}

export class GitStore {
  readonly blobs = new Map<string, Buffer>();
  /** Tree sha → its direct entries (names, not paths). */
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, Commit>();

  putBlob(content: Buffer): string {
    const sha = gitBlobSha(content);
    this.blobs.set(sha, content);
    return sha;
  }

  putTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const sha = objectSha('tree', sorted);
    this.trees.set(sha, sorted);
    return sha;
  }

  putCommit(commit: Omit<Commit, 'sha'>): Commit {
    const sha = objectSha('commit', commit);
    const stored = { ...commit, sha };
    this.commits.set(sha, stored);
    return stored;
  }

  /** Every blob below a tree as `path → sha`. */
  flatten(treeSha: string, prefix = ''): Map<string, string> {
    const files = new Map<string, string>();
    for (const entry of this.trees.get(treeSha) ?? []) {
      const path = prefix ? `${prefix}/${entry.path}` : entry.path;
      if (entry.type === 'tree')
        for (const [p, s] of this.flatten(entry.sha, path)) files.set(p, s);
      else files.set(path, entry.sha);
    }
    return files;
  }

  /** Builds nested trees from `path → blob sha` and returns the root tree's sha. */
  buildTree(files: Map<string, string>): string {
    const direct: TreeEntry[] = [];
    const children = new Map<string, Map<string, string>>();
    for (const [path, sha] of files) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        direct.push({ path, mode: '100644', type: 'blob', sha });
        continue;
      }
      const dir = path.slice(0, slash);
      const child = children.get(dir) ?? new Map<string, string>();
      child.set(path.slice(slash + 1), sha);
      children.set(dir, child);
    }
    for (const [dir, child] of children) {
      direct.push({ path: dir, mode: '040000', type: 'tree', sha: this.buildTree(child) });
    }
    return this.putTree(direct);
  }

  /** Recursive listing as GitHub's trees API returns it: directories included, paths full. */
  listRecursive(treeSha: string, prefix = ''): (TreeEntry & { size?: number })[] {
    const out: (TreeEntry & { size?: number })[] = [];
    for (const entry of this.trees.get(treeSha) ?? []) {
      const path = prefix ? `${prefix}/${entry.path}` : entry.path;
      if (entry.type === 'tree') {
        out.push({ ...entry, path });
        out.push(...this.listRecursive(entry.sha, path));
      } else out.push({ ...entry, path, size: this.blobs.get(entry.sha)?.length ?? 0 });
    }
    return out;
  }

  /** Files a commit changed against its first parent (what the tests call "one commit holds"). */
  changedFiles(commitSha: string): { path: string; status: 'added' | 'modified' | 'removed' }[] {
    const commit = this.commits.get(commitSha);
    if (!commit) return [];
    const after = this.flatten(commit.tree);
    const parent = commit.parents[0] ? this.commits.get(commit.parents[0]) : undefined;
    const before = parent ? this.flatten(parent.tree) : new Map<string, string>();
    const changes: { path: string; status: 'added' | 'modified' | 'removed' }[] = [];
    for (const [path, sha] of after) {
      const old = before.get(path);
      if (old === undefined) changes.push({ path, status: 'added' });
      else if (old !== sha) changes.push({ path, status: 'modified' });
    }
    for (const path of before.keys())
      if (!after.has(path)) changes.push({ path, status: 'removed' });
    return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}
