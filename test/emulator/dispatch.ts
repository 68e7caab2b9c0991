/**
 * How the emulator answers one request on either origin: CORS and preflight, static previews,
 * routing, request counts, injected faults, then the route's handler with errors in the shape the
 * real service uses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Ctx, Route } from './http';
import { matchRoute, parseBody, readRaw, sendHtml, sendJson } from './http';
import { AppwriteError, sendAppwriteError } from './appwrite';
import { figmaErrorBody, FigmaHttpError, renderSvg } from './figma-rest';
import type { EmulatorState } from './state';

export type Origin = 'appwrite' | 'figma';

export interface DispatchSetup {
  state: EmulatorState;
  origins: Record<Origin, string>;
  routes: Record<Origin, Route[]>;
  hanging: HeldRequests;
}

/** Requests whose answers a `hang` fault holds, each with the call that delivers it. */
export type HeldRequests = Map<ServerResponse, () => void>;

/**
 * The request is handled now (a PATCH does refresh the session) but its answer stays on the wire
 * until `POST faults/release`: what a client sees when a response is slow to arrive. Every
 * handler answers through `res.end`, so holding that call holds the status, headers and body.
 */
function holdAnswer(hanging: HeldRequests, res: ServerResponse): void {
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let deliver: (() => void) | undefined;
  res.end = ((...args: unknown[]) => {
    deliver = () => end(...args);
    if (!hanging.has(res)) deliver();
    return res;
  }) as ServerResponse['end'];
  hanging.set(res, () => deliver?.());
  res.on('close', () => hanging.delete(res));
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

/** CORS, preflight and the Figma image CDN's previews; true when the request is answered. */
function answeredBeforeRouting(kind: Origin, req: IncomingMessage, res: ServerResponse, url: URL) {
  if (kind === 'appwrite') {
    if (!appwriteCors(req, res)) {
      sendAppwriteError(
        res,
        new AppwriteError(
          403,
          'general_unknown_origin',
          `Invalid Origin. Register your new client (${req.headers.origin ?? ''}) as a new Web platform on your project console dashboard`,
        ),
      );
      return true;
    }
  } else figmaCors(res);
  if (req.method === 'OPTIONS') {
    res.writeHead(204);
    res.end();
    return true;
  }
  if (kind === 'figma' && req.method === 'GET') {
    const svg = renderSvg(url.pathname);
    if (svg) {
      res.writeHead(200, {
        'Content-Type': 'image/svg+xml',
        'Cache-Control': 'public, max-age=86400',
      });
      res.end(svg);
      return true;
    }
  }
  return false;
}

function sendNotFound(kind: Origin, res: ServerResponse, url: URL) {
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

/** Applies the first armed fault for this route; true when it answered the request. */
async function answeredByFault(
  setup: DispatchSetup,
  routeKey: string,
  res: ServerResponse,
): Promise<boolean> {
  const { state, hanging } = setup;
  const fault = state.faults.find(
    (candidate) => candidate.route === routeKey && candidate.remaining > 0,
  );
  if (!fault) return false;
  fault.remaining -= 1;
  state.faults = state.faults.filter((candidate) => candidate.remaining > 0);
  if (fault.hang) {
    holdAnswer(hanging, res);
    return false;
  }
  if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (!fault.status) return false;
  sendJson(
    res,
    fault.status,
    fault.body ?? { status: fault.status, err: 'Injected fault' },
    fault.headers ?? {},
  );
  return true;
}

function requestContext(
  kind: Origin,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  matched: { params: Record<string, string>; routeKey: string },
): Ctx {
  let raw: string | undefined;
  return {
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
}

async function runHandler(route: Route, ctx: Ctx) {
  try {
    await route.handler(ctx);
  } catch (error) {
    if (error instanceof AppwriteError) return sendAppwriteError(ctx.res, error);
    if (error instanceof FigmaHttpError)
      return sendJson(ctx.res, error.status, figmaErrorBody(error), error.headers);
    console.error('[emulator]', error);
    if (!ctx.res.headersSent)
      sendJson(ctx.res, 500, {
        message: 'Emulator error',
        code: 500,
        type: 'general_server_error',
        version: '1.9.6',
      });
  }
}

export function createDispatcher(setup: DispatchSetup) {
  return async function dispatch(kind: Origin, req: IncomingMessage, res: ServerResponse) {
    // A request may arrive between the first listen and the second (a readiness probe): its
    // origin is not known yet, but its path is all routing needs.
    const url = new URL(req.url ?? '/', setup.origins[kind] || 'http://localhost');
    if (answeredBeforeRouting(kind, req, res, url)) return;
    const matched = matchRoute(setup.routes[kind], req.method ?? 'GET', url.pathname);
    if (!matched) return sendNotFound(kind, res, url);
    if (!url.pathname.startsWith('/__emulator/')) {
      const { stats } = setup.state;
      stats.set(matched.routeKey, (stats.get(matched.routeKey) ?? 0) + 1);
    }
    if (await answeredByFault(setup, matched.routeKey, res)) return;
    await runHandler(matched.route, requestContext(kind, req, res, url, matched));
  };
}
