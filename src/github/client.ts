/**
 * Tokenport's GitHub calls through Octokit (loaded lazily, only once a repository is connected):
 * check a connection, read the baseline (one ref, one recursive tree, the token files' blobs) and
 * open or update the pull request in one commit (tree → commit → ref → pull).
 */
import { Octokit } from '@octokit/core';
import { GitHubError, toGitHubError } from './github-error';
import { inFolder, isTokenFile } from './plan';
import type { OutputText } from './plan';
import type { RepositorySettings } from './settings';

export type GitHub = Octokit;

export function createGitHub(token: string, baseUrl: string): GitHub {
  return new Octokit({
    auth: token,
    baseUrl,
    // GitHub lets browsers cache GETs for 60 s: a stale ref would hide a moved base.
    request: {
      fetch: (url: string, init: RequestInit) => fetch(url, { ...init, cache: 'no-store' }),
    },
  });
}

async function step<T>(
  run: () => Promise<T>,
  context?: Parameters<typeof toGitHubError>[1],
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toGitHubError(error, context);
  }
}

export interface Connection {
  login: string;
  fullName: string;
  private: boolean;
  canPush: boolean;
  defaultBranch: string;
}

export async function checkConnection(gh: GitHub, s: RepositorySettings): Promise<Connection> {
  const user = await step(() => gh.request('GET /user'));
  const repo = await step(
    () => gh.request('GET /repos/{owner}/{repo}', { owner: s.owner, repo: s.repo }),
    {
      notFound: 'repo-missing',
    },
  );
  await branchHead(gh, s);
  return {
    login: user.data.login,
    fullName: repo.data.full_name,
    private: repo.data.private,
    canPush: repo.data.permissions?.push ?? false,
    defaultBranch: repo.data.default_branch,
  };
}

async function branchHead(gh: GitHub, s: RepositorySettings): Promise<string> {
  const ref = await step(
    () =>
      gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
        owner: s.owner,
        repo: s.repo,
        ref: `heads/${s.branch}`,
      }),
    { notFound: 'branch-missing' },
  );
  return ref.data.object.sha;
}

/** `path → blob sha` for every file under the commit (GitHub accepts a commit sha as tree-ish). */
async function listFiles(gh: GitHub, s: RepositorySettings, commitSha: string) {
  const tree = await step(() =>
    gh.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: s.owner,
      repo: s.repo,
      tree_sha: commitSha,
      recursive: '1',
    }),
  );
  if (tree.data.truncated)
    throw new GitHubError(
      'invalid',
      'The repository is too large for one tree listing; choose a smaller repository or folder.',
    );
  const files = new Map<string, string>();
  for (const entry of tree.data.tree)
    if (entry.type === 'blob' && entry.path && entry.sha) files.set(entry.path, entry.sha);
  return { treeSha: tree.data.sha, files };
}

export interface Baseline {
  headSha: string;
  treeSha: string;
  files: Map<string, string>;
  /** The DTCG token files in the folder, as text, for the diff. */
  tokenFiles: { name: string; text: string }[];
}

const decoder = new TextDecoder();
function decodeBase64(content: string): string {
  const binary = atob(content.replace(/\s/g, ''));
  return decoder.decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export async function readBaseline(gh: GitHub, s: RepositorySettings): Promise<Baseline> {
  const headSha = await branchHead(gh, s);
  const { treeSha, files } = await listFiles(gh, s, headSha);
  const tokenPaths = [...files.keys()].filter((path) => isTokenFile(s.folder, path));
  const tokenFiles = await Promise.all(
    tokenPaths.map(async (path) => {
      const blob = await step(() =>
        gh.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
          owner: s.owner,
          repo: s.repo,
          file_sha: files.get(path)!,
        }),
      );
      return { name: path, text: decodeBase64(blob.data.content) };
    }),
  );
  return { headSha, treeSha, files, tokenFiles };
}

export function repositoryPaths(
  s: RepositorySettings,
  outputs: readonly { path: string; contents: string }[],
): OutputText[] {
  return outputs.map((file) => ({ path: inFolder(s.folder, file.path), contents: file.contents }));
}
