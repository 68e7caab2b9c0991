/** Git objects: trees, blobs and commits, read and written the way GitHub's Git data API does. */
import type { Route } from './http';
import { sendJson } from './http';
import type { Repository, TreeEntry } from './github-git';
import type { GitHubState } from './github-state';
import type { GitHubAccess } from './github-access';
import { ghRoute, GitHubHttpError, notFound } from './github-http';
import * as shape from './github-shapes';

/** A tree-ish: a tree sha, a commit sha or a branch name, as GitHub's trees API accepts. */
function resolveTree(state: GitHubState, repo: Repository, treeish: string): string {
  if (state.git.trees.has(treeish)) return treeish;
  const commit = state.git.commits.get(repo.refs.get(treeish) ?? treeish);
  if (!commit) throw notFound();
  return commit.tree;
}

function baseFiles(state: GitHubState, baseTree: unknown): Map<string, string> {
  if (typeof baseTree !== 'string') return new Map();
  if (!state.git.trees.has(baseTree))
    throw new GitHubHttpError(422, 'base_tree is not a valid tree oid');
  return state.git.flatten(baseTree);
}

function createTree(state: GitHubState, body: { base_tree?: unknown; tree?: unknown }): string {
  if (!Array.isArray(body.tree)) throw new GitHubHttpError(422, 'Invalid tree info');
  const files = baseFiles(state, body.base_tree);
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

function treeAndBlobRoutes(state: GitHubState, api: () => string, access: GitHubAccess): Route[] {
  return [
    ghRoute('GET', '/repos/:owner/:repo/git/trees/:sha', (ctx) => {
      const { repo } = access.repoFor(ctx, 'read');
      const tree = resolveTree(state, repo, ctx.params.sha ?? '');
      const recursive = ctx.url.searchParams.has('recursive');
      sendJson(ctx.res, 200, shape.gitTree(api(), repo, state.git, tree, recursive));
    }),
    ghRoute('POST', '/repos/:owner/:repo/git/trees', async (ctx) => {
      const { repo } = access.repoFor(ctx, 'write');
      const body = (await ctx.body()) as { base_tree?: unknown; tree?: unknown };
      const sha = createTree(state, body);
      sendJson(ctx.res, 201, shape.gitTree(api(), repo, state.git, sha, false));
    }),
    ghRoute('GET', '/repos/:owner/:repo/git/blobs/:sha', (ctx) => {
      const { repo } = access.repoFor(ctx, 'read');
      const content = state.git.blobs.get(ctx.params.sha ?? '');
      if (!content) throw notFound();
      sendJson(ctx.res, 200, shape.blob(api(), repo, ctx.params.sha ?? '', content));
    }),
    ghRoute('POST', '/repos/:owner/:repo/git/blobs', async (ctx) => {
      const { repo } = access.repoFor(ctx, 'write');
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
  ];
}

function commitRoutes(state: GitHubState, api: () => string, access: GitHubAccess): Route[] {
  return [
    ghRoute('GET', '/repos/:owner/:repo/git/commits/:sha', (ctx) => {
      const { repo } = access.repoFor(ctx, 'read');
      const commit = state.git.commits.get(ctx.params.sha ?? '');
      if (!commit) throw notFound();
      sendJson(ctx.res, 200, shape.gitCommit(api(), repo, commit));
    }),
    ghRoute('POST', '/repos/:owner/:repo/git/commits', async (ctx) => {
      const { repo, user } = access.repoFor(ctx, 'write');
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
  ];
}

export function objectRoutes(state: GitHubState, api: () => string, access: GitHubAccess): Route[] {
  return [...treeAndBlobRoutes(state, api, access), ...commitRoutes(state, api, access)];
}
