/**
 * One click, one commit: open a pull request with every changed output file, or update the open
 * Tokenport pull request of the same Figma file. Never writes when nothing changed, and never
 * writes when the base moved since the preview (the caller recomputes the diff instead).
 */
import type { GitHub } from './client';
import { GitHubError, toGitHubError } from './github-error';
import { branchName, fileMarker, planWrites } from './plan';
import type { OutputText, WritePlan } from './plan';
import type { RepositorySettings } from './settings';

const INLINE_LIMIT = 256 * 1024;

export interface SyncInput {
  settings: RepositorySettings;
  /** What the preview was computed against. */
  baseline: { headSha: string; treeSha: string; files: ReadonlyMap<string, string> };
  outputs: readonly OutputText[];
  fileKey: string;
  fileName: string;
  pull: { title: string; body: string };
  now: Date;
}

export type SyncResult =
  | {
      outcome: 'opened' | 'updated';
      number: number;
      url: string;
      branch: string;
      commitSha: string;
      plan: WritePlan;
    }
  | { outcome: 'unchanged'; number?: number; url?: string };

async function step<T>(run: () => Promise<T>, context?: Parameters<typeof toGitHubError>[1]) {
  try {
    return await run();
  } catch (error) {
    throw toGitHubError(error, context);
  }
}

/** Tree → commit: small files inline in the tree, large ones as blobs first. */
async function commitPlan(
  gh: GitHub,
  s: RepositorySettings,
  plan: WritePlan,
  base: { treeSha: string; parent: string },
  message: string,
): Promise<string> {
  const repo = { owner: s.owner, repo: s.repo };
  const entries = await Promise.all(
    plan.writes.map(async (file) => {
      if (file.contents.length <= INLINE_LIMIT)
        return {
          path: file.path,
          mode: '100644' as const,
          type: 'blob' as const,
          content: file.contents,
        };
      const blob = await step(() =>
        gh.request('POST /repos/{owner}/{repo}/git/blobs', {
          ...repo,
          content: file.contents,
          encoding: 'utf-8',
        }),
      );
      return {
        path: file.path,
        mode: '100644' as const,
        type: 'blob' as const,
        sha: blob.data.sha,
      };
    }),
  );
  const deletions = plan.deletes.map((path) => ({
    path,
    mode: '100644' as const,
    type: 'blob' as const,
    sha: null,
  }));
  const tree = await step(() =>
    gh.request('POST /repos/{owner}/{repo}/git/trees', {
      ...repo,
      base_tree: base.treeSha,
      tree: [...entries, ...deletions],
    }),
  );
  const commit = await step(() =>
    gh.request('POST /repos/{owner}/{repo}/git/commits', {
      ...repo,
      message,
      tree: tree.data.sha,
      parents: [base.parent],
    }),
  );
  return commit.data.sha;
}

async function findOpenPull(gh: GitHub, s: RepositorySettings, fileKey: string) {
  const pulls = await step(() =>
    gh.request('GET /repos/{owner}/{repo}/pulls', {
      owner: s.owner,
      repo: s.repo,
      state: 'open',
      base: s.branch,
      per_page: 100,
    }),
  );
  const marker = fileMarker(fileKey);
  return pulls.data.find(
    (p) => p.head.ref.startsWith('tokenport/') && (p.body ?? '').includes(marker),
  );
}

async function createBranch(
  gh: GitHub,
  s: RepositorySettings,
  name: string,
  sha: string,
): Promise<string> {
  // A branch of the same name can remain from a closed pull request of the same day.
  for (let attempt = 1; attempt <= 5; attempt++) {
    const branch = attempt === 1 ? name : `${name}-${attempt}`;
    try {
      await gh.request('POST /repos/{owner}/{repo}/git/refs', {
        owner: s.owner,
        repo: s.repo,
        ref: `refs/heads/${branch}`,
        sha,
      });
      return branch;
    } catch (error) {
      const problem = toGitHubError(error);
      if (!(problem.kind === 'invalid' && /already exists/i.test(problem.message))) throw problem;
    }
  }
  throw new GitHubError(
    'invalid',
    `Branches ${name} to ${name}-5 all exist; delete old Tokenport branches.`,
  );
}

export async function syncPullRequest(gh: GitHub, input: SyncInput): Promise<SyncResult> {
  const s = input.settings;
  const repo = { owner: s.owner, repo: s.repo };
  const head = await step(
    () =>
      gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref: `heads/${s.branch}` }),
    { notFound: 'branch-missing' },
  );
  if (head.data.object.sha !== input.baseline.headSha)
    throw new GitHubError(
      'base-moved',
      `${s.branch} moved since the preview (now ${head.data.object.sha.slice(0, 7)}).`,
    );
  const open = await findOpenPull(gh, s, input.fileKey);
  const message = `${input.pull.title}\n\nFrom the Figma file ${input.fileName}.`;
  if (open) {
    const tree = await step(() =>
      gh.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        ...repo,
        tree_sha: open.head.sha,
        recursive: '1',
      }),
    );
    const files = new Map(
      tree.data.tree.filter((e) => e.type === 'blob').map((e) => [e.path!, e.sha!]),
    );
    const plan = await planWrites(input.outputs, s.folder, files);
    if (!plan.writes.length && !plan.deletes.length)
      return { outcome: 'unchanged', number: open.number, url: open.html_url };
    const commitSha = await commitPlan(
      gh,
      s,
      plan,
      { treeSha: tree.data.sha, parent: open.head.sha },
      message,
    );
    await step(() =>
      gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        ...repo,
        ref: `heads/${open.head.ref}`,
        sha: commitSha,
        force: false,
      }),
    );
    await step(() =>
      gh.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
        ...repo,
        pull_number: open.number,
        ...input.pull,
      }),
    );
    return {
      outcome: 'updated',
      number: open.number,
      url: open.html_url,
      branch: open.head.ref,
      commitSha,
      plan,
    };
  }
  const plan = await planWrites(input.outputs, s.folder, input.baseline.files);
  if (!plan.writes.length && !plan.deletes.length) return { outcome: 'unchanged' };
  const commitSha = await commitPlan(
    gh,
    s,
    plan,
    { treeSha: input.baseline.treeSha, parent: input.baseline.headSha },
    message,
  );
  const branch = await createBranch(gh, s, branchName(input.fileName, input.now), commitSha);
  const pull = await step(() =>
    gh.request('POST /repos/{owner}/{repo}/pulls', {
      ...repo,
      head: branch,
      base: s.branch,
      ...input.pull,
    }),
  );
  return {
    outcome: 'opened',
    number: pull.data.number,
    url: pull.data.html_url,
    branch,
    commitSha,
    plan,
  };
}
