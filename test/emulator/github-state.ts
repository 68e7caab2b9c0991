/**
 * The GitHub subset's state: one demo organisation `acme` with the private repository
 * `acme/design-tokens`, whose `main` holds an earlier export of the demo design system, and
 * fine-grained personal access tokens with different permissions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitStore } from './github-git';
import type { Repository } from './github-git';
import type { GitHubUser } from './github-shapes';

export const DEMO_REPO = { owner: 'acme', name: 'design-tokens', branch: 'main' } as const;
export const DEMO_FOLDER = 'design-tokens';

/** Paste one of these on the Connect screen. Each names what it can do. */
export const DEMO_GITHUB_TOKENS = {
  /** Contents and pull requests: read and write on acme/design-tokens. */
  write: 'github_pat_11DEMO0000_tokenport_demo_contents_write',
  /** Contents and pull requests: read only. Writes answer 403. */
  readOnly: 'github_pat_11DEMO0000_tokenport_demo_read_only',
  /** Valid, but not granted acme/design-tokens: the repository answers 404 as on github.com. */
  otherRepos: 'github_pat_11DEMO0000_tokenport_demo_other_repos',
} as const;

export const GITHUB_USER: GitHubUser = { id: 1001, login: 'ada-acme', name: 'Ada Lovelace' };
const ORG: GitHubUser = { id: 2001, login: 'acme', name: 'Acme' };

type Access = 'write' | 'read';
interface TokenGrant {
  user: GitHubUser;
  repos: Record<string, Access>;
}

const GRANTS: Record<string, TokenGrant> = {
  [DEMO_GITHUB_TOKENS.write]: { user: GITHUB_USER, repos: { 'acme/design-tokens': 'write' } },
  [DEMO_GITHUB_TOKENS.readOnly]: { user: GITHUB_USER, repos: { 'acme/design-tokens': 'read' } },
  [DEMO_GITHUB_TOKENS.otherRepos]: { user: GITHUB_USER, repos: {} },
};

export interface GitHubFault {
  route: string;
  remaining: number;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
  /** Drop the connection without a reply: what the browser reports as a network error. */
  network?: boolean;
}

export interface CommitRecord {
  repo: string;
  sha: string;
  message: string;
  parents: string[];
  files: { path: string; status: 'added' | 'modified' | 'removed' }[];
}

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/github-demo/repo/', import.meta.url));

function readFixture(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full).split('\\').join('/'), readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

export function createGitHubState() {
  const state = {
    git: new GitStore(),
    repos: new Map<string, Repository>(),
    owners: new Map<string, GitHubUser>([[ORG.login, ORG]]),
    stats: new Map<string, number>(),
    faults: [] as GitHubFault[],
    commits: [] as CommitRecord[],
    /** Requests used per token in the current window (GitHub: 5,000 an hour). */
    usage: new Map<string, number>(),
    config: { rateLimit: 5000, rateLimitResetAt: 0 },
    grant(token: string | undefined): TokenGrant | undefined {
      return token ? GRANTS[token] : undefined;
    },
    access(token: string | undefined, fullName: string): Access | undefined {
      return state.grant(token)?.repos[fullName];
    },
    /** A commit on `branch` as if someone pushed it: moves the base under an open preview. */
    push(repo: Repository, branch: string, files: Record<string, string>, message: string) {
      const head = repo.refs.get(branch);
      const parent = head ? state.git.commits.get(head) : undefined;
      const paths = parent ? state.git.flatten(parent.tree) : new Map<string, string>();
      for (const [path, text] of Object.entries(files))
        paths.set(path, state.git.putBlob(Buffer.from(text)));
      const commit = state.git.putCommit({
        tree: state.git.buildTree(paths),
        parents: head ? [head] : [],
        message,
        author: { name: 'Grace Hopper', email: 'grace@acme.test', date: new Date().toISOString() },
      });
      repo.refs.set(branch, commit.sha);
      return commit;
    },
    reset() {
      state.git = new GitStore();
      state.repos.clear();
      state.stats.clear();
      state.faults = [];
      state.commits = [];
      state.usage.clear();
      state.config = { rateLimit: 5000, rateLimitResetAt: Math.floor(Date.now() / 1000) + 3600 };
      const repo: Repository = {
        id: 424242,
        owner: DEMO_REPO.owner,
        name: DEMO_REPO.name,
        private: true,
        defaultBranch: DEMO_REPO.branch,
        refs: new Map(),
        pulls: [],
        protectedBranches: [],
      };
      state.repos.set(`${repo.owner}/${repo.name}`, repo);
      const files = readFixture(FIXTURE_DIR);
      const paths = new Map([...files].map(([path, bytes]) => [path, state.git.putBlob(bytes)]));
      const commit = state.git.putCommit({
        tree: state.git.buildTree(paths),
        parents: [],
        message: 'Tokens from Figma (earlier export)',
        author: { name: 'Ada Lovelace', email: 'ada@acme.test', date: '2026-01-05T09:00:00Z' },
      });
      repo.refs.set(DEMO_REPO.branch, commit.sha);
    },
  };
  state.reset();
  return state;
}

export type GitHubState = ReturnType<typeof createGitHubState>;
