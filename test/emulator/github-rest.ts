/**
 * The GitHub REST subset Tokenport uses: user, repository, refs, trees, blobs, commits and pull
 * requests, with GitHub's status codes and error bodies for the failures the app must explain.
 */
import type { Ctx, Route } from './http';
import { route, sendJson } from './http';
import type { PullRequest, Repository, TreeEntry } from './github-git';
import type { GitHubState } from './github-state';
import * as shape from './github-shapes';

const DOCS = 'https://docs.github.com/rest';

export class GitHubHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
  body() {
    return {
      message: this.message,
      documentation_url: DOCS,
      status: String(this.status),
      ...this.extra,
    };
  }
}

/** Patterns ending in `:ref` or `:path` take the rest of the URL, slashes included. */
function ghRoute(method: string, pattern: string, handler: (ctx: Ctx) => void | Promise<void>) {
  const base = route(method, pattern, handler);
  const source = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/:(\w+)/g, (_, name: string) => (name === 'ref' ? '(.+)' : '([^/]+)'));
  return { ...base, regex: new RegExp(`^${source}$`) } satisfies Route;
}

export function bearer(ctx: Ctx): string | undefined {
  const header = ctx.req.headers.authorization ?? '';
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header);
  return match?.[1];
}

export function createGitHubRoutes(state: GitHubState, origin: () => string): Route[] {
  const notFound = () => new GitHubHttpError(404, 'Not Found');

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

  /** A tree-ish: a tree sha, a commit sha or a branch name, as GitHub's trees API accepts. */
  function resolveTree(repo: Repository, treeish: string): string {
    if (state.git.trees.has(treeish)) return treeish;
    const commit = state.git.commits.get(repo.refs.get(treeish) ?? treeish);
    if (!commit) throw notFound();
    return commit.tree;
  }

  const api = origin;
  return [
    ghRoute('GET', '/user', (ctx) => {
      sendJson(ctx.res, 200, shape.privateUser(api(), authed(ctx).grant.user));
    }),
    ghRoute('GET', '/repos/:owner/:repo', (ctx) => {
      const { repo, access } = repoFor(ctx, 'read');
      sendJson(
        ctx.res,
        200,
        shape.repository(api(), repo, ownerOf(repo), { push: access === 'write' }),
      );
    }),
    ghRoute('GET', '/repos/:owner/:repo/git/ref/:ref', (ctx) => {
      const { repo } = repoFor(ctx, 'read');
      const branch = branchOf(ctx.params.ref ?? '');
      const sha = repo.refs.get(branch);
      if (!sha) throw notFound();
      sendJson(ctx.res, 200, shape.gitRef(api(), repo, branch, sha));
    }),
    ghRoute('POST', '/repos/:owner/:repo/git/refs', async (ctx) => {
      const { repo } = repoFor(ctx, 'write');
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
      const { repo } = repoFor(ctx, 'write');
      const branch = branchOf(ctx.params.ref ?? '');
      const body = (await ctx.body()) as { sha?: unknown; force?: unknown };
      const current = repo.refs.get(branch);
      if (!current) throw new GitHubHttpError(422, 'Reference does not exist');
      if (typeof body.sha !== 'string' || !state.git.commits.has(body.sha))
        throw new GitHubHttpError(422, 'Object does not exist');
      guardProtected(repo, branch, 'update');
      if (body.force !== true && !isAncestor(current, body.sha))
        throw new GitHubHttpError(422, 'Update is not a fast forward');
      repo.refs.set(branch, body.sha);
      sendJson(ctx.res, 200, shape.gitRef(api(), repo, branch, body.sha));
    }),
    ghRoute('GET', '/repos/:owner/:repo/git/trees/:sha', (ctx) => {
      const { repo } = repoFor(ctx, 'read');
      const tree = resolveTree(repo, ctx.params.sha ?? '');
      const recursive = ctx.url.searchParams.has('recursive');
      sendJson(ctx.res, 200, shape.gitTree(api(), repo, state.git, tree, recursive));
    }),
    ghRoute('POST', '/repos/:owner/:repo/git/trees', async (ctx) => {
      const { repo } = repoFor(ctx, 'write');
      const body = (await ctx.body()) as { base_tree?: unknown; tree?: unknown };
      const sha = createTree(state, body);
      sendJson(ctx.res, 201, shape.gitTree(api(), repo, state.git, sha, false));
    }),
    ghRoute('GET', '/repos/:owner/:repo/git/blobs/:sha', (ctx) => {
      const { repo } = repoFor(ctx, 'read');
      const content = state.git.blobs.get(ctx.params.sha ?? '');
      if (!content) throw notFound();
      sendJson(ctx.res, 200, shape.blob(api(), repo, ctx.params.sha ?? '', content));
    }),
    ghRoute('POST', '/repos/:owner/:repo/git/blobs', async (ctx) => {
      const { repo } = repoFor(ctx, 'write');
      const body = (await ctx.body()) as { content?: unknown; encoding?: unknown };
      if (typeof body.content !== 'string')
        throw new GitHubHttpError(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
      const bytes = Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8');
      const sha = state.git.putBlob(bytes);
      sendJson(ctx.res, 201, {
        url: `${api()}/repos/${repo.owner}/${repo.name}/git/blobs/${sha}`,
        sha,
      });
    }),
    ghRoute('GET', '/repos/:owner/:repo/git/commits/:sha', (ctx) => {
      const { repo } = repoFor(ctx, 'read');
      const commit = state.git.commits.get(ctx.params.sha ?? '');
      if (!commit) throw notFound();
      sendJson(ctx.res, 200, shape.gitCommit(api(), repo, commit));
    }),
    ghRoute('POST', '/repos/:owner/:repo/git/commits', async (ctx) => {
      const { repo, user } = repoFor(ctx, 'write');
      const body = (await ctx.body()) as { message?: unknown; tree?: unknown; parents?: unknown };
      if (typeof body.message !== 'string' || typeof body.tree !== 'string')
        throw new GitHubHttpError(422, 'Invalid request.\n\n"message" and "tree" are required.');
      if (!state.git.trees.has(body.tree))
        throw new GitHubHttpError(422, 'Tree SHA does not exist');
      const parents = Array.isArray(body.parents) ? body.parents.map(String) : [];
      if (parents.some((sha) => !state.git.commits.has(sha)))
        throw new GitHubHttpError(422, 'Parent SHA does not exist or is not a commit object');
      const commit = state.git.putCommit({
        tree: body.tree,
        parents,
        message: body.message,
        author: {
          name: user.name,
          email: `${user.login}@users.noreply.localhost`,
          date: new Date().toISOString(),
        },
      });
      state.commits.push({
        repo: `${repo.owner}/${repo.name}`,
        sha: commit.sha,
        message: commit.message,
        parents,
        files: state.git.changedFiles(commit.sha),
      });
      sendJson(ctx.res, 201, shape.gitCommit(api(), repo, commit));
    }),
    ...pullRoutes(),
  ];

  function isAncestor(ancestor: string, sha: string): boolean {
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

  function pullRoutes(): Route[] {
    const reply = (repo: Repository, pull: PullRequest, author: shape.GitHubUser) => {
      const base = shape.pullRequest(api(), repo, ownerOf(repo), author, pull);
      const changed = state.git.changedFiles(repo.refs.get(pull.head) ?? '').length;
      return shape.fullPullRequest(base, { commits: 1, changedFiles: changed });
    };
    return [
      ghRoute('GET', '/repos/:owner/:repo/pulls', (ctx) => {
        const { repo, user } = repoFor(ctx, 'read');
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
          list.map((p) => shape.pullRequest(api(), repo, ownerOf(repo), user, p)),
        );
      }),
      ghRoute('POST', '/repos/:owner/:repo/pulls', async (ctx) => {
        const { repo, user } = repoFor(ctx, 'write');
        const body = (await ctx.body()) as Record<string, unknown>;
        const head = String(body.head ?? '').replace(new RegExp(`^${repo.owner}:`), '');
        const base = String(body.base ?? '');
        if (!repo.refs.has(head) || !repo.refs.has(base))
          throw new GitHubHttpError(422, 'Validation Failed', {
            errors: [
              {
                resource: 'PullRequest',
                field: repo.refs.has(head) ? 'base' : 'head',
                code: 'invalid',
              },
            ],
          });
        if (repo.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base))
          throw new GitHubHttpError(422, 'Validation Failed', {
            errors: [
              {
                resource: 'PullRequest',
                code: 'custom',
                message: `A pull request already exists for ${repo.owner}:${head}.`,
              },
            ],
          });
        if (repo.refs.get(head) === repo.refs.get(base))
          throw new GitHubHttpError(422, 'Validation Failed', {
            errors: [
              {
                resource: 'PullRequest',
                code: 'custom',
                message: `No commits between ${base} and ${head}`,
              },
            ],
          });
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
        const { repo, user } = repoFor(ctx, 'write');
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
}

function createTree(state: GitHubState, body: { base_tree?: unknown; tree?: unknown }): string {
  if (!Array.isArray(body.tree)) throw new GitHubHttpError(422, 'Invalid tree info');
  const files =
    typeof body.base_tree === 'string'
      ? state.git.trees.has(body.base_tree)
        ? state.git.flatten(body.base_tree)
        : (() => {
            throw new GitHubHttpError(422, 'base_tree is not a valid tree oid');
          })()
      : new Map<string, string>();
  for (const raw of body.tree as Partial<TreeEntry & { content: string }>[]) {
    if (typeof raw.path !== 'string' || raw.path.startsWith('/') || raw.path.includes('//'))
      throw new GitHubHttpError(422, 'Invalid tree info', { errors: ['tree.path is invalid'] });
    if (raw.sha === null) {
      // Deleting a path that is not there is an error on github.com too.
      if (!files.delete(raw.path)) throw new GitHubHttpError(422, 'GitRPC::BadObjectState');
      continue;
    }
    if (typeof raw.content === 'string') {
      files.set(raw.path, state.git.putBlob(Buffer.from(raw.content)));
      continue;
    }
    if (typeof raw.sha !== 'string' || !state.git.blobs.has(raw.sha))
      throw new GitHubHttpError(422, 'Invalid tree info', { errors: ['tree.sha is not a blob'] });
    files.set(raw.path, raw.sha);
  }
  return state.git.buildTree(files);
}
