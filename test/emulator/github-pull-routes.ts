/** Pull requests: list, open (with GitHub's validation failures) and update. */
import type { Route } from './http';
import { sendJson } from './http';
import type { PullRequest, Repository } from './github-git';
import type { GitHubState } from './github-state';
import type { GitHubAccess } from './github-access';
import { ghRoute, GitHubHttpError, notFound } from './github-http';
import * as shape from './github-shapes';

const validationFailed = (error: Record<string, unknown>) =>
  new GitHubHttpError(422, 'Validation Failed', {
    errors: [{ resource: 'PullRequest', ...error }],
  });

/** GitHub refuses a pull request from or to a missing branch, a duplicate, or one with no commits. */
function refusal(repo: Repository, head: string, base: string): GitHubHttpError | undefined {
  if (!repo.refs.has(head) || !repo.refs.has(base))
    return validationFailed({ field: repo.refs.has(head) ? 'base' : 'head', code: 'invalid' });
  if (repo.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base))
    return validationFailed({
      code: 'custom',
      message: `A pull request already exists for ${repo.owner}:${head}.`,
    });
  if (repo.refs.get(head) === repo.refs.get(base))
    return validationFailed({ code: 'custom', message: `No commits between ${base} and ${head}` });
  return undefined;
}

export function pullRoutes(state: GitHubState, api: () => string, access: GitHubAccess): Route[] {
  const reply = (repo: Repository, pull: PullRequest, author: shape.GitHubUser) => {
    const base = shape.pullRequest(api(), repo, access.ownerOf(repo), author, pull);
    const changed = state.git.changedFiles(repo.refs.get(pull.head) ?? '').length;
    return shape.fullPullRequest(base, { commits: 1, changedFiles: changed });
  };
  return [
    ghRoute('GET', '/repos/:owner/:repo/pulls', (ctx) => {
      const { repo, user } = access.repoFor(ctx, 'read');
      const q = ctx.url.searchParams;
      const stateFilter = q.get('state') ?? 'open';
      const head = q.get('head');
      const base = q.get('base');
      const perPage = Math.min(100, Number(q.get('per_page') ?? 30));
      const list = repo.pulls
        .filter((p) => stateFilter === 'all' || p.state === stateFilter)
        .filter((p) => !head || `${repo.owner}:${p.head}` === head)
        .filter((p) => !base || p.base === base)
        .sort((a, b) => b.number - a.number)
        .slice(0, perPage);
      sendJson(
        ctx.res,
        200,
        list.map((p) => shape.pullRequest(api(), repo, access.ownerOf(repo), user, p)),
      );
    }),
    ghRoute('POST', '/repos/:owner/:repo/pulls', async (ctx) => {
      const { repo, user } = access.repoFor(ctx, 'write');
      const body = (await ctx.body()) as Record<string, unknown>;
      const head = String(body.head ?? '').replace(new RegExp(`^${repo.owner}:`), '');
      const base = String(body.base ?? '');
      const refused = refusal(repo, head, base);
      if (refused) throw refused;
      const now = new Date().toISOString();
      const pull: PullRequest = {
        number: repo.pulls.length + 1,
        title: String(body.title ?? head),
        body: typeof body.body === 'string' ? body.body : '',
        head,
        base,
        state: 'open',
        createdAt: now,
        updatedAt: now,
      };
      repo.pulls.push(pull);
      sendJson(ctx.res, 201, reply(repo, pull, user));
    }),
    ghRoute('PATCH', '/repos/:owner/:repo/pulls/:number', async (ctx) => {
      const { repo, user } = access.repoFor(ctx, 'write');
      const pull = repo.pulls.find((p) => p.number === Number(ctx.params.number));
      if (!pull) throw notFound();
      const body = (await ctx.body()) as Record<string, unknown>;
      if (typeof body.title === 'string') pull.title = body.title;
      if (typeof body.body === 'string') pull.body = body.body;
      if (body.state === 'open' || body.state === 'closed') pull.state = body.state;
      pull.updatedAt = new Date().toISOString();
      sendJson(ctx.res, 200, reply(repo, pull, user));
    }),
  ];
}
