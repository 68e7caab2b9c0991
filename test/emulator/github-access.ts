/** Who is asking and what they may see: GitHub's 401s, its hidden-repository 404s and its 403s. */
import type { Ctx } from './http';
import type { Repository } from './github-git';
import type { GitHubState } from './github-state';
import { bearer, GitHubHttpError, notFound } from './github-http';

export type GitHubAccess = ReturnType<typeof gitHubAccess>;

export function gitHubAccess(state: GitHubState) {
  function authed(ctx: Ctx) {
    const token = bearer(ctx);
    if (!token) throw new GitHubHttpError(401, 'Requires authentication');
    const grant = state.grant(token);
    if (!grant) throw new GitHubHttpError(401, 'Bad credentials');
    return { token, grant };
  }

  /** A repository the token can see; 404 (not 403) otherwise, exactly as github.com hides it. */
  function repoFor(ctx: Ctx, need: 'read' | 'write') {
    const { token, grant } = authed(ctx);
    const fullName = `${ctx.params.owner}/${ctx.params.repo}`;
    const repo = state.repos.get(fullName);
    const access = state.access(token, fullName);
    if (!repo || !access) throw notFound();
    if (need === 'write' && access !== 'write') {
      throw new GitHubHttpError(
        403,
        'Resource not accessible by personal access token',
        {},
        { 'X-Accepted-GitHub-Permissions': 'contents=write; pull_requests=write' },
      );
    }
    return { repo, user: grant.user, access };
  }

  const ownerOf = (repo: Repository) =>
    state.owners.get(repo.owner) ?? { id: 1, login: repo.owner, name: repo.owner };

  return { authed, repoFor, ownerOf };
}
