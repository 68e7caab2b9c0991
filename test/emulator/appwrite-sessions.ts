/**
 * Appwrite's session routes (research/appwrite.md §6, §8): the token flow's `createSession`, and
 * get / update (refresh) / delete of a session, with the real rate limits.
 */
import type { Ctx, Route } from './http';
import { clientIp, route, sendJson } from './http';
import { AppwriteError, rateLimitError, sendAppwriteError } from './appwrite-errors';
import { iso, sessionModel } from './appwrite-models';
import type { AppwriteAuth } from './appwrite-auth';
import type { FigmaOAuth } from './figma-oauth';
import type { EmulatorState } from './state';
import { hitWindow } from './state';

const SESSION_LIFETIME_MS = 365 * 86_400_000;

function sessionStatsKey(method: string) {
  return (params: Record<string, string>) =>
    `${method} /v1/account/sessions/${params.sessionId === 'current' ? 'current' : ':sessionId'}`;
}

function createFromToken(state: EmulatorState, auth: AppwriteAuth) {
  return async (ctx: Ctx) => {
    const body = (await ctx.body()) as { userId?: string; secret?: string };
    const limitKey = `token:${clientIp(ctx.req)}:${body.userId ?? ''}`;
    if (!hitWindow(state, limitKey, 10).allowed) throw rateLimitError();
    const entry = state.oauthTokens.get(body.secret ?? '');
    if (!entry || entry.userId !== body.userId || entry.expiresAt < Date.now()) {
      throw new AppwriteError(401, 'user_invalid_token', 'Invalid token passed in the request.');
    }
    state.oauthTokens.delete(body.secret ?? '');
    state.windows.delete(limitKey);
    const session = auth.createSession(
      entry.userId,
      entry.grant,
      !state.config.tokenFlowWithoutProviderTokens,
    );
    session.factors = ['email'];
    sendJson(
      ctx.res,
      201,
      sessionModel(session, true),
      auth.sessionCreatedHeaders(ctx, session) as Record<string, string>,
    );
  };
}

function refresh(state: EmulatorState, figma: FigmaOAuth, auth: AppwriteAuth) {
  return (ctx: Ctx) => {
    const key = `url:${ctx.req.headers.host}/v1/account/sessions/:sessionId,ip:${clientIp(ctx.req)}`;
    const limit = hitWindow(state, key, 10);
    const headers = {
      'X-RateLimit-Limit': '10',
      'X-RateLimit-Remaining': String(limit.remaining),
      'X-RateLimit-Reset': String(limit.reset),
    };
    if (!limit.allowed) return sendAppwriteError(ctx.res, rateLimitError(), headers);
    const session = auth.resolveSession(ctx);
    // Appwrite always calls Figma's refresh for a figma session, whatever the expiry.
    const refreshed = figma.refresh(session.providerRefreshToken);
    if (!refreshed.ok) {
      const unauthorized = refreshed.status === 401;
      return sendAppwriteError(
        ctx.res,
        new AppwriteError(
          unauthorized ? 401 : 400,
          unauthorized ? 'user_oauth2_unauthorized' : 'user_oauth2_bad_request',
          `Failed to obtain access token. The Figma OAuth2 provider returned an error: ${refreshed.message}`,
        ),
        headers,
      );
    }
    const now = Date.now();
    session.providerAccessToken = refreshed.accessToken;
    session.providerAccessTokenExpiry = iso(now + refreshed.expiresIn * 1000);
    session.expire = iso(now + SESSION_LIFETIME_MS);
    session.updatedAt = iso(now);
    const format = state.config.nonIsoPatchExpire ? 'legacy' : 'iso';
    sendJson(ctx.res, 200, sessionModel(session, true, format), headers);
  };
}

function remove(state: EmulatorState, auth: AppwriteAuth) {
  return (ctx: Ctx) => {
    const key = `url:${ctx.req.headers.host}/v1/account/sessions/:sessionId,ip:${clientIp(ctx.req)}:delete`;
    if (!hitWindow(state, key, 100).allowed) throw rateLimitError();
    const session = auth.resolveSession(ctx);
    const isCurrent = session === auth.currentSession(ctx);
    state.sessions.delete(session.id);
    ctx.res.writeHead(204, isCurrent ? auth.sessionDeletedHeaders(ctx) : {});
    ctx.res.end();
  };
}

export function appwriteSessionRoutes(
  state: EmulatorState,
  figma: FigmaOAuth,
  auth: AppwriteAuth,
): Route[] {
  return [
    route('POST', '/v1/account/sessions/token', createFromToken(state, auth)),
    route(
      'GET',
      '/v1/account/sessions/:sessionId',
      (ctx) => {
        const session = auth.resolveSession(ctx);
        sendJson(ctx.res, 200, sessionModel(session, session === auth.currentSession(ctx)));
      },
      sessionStatsKey('GET'),
    ),
    route(
      'PATCH',
      '/v1/account/sessions/:sessionId',
      refresh(state, figma, auth),
      sessionStatsKey('PATCH'),
    ),
    route(
      'DELETE',
      '/v1/account/sessions/:sessionId',
      remove(state, auth),
      sessionStatsKey('DELETE'),
    ),
  ];
}
