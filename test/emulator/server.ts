/**
 * The Tokenport emulator: Appwrite's account API and Figma's OAuth + REST API on two local
 * origins (as in production), plus a control API for tests under /__emulator/.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Ctx, Route } from './http';
import { matchRoute, parseBody, readRaw, route, sendHtml, sendJson } from './http';
import { AppwriteError, createAppwriteRoutes, sendAppwriteError } from './appwrite';
import { createFigmaOAuth, createFigmaOAuthRoutes } from './figma-oauth';
import {
  countByTier,
  createFigmaControlRoutes,
  createFigmaRestRoutes,
  figmaErrorBody,
  FigmaHttpError,
  renderSvg,
} from './figma-rest';
import { createState, demoUserByKey, PROJECT_ID } from './state';
import type { EmulatorConfig, EmulatorState } from './state';
import { DEMO_USERS, TEAMS } from './seed';
import { startGitHubEmulator } from './github';
import type { GitHubEmulator } from './github';
import type { Plan } from './seed';

export interface EmulatorOptions {
  appwritePort?: number;
  figmaPort?: number;
  /** The GitHub REST subset's own origin (default 8789; 0 picks a free port). */
  githubPort?: number;
  host?: string;
  quiet?: boolean;
}

export interface Emulator {
  appwriteOrigin: string;
  appwriteEndpoint: string;
  figmaApiBase: string;
  githubApiBase: string;
  github: GitHubEmulator;
  projectId: string;
  demoUsers: typeof DEMO_USERS;
  state: EmulatorState;
  close(): Promise<void>;
}

const APPWRITE_ALLOWED_HEADERS =
  'Accept, Origin, Cookie, Set-Cookie, Content-Type, Content-Range, X-Appwrite-Project, X-Appwrite-Key, X-Appwrite-Dev-Key, X-Appwrite-Locale, X-Appwrite-Mode, X-Appwrite-JWT, X-Appwrite-Response-Format, X-Appwrite-Timeout, X-Appwrite-ID, X-Appwrite-Timestamp, X-Appwrite-Session, X-SDK-Version, X-SDK-Name, X-SDK-Language, X-SDK-Platform, X-SDK-GraphQL, X-SDK-Profile, Range, Cache-Control, Expires, Pragma, X-Fallback-Cookies, X-Requested-With, X-Forwarded-For, X-Forwarded-User-Agent';

function isLocalOrigin(origin: string | undefined): boolean {
  if (!origin) return false;
  try {
    const { hostname, protocol } = new URL(origin);
    return protocol === 'http:' && (hostname === 'localhost' || hostname === '127.0.0.1');
  } catch {
    return false;
  }
}

function appwriteCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (!isLocalOrigin(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
  res.setHeader('Access-Control-Allow-Headers', APPWRITE_ALLOWED_HEADERS);
  res.setHeader('Access-Control-Expose-Headers', 'X-Appwrite-Session, X-Fallback-Cookies');
  res.setHeader('Access-Control-Max-Age', '86400');
  res.setHeader('Vary', 'Origin');
  return true;
}

function figmaCors(res: ServerResponse) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-Figma-Token, Authorization');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
  // The app reads Figma's rate-limit headers to show an honest countdown.
  res.setHeader(
    'Access-Control-Expose-Headers',
    'Retry-After, X-Figma-Plan-Tier, X-Figma-Rate-Limit-Type, X-Figma-Upgrade-Link',
  );
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? 'localhost';
  const state = createState();
  const origins = { appwrite: '', figma: '' };
  const oauth = createFigmaOAuth(state);
  // Requests held open by a `hang` fault; a reset ends them so no test inherits another's.
  const hanging = new Set<ServerResponse>();

  const controlRoutes: Route[] = [
    route('POST', '/__emulator/reset', (ctx) => {
      state.reset();
      for (const held of hanging) held.destroy();
      hanging.clear();
      sendJson(ctx.res, 200, { ok: true });
    }),
    route('GET', '/__emulator/stats', (ctx) => {
      sendJson(ctx.res, 200, {
        requests: Object.fromEntries(state.stats),
        tiers: countByTier(state.stats),
      });
    }),
    route('POST', '/__emulator/faults', async (ctx) => {
      const body = (await ctx.body()) as {
        route?: string;
        count?: number;
        status?: number;
        headers?: Record<string, string>;
        body?: unknown;
        delayMs?: number;
        hang?: boolean;
      };
      if (typeof body.route !== 'string' || !/^(GET|POST|PATCH|PUT|DELETE) \//.test(body.route)) {
        return sendJson(ctx.res, 400, { message: 'route must look like "GET /v1/files/:key"' });
      }
      state.faults.push({
        route: body.route,
        remaining: Math.max(1, Number(body.count ?? 1)),
        ...(body.status ? { status: body.status } : {}),
        ...(body.headers ? { headers: body.headers } : {}),
        ...(body.body !== undefined ? { body: body.body } : {}),
        ...(body.delayMs ? { delayMs: body.delayMs } : {}),
        ...(body.hang === true ? { hang: true } : {}),
      });
      sendJson(ctx.res, 200, { faults: state.faults });
    }),
    route('POST', '/__emulator/tokens/expire', async (ctx) => {
      const { user } = (await ctx.body()) as { user?: string };
      const figmaIds = user ? [demoUserByKey(user)?.figmaId] : [...state.grants.keys()];
      const past = Date.now() - 1000;
      for (const figmaId of figmaIds) {
        const grant = figmaId ? state.grants.get(figmaId) : undefined;
        if (!grant) continue;
        grant.accessExpiresAt = past;
        for (const session of state.sessions.values()) {
          if (session.providerUid === figmaId)
            session.providerAccessTokenExpiry = new Date(past).toISOString().replace('Z', '+00:00');
        }
      }
      sendJson(ctx.res, 200, { ok: true });
    }),
    route('POST', '/__emulator/tokens/revoke', async (ctx) => {
      const { user } = (await ctx.body()) as { user?: string };
      const figmaIds = user ? [demoUserByKey(user)?.figmaId] : [...state.grants.keys()];
      for (const figmaId of figmaIds) {
        const grant = figmaId ? state.grants.get(figmaId) : undefined;
        if (grant) grant.revoked = true;
      }
      sendJson(ctx.res, 200, { ok: true });
    }),
    // Read-only: lets the browser suite search the page, storage and traffic for the real token.
    route('GET', '/__emulator/tokens/:user', (ctx) => {
      const figmaId = demoUserByKey(ctx.params.user ?? '')?.figmaId;
      const grant = figmaId ? state.grants.get(figmaId) : undefined;
      if (!grant) return sendJson(ctx.res, 404, { message: 'no grant for that user' });
      sendJson(ctx.res, 200, { accessToken: grant.accessToken, refreshToken: grant.refreshToken });
    }),
    route('POST', '/__emulator/users/:user/plan', async (ctx) => {
      const { plan } = (await ctx.body()) as { plan?: Plan };
      const figmaId = demoUserByKey(ctx.params.user ?? '')?.figmaId;
      if (!figmaId || !plan || !['enterprise', 'org', 'pro', 'starter'].includes(plan)) {
        return sendJson(ctx.res, 400, { message: 'unknown user or plan' });
      }
      for (const team of TEAMS) if (team.members[figmaId]) state.plans.set(team.id, plan);
      sendJson(ctx.res, 200, { ok: true });
    }),
    route('POST', '/__emulator/config', async (ctx) => {
      const patch = (await ctx.body()) as Partial<EmulatorConfig>;
      state.config = { ...state.config, ...patch };
      sendJson(ctx.res, 200, { config: state.config });
    }),
  ];

  const appwriteRoutes = [
    ...controlRoutes,
    ...createFigmaControlRoutes(state),
    ...createAppwriteRoutes(state, oauth, () => origins),
  ];
  const figmaRoutes = [
    ...createFigmaOAuthRoutes(state, oauth, () => origins.appwrite),
    ...createFigmaRestRoutes(state, () => origins.figma),
  ];

  async function dispatch(kind: 'appwrite' | 'figma', req: IncomingMessage, res: ServerResponse) {
    // A request may arrive between the first listen and the second (a readiness probe): its origin
    // is not known yet, but its path is all routing needs.
    const base = (kind === 'appwrite' ? origins.appwrite : origins.figma) || 'http://localhost';
    const url = new URL(req.url ?? '/', base);
    if (kind === 'appwrite') {
      if (!appwriteCors(req, res)) {
        return sendAppwriteError(
          res,
          new AppwriteError(
            403,
            'general_unknown_origin',
            `Invalid Origin. Register your new client (${req.headers.origin ?? ''}) as a new Web platform on your project console dashboard`,
          ),
        );
      }
    } else figmaCors(res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      return res.end();
    }
    if (kind === 'figma' && req.method === 'GET') {
      const svg = renderSvg(url.pathname);
      if (svg) {
        res.writeHead(200, {
          'Content-Type': 'image/svg+xml',
          'Cache-Control': 'public, max-age=86400',
        });
        return res.end(svg);
      }
    }
    const matched = matchRoute(
      kind === 'appwrite' ? appwriteRoutes : figmaRoutes,
      req.method ?? 'GET',
      url.pathname,
    );
    if (!matched) {
      if (kind === 'appwrite' && url.pathname.startsWith('/v1/')) {
        return sendAppwriteError(
          res,
          new AppwriteError(
            404,
            'general_route_not_found',
            'The requested route was not found. Please refer to the API docs and try again.',
          ),
        );
      }
      return kind === 'figma' && url.pathname.startsWith('/v')
        ? sendJson(res, 404, { status: 404, err: 'Not found' })
        : sendHtml(res, 404, '<h1>Not found</h1>');
    }
    if (!url.pathname.startsWith('/__emulator/')) {
      state.stats.set(matched.routeKey, (state.stats.get(matched.routeKey) ?? 0) + 1);
    }
    const fault = state.faults.find(
      (candidate) => candidate.route === matched.routeKey && candidate.remaining > 0,
    );
    if (fault) {
      fault.remaining -= 1;
      state.faults = state.faults.filter((candidate) => candidate.remaining > 0);
      if (fault.hang) {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault.status)
        return sendJson(
          res,
          fault.status,
          fault.body ?? { status: fault.status, err: 'Injected fault' },
          fault.headers ?? {},
        );
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
          return parseBody(raw, req.headers['content-type']);
        } catch {
          throw kind === 'appwrite'
            ? new AppwriteError(400, 'general_argument_invalid', 'Invalid JSON body')
            : new FigmaHttpError(400, 'Invalid JSON body', 'error');
        }
      },
    };
    try {
      await matched.route.handler(ctx);
    } catch (error) {
      if (error instanceof AppwriteError) return sendAppwriteError(res, error);
      if (error instanceof FigmaHttpError)
        return sendJson(res, error.status, figmaErrorBody(error), error.headers);
      console.error('[emulator]', error);
      if (!res.headersSent)
        sendJson(res, 500, {
          message: 'Emulator error',
          code: 500,
          type: 'general_server_error',
          version: '1.9.6',
        });
    }
  }

  const appwriteServer = createServer((req, res) => void dispatch('appwrite', req, res));
  const figmaServer = createServer((req, res) => void dispatch('figma', req, res));
  const appwritePort = await listen(appwriteServer, options.appwritePort ?? 8787, host);
  const figmaPort = await listen(figmaServer, options.figmaPort ?? 8788, host);
  origins.appwrite = `http://localhost:${appwritePort}`;
  origins.figma = `http://localhost:${figmaPort}`;
  // In-process test emulators ask for free ports (0): the GitHub listener follows suit.
  const github = await startGitHubEmulator({
    port: options.githubPort ?? (options.appwritePort === 0 ? 0 : 8789),
    host,
  });

  return {
    appwriteOrigin: origins.appwrite,
    appwriteEndpoint: `${origins.appwrite}/v1`,
    figmaApiBase: origins.figma,
    githubApiBase: github.origin,
    github,
    projectId: PROJECT_ID,
    demoUsers: DEMO_USERS,
    state,
    close: () =>
      Promise.all(
        [appwriteServer, figmaServer].map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      )
        .then(() => github.close())
        .then(() => undefined),
  };
}
