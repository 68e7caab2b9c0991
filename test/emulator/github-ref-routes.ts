/** Branches: read, create and move refs, with GitHub's fast-forward and branch-protection rules. */
import type { Route } from './http';
import { sendJson } from './http';
import type { Repository } from './github-git';
import type { GitHubState } from './github-state';
import type { GitHubAccess } from './github-access';
import { ghRoute, GitHubHttpError, notFound } from './github-http';
import * as shape from './github-shapes';

function branchOf(ref: string): string {
  const match = /^(?:refs\/)?heads\/(.+)$/.exec(ref);
  if (!match?.[1]) throw new GitHubHttpError(422, 'Reference name must start with refs/heads/');
  return match[1];
}

function guardProtected(repo: Repository, branch: string, verb: 'create' | 'update') {
  const hit = repo.protectedBranches.some((pattern) =>
    pattern.endsWith('*') ? branch.startsWith(pattern.slice(0, -1)) : branch === pattern,
  );
  if (!hit) return;
  throw new GitHubHttpError(422, 'Repository rule violations found', {
    metadata: { secret_scanning: null },
    errors: [{ message: `Cannot ${verb} ref due to ${verb}s being restricted.` }],
  });
}

function isAncestor(state: GitHubState, ancestor: string, sha: string): boolean {
  const seen = new Set<string>();
  const queue = [sha];
  while (queue.length) {
    const current = queue.pop()!;
    if (current === ancestor) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    queue.push(...(state.git.commits.get(current)?.parents ?? []));
  }
  return false;
}

export function refRoutes(state: GitHubState, api: () => string, access: GitHubAccess): Route[] {
  return [
    ghRoute('GET', '/repos/:owner/:repo/git/ref/:ref', (ctx) => {
      const { repo } = access.repoFor(ctx, 'read');
      const branch = branchOf(ctx.params.ref ?? '');
      const sha = repo.refs.get(branch);
      if (!sha) throw notFound();
      sendJson(ctx.res, 200, shape.gitRef(api(), repo, branch, sha));
    }),
    ghRoute('POST', '/repos/:owner/:repo/git/refs', async (ctx) => {
      const { repo } = access.repoFor(ctx, 'write');
      const body = (await ctx.body()) as { ref?: unknown; sha?: unknown };
      if (typeof body.ref !== 'string' || typeof body.sha !== 'string')
        throw new GitHubHttpError(422, 'Invalid request.\n\n"ref" and "sha" are required.');
      const branch = branchOf(body.ref.replace(/^refs\//, ''));
      if (!state.git.commits.has(body.sha)) throw new GitHubHttpError(422, 'Object does not exist');
      if (repo.refs.has(branch)) throw new GitHubHttpError(422, 'Reference already exists');
      guardProtected(repo, branch, 'create');
      repo.refs.set(branch, body.sha);
      sendJson(ctx.res, 201, shape.gitRef(api(), repo, branch, body.sha));
    }),
    ghRoute('PATCH', '/repos/:owner/:repo/git/refs/:ref', async (ctx) => {
      const { repo } = access.repoFor(ctx, 'write');
      const branch = branchOf(ctx.params.ref ?? '');
      const body = (await ctx.body()) as { sha?: unknown; force?: unknown };
      const current = repo.refs.get(branch);
      if (!current) throw new GitHubHttpError(422, 'Reference does not exist');
      if (typeof body.sha !== 'string' || !state.git.commits.has(body.sha))
        throw new GitHubHttpError(422, 'Object does not exist');
      guardProtected(repo, branch, 'update');
      if (body.force !== true && !isAncestor(state, current, body.sha))
        throw new GitHubHttpError(422, 'Update is not a fast forward');
      repo.refs.set(branch, body.sha);
      sendJson(ctx.res, 200, shape.gitRef(api(), repo, branch, body.sha));
    }),
  ];
}
