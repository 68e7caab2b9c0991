/**
 * The GitHub REST subset Tokenport uses: user, repository, refs, trees, blobs, commits and pull
 * requests, with GitHub's status codes and error bodies for the failures the app must explain.
 */
import type { Route } from './http';
import { sendJson } from './http';
import type { GitHubState } from './github-state';
import { gitHubAccess } from './github-access';
import { ghRoute } from './github-http';
import { objectRoutes } from './github-object-routes';
import { pullRoutes } from './github-pull-routes';
import { refRoutes } from './github-ref-routes';
import * as shape from './github-shapes';

export { bearer, GitHubHttpError } from './github-http';

export function createGitHubRoutes(state: GitHubState, api: () => string): Route[] {
  const access = gitHubAccess(state);
  return [
    ghRoute('GET', '/user', (ctx) => {
      sendJson(ctx.res, 200, shape.privateUser(api(), access.authed(ctx).grant.user));
    }),
    ghRoute('GET', '/repos/:owner/:repo', (ctx) => {
      const { repo, access: level } = access.repoFor(ctx, 'read');
      const owner = access.ownerOf(repo);
      sendJson(ctx.res, 200, shape.repository(api(), repo, owner, { push: level === 'write' }));
    }),
    ...refRoutes(state, api, access),
    ...objectRoutes(state, api, access),
    ...pullRoutes(state, api, access),
  ];
}
