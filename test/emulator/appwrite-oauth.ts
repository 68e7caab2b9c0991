/**
 * Appwrite's OAuth2 routes for the Figma provider (research/appwrite.md §3–§5): the start pages for
 * the session and token flows, Figma's callback, and the redirect that creates the session or the
 * one-minute token.
 */
import type { ServerResponse } from 'node:http';
import type { Ctx, Route } from './http';
import { clientIp, escapeHtml, redirect, route, sendHtml } from './http';
import { AppwriteError } from './appwrite-errors';
import { iso } from './appwrite-models';
import type { AppwriteAuth } from './appwrite-auth';
import type { FigmaOAuth } from './figma-oauth';
import type { AppwriteUser, EmulatorState, FigmaGrant } from './state';
import { demoUserByFigmaId, hitWindow, newId, PROJECT_ID } from './state';

const ALLOWED_HOSTS = new Set(['localhost', '127.0.0.1']);
type Origins = () => { appwrite: string; figma: string };

const callbackUrl = (origins: Origins) =>
  `${origins().appwrite}/v1/account/sessions/oauth2/callback/figma/${PROJECT_ID}`;

function failureRedirect(res: ServerResponse, failure: string, error: AppwriteError) {
  const target = new URL(failure);
  target.searchParams.set(
    'error',
    JSON.stringify({ message: error.message, type: error.type, code: error.code }),
  );
  redirect(res, target.toString());
}

/** The host check on `success`/`failure` (host only, port ignored): an HTML 400 otherwise. */
function rejectUnregisteredHost(res: ServerResponse, success: string, failure: string): boolean {
  for (const [param, value] of [
    ['success', success],
    ['failure', failure],
  ] as const) {
    let host = '';
    try {
      host = value ? new URL(value).hostname : 'localhost';
    } catch {
      host = '';
    }
    if (!ALLOWED_HOSTS.has(host)) {
      sendHtml(
        res,
        400,
        `<h1>Invalid \`${param}\` param: Invalid URI. Register your new client (${escapeHtml(host)}) as a new Web platform on your project console dashboard</h1>`,
      );
      return true;
    }
  }
  return false;
}

function oauthStart(state: EmulatorState, figma: FigmaOAuth, origins: Origins, token: boolean) {
  return (ctx: Ctx) => {
    const { url, res } = ctx;
    if (!hitWindow(state, `oauth:${clientIp(ctx.req)}`, 50).allowed) {
      return sendHtml(
        res,
        429,
        '<h1>Rate limit for the current endpoint has been exceeded. Please try again after some time.</h1>',
      );
    }
    if (url.searchParams.get('project') !== PROJECT_ID) {
      return sendHtml(res, 404, '<h1>Project not found</h1>');
    }
    const success = url.searchParams.get('success') ?? '';
    const failure = url.searchParams.get('failure') ?? '';
    if (rejectUnregisteredHost(res, success, failure)) return;
    const scopes = ['current_user:read'];
    for (const [key, value] of url.searchParams) {
      if (/^scopes(\[\d*\])?$/.test(key) && !scopes.includes(value)) scopes.push(value);
    }
    const authorize = new URL('/oauth', origins().figma);
    authorize.searchParams.set('response_type', 'code');
    authorize.searchParams.set('client_id', figma.clientId);
    authorize.searchParams.set('redirect_uri', callbackUrl(origins));
    authorize.searchParams.set('scope', scopes.join(' '));
    authorize.searchParams.set('state', JSON.stringify({ success, failure, token }));
    redirect(res, authorize.toString());
  };
}

function findOrCreateUser(state: EmulatorState, grant: FigmaGrant): AppwriteUser {
  const existing = [...state.users.values()].find((user) => user.figmaId === grant.figmaId);
  if (existing) return existing;
  const demo = demoUserByFigmaId(grant.figmaId);
  const user: AppwriteUser = {
    id: `user${grant.figmaId}`,
    figmaId: grant.figmaId,
    name: demo?.handle ?? 'Figma user',
    email: demo?.email ?? `${grant.figmaId}@figma.test`,
    createdAt: iso(Date.now()),
    prefs: {},
  };
  state.users.set(user.id, user);
  return user;
}

/** The provider's answer → the grant, or a redirect to `failure` with Appwrite's error JSON. */
function exchange(ctx: Ctx, figma: FigmaOAuth, origins: Origins, failure: string) {
  const providerError = ctx.url.searchParams.get('error');
  const provider = (message: string, code = 424, type = 'user_oauth2_provider_error') => {
    failureRedirect(ctx.res, failure, new AppwriteError(code, type, message));
    return undefined;
  };
  if (providerError) {
    const description = ctx.url.searchParams.get('error_description');
    return provider(
      `The Figma OAuth2 provider returned an error: ${providerError}${description ? `: ${description}` : ''}`,
    );
  }
  const code = ctx.url.searchParams.get('code');
  if (!code)
    return provider(
      'Missing OAuth2 code. Please contact the Appwrite team for additional support.',
    );
  const result = figma.exchangeCode(code, callbackUrl(origins));
  if (!result.ok) {
    return provider(
      `Failed to obtain access token. The Figma OAuth2 provider returned an error: ${result.message}`,
      result.status,
      result.status === 401 ? 'user_oauth2_unauthorized' : 'user_oauth2_bad_request',
    );
  }
  return result.grant;
}

function oauthRedirect(
  state: EmulatorState,
  figma: FigmaOAuth,
  origins: Origins,
  auth: AppwriteAuth,
) {
  return (ctx: Ctx) => {
    const { url, res } = ctx;
    if (!hitWindow(state, `oauth:${clientIp(ctx.req)}`, 50).allowed) {
      return sendHtml(res, 429, '<h1>Rate limit exceeded</h1>');
    }
    let loginState: { success?: string; failure?: string; token?: boolean };
    try {
      loginState = JSON.parse(url.searchParams.get('state') ?? '') as typeof loginState;
    } catch {
      return sendHtml(
        res,
        500,
        '<h1>Failed to parse login state params as passed from OAuth2 provider</h1>',
      );
    }
    const success = loginState.success ?? '';
    const grant = exchange(ctx, figma, origins, loginState.failure || success);
    if (!grant) return;
    const user = findOrCreateUser(state, grant);
    // Appwrite deletes the session this browser already had for the project.
    const previous = auth.currentSession(ctx);
    if (previous) state.sessions.delete(previous.id);

    if (loginState.token) {
      const secret = newId(32);
      state.oauthTokens.set(secret, { userId: user.id, expiresAt: Date.now() + 60_000, grant });
      const target = new URL(success);
      const hash = target.hash;
      target.hash = '';
      target.searchParams.set('secret', secret);
      target.searchParams.set('userId', user.id);
      return redirect(res, target.toString() + hash);
    }
    const session = auth.createSession(user.id, grant, true);
    // The fallback header rides on a navigation here, where no script can read it (§2).
    redirect(res, success, 301, auth.sessionCreatedHeaders(ctx, session));
  };
}

export function appwriteOAuthRoutes(
  state: EmulatorState,
  figma: FigmaOAuth,
  origins: Origins,
  auth: AppwriteAuth,
): Route[] {
  return [
    route('GET', '/v1/account/sessions/oauth2/figma', oauthStart(state, figma, origins, false)),
    route('GET', '/v1/account/tokens/oauth2/figma', oauthStart(state, figma, origins, true)),
    route('GET', '/v1/account/sessions/oauth2/callback/figma/:projectId', (ctx) => {
      const target = new URL('/v1/account/sessions/oauth2/figma/redirect', origins().appwrite);
      for (const [key, value] of ctx.url.searchParams) target.searchParams.set(key, value);
      target.searchParams.set('project', ctx.params.projectId ?? '');
      redirect(ctx.res, target.toString());
    }),
    route(
      'GET',
      '/v1/account/sessions/oauth2/figma/redirect',
      oauthRedirect(state, figma, origins, auth),
    ),
  ];
}
