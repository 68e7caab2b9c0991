/**
 * The emulator's GitHub: a REST subset on its own origin (as api.github.com is), with rate-limit
 * headers, CORS as GitHub answers it, and a control API under /__emulator/ (reset, stats, faults,
 * push, protect, config).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Ctx, Route } from './http';
import { matchRoute, parseBody, readRaw, route, sendJson } from './http';
import { bearer, createGitHubRoutes, GitHubHttpError } from './github-rest';
import { createGitHubState } from './github-state';
import type { GitHubState } from './github-state';

export interface GitHubEmulator {
  origin: string;
  state: GitHubState;
  close(): Promise<void>;
}

// What api.github.com lets a browser read and send (its CORS answer, trimmed to what matters).
const EXPOSED =
  'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset';
const ALLOWED =
  'Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, Accept-Encoding, X-GitHub-OTP, X-Requested-With, User-Agent, GraphQL-Features, X-GitHub-Api-Version';

function cors(res: ServerResponse) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED);
  res.setHeader('Access-Control-Allow-Headers', ALLOWED);
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, PUT, DELETE');
  res.setHeader('Access-Control-Max-Age', '86400');
}

function controlRoutes(state: GitHubState): Route[] {
  const repoOf = (name: unknown) => {
    const repo = state.repos.get(String(name ?? 'acme/design-tokens'));
    if (!repo) throw new GitHubHttpError(404, `no repository ${String(name)}`);
    return repo;
  };
  return [
    route('POST', '/__emulator/reset', (ctx) => {
      state.reset();
      sendJson(ctx.res, 200, { ok: true });
    }),
    route('GET', '/__emulator/stats', (ctx) => {
      const repos = Object.fromEntries(
        [...state.repos].map(([name, repo]) => [
          name,
          {
            refs: Object.fromEntries(repo.refs),
            pulls: repo.pulls.map((p) => ({ ...p, headSha: repo.refs.get(p.head) })),
            commits: state.commits.filter((c) => c.repo === name),
          },
        ]),
      );
      sendJson(ctx.res, 200, { requests: Object.fromEntries(state.stats), repos });
    }),
    route('POST', '/__emulator/faults', async (ctx) => {
      const body = (await ctx.body()) as Record<string, unknown>;
      if (typeof body.route !== 'string' || !/^(GET|POST|PATCH|PUT|DELETE) \//.test(body.route))
        return sendJson(ctx.res, 400, {
          message: 'route must look like "GET /repos/:owner/:repo"',
        });
      state.faults.push({
        route: body.route,
        remaining: Math.max(1, Number(body.count ?? 1)),
        ...(typeof body.status === 'number' ? { status: body.status } : {}),
        ...(body.headers ? { headers: body.headers as Record<string, string> } : {}),
        ...(body.body !== undefined ? { body: body.body } : {}),
        ...(typeof body.delayMs === 'number' ? { delayMs: body.delayMs } : {}),
        ...(body.network === true ? { network: true } : {}),
      });
      sendJson(ctx.res, 200, { faults: state.faults });
    }),
    // Someone else pushes to a branch (e.g. the base moves while a preview is open).
    route('POST', '/__emulator/push', async (ctx) => {
      const body = (await ctx.body()) as {
        repo?: string;
        branch?: string;
        files?: Record<string, string>;
        message?: string;
      };
      const repo = repoOf(body.repo);
      const commit = state.push(
        repo,
        body.branch ?? repo.defaultBranch,
        body.files ?? {},
        body.message ?? 'A commit from someone else',
      );
      sendJson(ctx.res, 200, { sha: commit.sha });
    }),
    // Repository rules: branch-name patterns (trailing `*`) that may not be created or updated.
    route('POST', '/__emulator/protect', async (ctx) => {
      const body = (await ctx.body()) as { repo?: string; patterns?: string[] };
      repoOf(body.repo).protectedBranches = body.patterns ?? [];
      sendJson(ctx.res, 200, { ok: true });
    }),
    route('POST', '/__emulator/config', async (ctx) => {
      const patch = (await ctx.body()) as Partial<GitHubState['config']>;
      state.config = { ...state.config, ...patch };
      sendJson(ctx.res, 200, { config: state.config });
    }),
  ];
}

/** x-ratelimit-* on every authenticated reply; the 5,001st request in a window answers 403. */
function rateLimit(state: GitHubState, req: IncomingMessage, res: ServerResponse): boolean {
  const token = bearer({ req } as Ctx);
  if (!token) return true;
  const used = (state.usage.get(token) ?? 0) + 1;
  state.usage.set(token, used);
  const limit = state.config.rateLimit;
  res.setHeader('X-RateLimit-Limit', String(limit));
  res.setHeader('X-RateLimit-Remaining', String(Math.max(0, limit - used)));
  res.setHeader('X-RateLimit-Used', String(Math.min(used, limit)));
  res.setHeader('X-RateLimit-Reset', String(state.config.rateLimitResetAt));
  res.setHeader('X-RateLimit-Resource', 'core');
  if (used <= limit) return true;
  sendJson(res, 403, {
    message:
      'API rate limit exceeded for user ID 1001. If you reach out to GitHub Support for help, please include the request ID.',
    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
    status: '403',
  });
  return false;
}

export async function startGitHubEmulator(
  options: { port?: number; host?: string } = {},
): Promise<GitHubEmulator> {
  const state = createGitHubState();
  let origin = '';
  const control = controlRoutes(state);
  const api = createGitHubRoutes(state, () => origin);

  async function dispatch(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', origin);
    cors(res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      return res.end();
    }
    const isControl = url.pathname.startsWith('/__emulator/');
    const matched = matchRoute(isControl ? control : api, req.method ?? 'GET', url.pathname);
    if (!matched)
      return sendJson(res, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404',
      });
    if (!isControl) {
      state.stats.set(matched.routeKey, (state.stats.get(matched.routeKey) ?? 0) + 1);
      const fault = state.faults.find((f) => f.route === matched.routeKey && f.remaining > 0);
      if (fault) {
        fault.remaining -= 1;
        state.faults = state.faults.filter((f) => f.remaining > 0);
        if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
        if (fault.network) return req.socket.destroy();
        if (fault.status)
          return sendJson(
            res,
            fault.status,
            fault.body ?? {
              message: 'Injected fault',
              documentation_url: 'https://docs.github.com/rest',
              status: String(fault.status),
            },
            fault.headers ?? {},
          );
      }
      if (!rateLimit(state, req, res)) return;
      // As on github.com: GETs are cacheable for a minute, so clients must opt out where it matters.
      if (req.method === 'GET') res.setHeader('Cache-Control', 'private, max-age=60, s-maxage=60');
    }
    let raw: string | undefined;
    const ctx: Ctx = {
      req,
      res,
      url,
      params: matched.params,
      routeKey: matched.routeKey,
      rawBody: async () => (raw ??= await readRaw(req)),
      body: async () => {
        raw ??= await readRaw(req);
        try {
          return parseBody(raw, 'application/json');
        } catch {
          throw new GitHubHttpError(400, 'Problems parsing JSON');
        }
      },
    };
    try {
      await matched.route.handler(ctx);
    } catch (error) {
      if (error instanceof GitHubHttpError)
        return sendJson(res, error.status, error.body(), error.headers);
      console.error('[emulator:github]', error);
      sendJson(res, 500, {
        message: 'Server Error',
        documentation_url: 'https://docs.github.com/rest',
        status: '500',
      });
    }
  }

  const server = createServer((req, res) => void dispatch(req, res));
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8789, options.host ?? 'localhost', () =>
      resolve((server.address() as AddressInfo).port),
    );
  });
  origin = `http://localhost:${port}`;
  return {
    origin,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
