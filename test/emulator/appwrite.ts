/**
 * The subset of Appwrite's account API that Tokenport uses, held to the real contracts (status
 * codes, error bodies, redirects, cookies, rate limits) as documented in shared/research/appwrite.md.
 */
import type { ServerResponse } from 'node:http';
import type { Ctx, Route } from './http';
import { clientIp, escapeHtml, parseCookies, redirect, route, sendHtml, sendJson } from './http';
import type { AppwriteSession, AppwriteUser, EmulatorState } from './state';
import { demoUserByFigmaId, hitWindow, newId, PROJECT_ID } from './state';
import type { FigmaOAuth } from './figma-oauth';

export const APPWRITE_VERSION = '1.9.6';
const ALLOWED_HOSTS = new Set(['localhost', '127.0.0.1']);
const SESSION_COOKIE = `a_session_${PROJECT_ID}`;

export class AppwriteError extends Error {
  constructor(
    readonly code: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendAppwriteError(
  res: ServerResponse,
  error: AppwriteError,
  headers: Record<string, string> = {},
) {
  sendJson(
    res,
    error.code,
    { message: error.message, code: error.code, type: error.type, version: APPWRITE_VERSION },
    {
      'Cache-Control': 'no-cache, no-store, must-revalidate',
      Expires: '0',
      Pragma: 'no-cache',
      ...headers,
    },
  );
}

const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');
/** Appwrite 1.9.x's PATCH reply format. */
const legacyDate = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

function userModel(user: AppwriteUser) {
  return {
    $id: user.id,
    $createdAt: user.createdAt,
    $updatedAt: user.createdAt,
    name: user.name,
    registration: user.createdAt,
    status: true,
    labels: [],
    passwordUpdate: '',
    email: user.email,
    phone: '',
    emailVerification: true,
    phoneVerification: false,
    mfa: false,
    prefs: user.prefs,
    targets: [
      {
        $id: `target-${user.id}`,
        $createdAt: user.createdAt,
        $updatedAt: user.createdAt,
        name: '',
        userId: user.id,
        providerId: null,
        providerType: 'email',
        identifier: user.email,
        expired: false,
      },
    ],
    accessedAt: iso(Date.now()),
  };
}

function sessionModel(
  session: AppwriteSession,
  current: boolean,
  expireFormat: 'iso' | 'legacy' = 'iso',
) {
  const expireMs = Date.parse(session.expire);
  return {
    $id: session.id,
    $createdAt: session.createdAt,
    $updatedAt: session.updatedAt,
    userId: session.userId,
    expire: expireFormat === 'legacy' ? legacyDate(expireMs) : session.expire,
    provider: 'figma',
    providerUid: session.providerUid,
    providerAccessToken: session.providerAccessToken,
    providerAccessTokenExpiry: session.providerAccessTokenExpiry,
    providerRefreshToken: session.providerRefreshToken,
    ip: '127.0.0.1',
    osCode: 'LIN',
    osName: 'Linux',
    osVersion: '',
    clientType: 'browser',
    clientCode: 'CH',
    clientName: 'Chrome',
    clientVersion: '',
    clientEngine: 'Blink',
    clientEngineVersion: '',
    deviceName: 'desktop',
    deviceBrand: '',
    deviceModel: '',
    countryCode: '--',
    countryName: 'Unknown',
    current,
    factors: session.factors,
    secret: '',
    mfaUpdatedAt: '',
  };
}

function cookieHeaders(value: string, expires: Date): string[] {
  // SameSite=None requires Secure, which plain http://localhost cannot set; the app and the
  // emulator share the `localhost` site, so Lax carries the cookie on the SDK's fetches.
  const attributes = `Path=/; HttpOnly; SameSite=Lax; Expires=${expires.toUTCString()}`;
  return [
    `${SESSION_COOKIE}=${encodeURIComponent(value)}; ${attributes}`,
    `${SESSION_COOKIE}_legacy=${encodeURIComponent(value)}; ${attributes}`,
  ];
}

function clearedCookies(): string[] {
  const attributes = 'Path=/; HttpOnly; SameSite=Lax; Expires=Thu, 01 Jan 1970 00:00:00 GMT';
  return [`${SESSION_COOKIE}=; ${attributes}`, `${SESSION_COOKIE}_legacy=; ${attributes}`];
}

function encodeSessionCookie(session: AppwriteSession) {
  return Buffer.from(JSON.stringify({ id: session.userId, secret: session.secret })).toString(
    'base64',
  );
}

export function createAppwriteRoutes(
  state: EmulatorState,
  figma: FigmaOAuth,
  origins: () => { appwrite: string; figma: string },
): Route[] {
  function currentSession(ctx: Ctx): AppwriteSession | undefined {
    const cookies = parseCookies(ctx.req.headers.cookie);
    let raw = cookies[SESSION_COOKIE] ?? cookies[`${SESSION_COOKIE}_legacy`];
    const fallback = ctx.req.headers['x-fallback-cookies'];
    if (!raw && typeof fallback === 'string') {
      try {
        raw = (JSON.parse(fallback) as Record<string, string>)[SESSION_COOKIE];
      } catch {
        raw = undefined;
      }
    }
    if (!raw) return undefined;
    let parsed: { id?: string; secret?: string };
    try {
      parsed = JSON.parse(Buffer.from(raw, 'base64').toString('utf8')) as typeof parsed;
    } catch {
      return undefined;
    }
    for (const session of state.sessions.values()) {
      if (
        session.userId === parsed.id &&
        session.secret === parsed.secret &&
        Date.parse(session.expire) >= Date.now()
      ) {
        return session;
      }
    }
    return undefined;
  }

  function requireSession(ctx: Ctx): AppwriteSession {
    const session = currentSession(ctx);
    if (!session)
      throw new AppwriteError(
        401,
        'general_unauthorized_scope',
        'User (role: guests) missing scopes (["account"])',
      );
    return session;
  }

  function resolveSession(ctx: Ctx): AppwriteSession {
    const session = requireSession(ctx);
    const id = ctx.params.sessionId;
    if (id === 'current') return session;
    const other = state.sessions.get(id ?? '');
    if (!other || other.userId !== session.userId) {
      throw new AppwriteError(
        404,
        'user_session_not_found',
        'The current user session could not be found.',
      );
    }
    return other;
  }

  function createSession(
    userId: string,
    grant: { accessToken: string; refreshToken: string; accessExpiresAt: number },
    figmaId: string,
    withTokens: boolean,
  ): AppwriteSession {
    const now = Date.now();
    const session: AppwriteSession = {
      id: newId(10),
      userId,
      secret: newId(32),
      providerUid: figmaId,
      providerAccessToken: withTokens ? grant.accessToken : '',
      providerRefreshToken: withTokens ? grant.refreshToken : '',
      providerAccessTokenExpiry: withTokens ? iso(grant.accessExpiresAt) : '',
      expire: iso(now + 365 * 86_400_000),
      createdAt: iso(now),
      updatedAt: iso(now),
      factors: ['email', 'oauth2'],
    };
    state.sessions.set(session.id, session);
    return session;
  }

  function oauthStart(token: boolean) {
    return (ctx: Ctx) => {
      const { url, res } = ctx;
      const limit = hitWindow(state, `oauth:${clientIp(ctx.req)}`, 50);
      if (!limit.allowed) {
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
          return sendHtml(
            res,
            400,
            `<h1>Invalid \`${param}\` param: Invalid URI. Register your new client (${escapeHtml(host)}) as a new Web platform on your project console dashboard</h1>`,
          );
        }
      }
      const scopes = ['current_user:read'];
      for (const [key, value] of url.searchParams) {
        if (/^scopes(\[\d*\])?$/.test(key) && !scopes.includes(value)) scopes.push(value);
      }
      const stateParam = JSON.stringify({ success, failure, token });
      const authorize = new URL('/oauth', origins().figma);
      authorize.searchParams.set('response_type', 'code');
      authorize.searchParams.set('client_id', figma.clientId);
      authorize.searchParams.set(
        'redirect_uri',
        `${origins().appwrite}/v1/account/sessions/oauth2/callback/figma/${PROJECT_ID}`,
      );
      authorize.searchParams.set('scope', scopes.join(' '));
      authorize.searchParams.set('state', stateParam);
      redirect(res, authorize.toString());
    };
  }

  function failureRedirect(res: ServerResponse, failure: string, error: AppwriteError) {
    const target = new URL(failure);
    target.searchParams.set(
      'error',
      JSON.stringify({ message: error.message, type: error.type, code: error.code }),
    );
    redirect(res, target.toString());
  }

  return [
    route('GET', '/v1/account/sessions/oauth2/figma', oauthStart(false)),
    route('GET', '/v1/account/tokens/oauth2/figma', oauthStart(true)),
    route('GET', '/v1/account/sessions/oauth2/callback/figma/:projectId', (ctx) => {
      const target = new URL('/v1/account/sessions/oauth2/figma/redirect', origins().appwrite);
      for (const [key, value] of ctx.url.searchParams) target.searchParams.set(key, value);
      target.searchParams.set('project', ctx.params.projectId ?? '');
      redirect(ctx.res, target.toString());
    }),
    route('GET', '/v1/account/sessions/oauth2/figma/redirect', async (ctx) => {
      const { url, res } = ctx;
      const limit = hitWindow(state, `oauth:${clientIp(ctx.req)}`, 50);
      if (!limit.allowed) return sendHtml(res, 429, '<h1>Rate limit exceeded</h1>');
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
      const failure = loginState.failure || success;
      const providerError = url.searchParams.get('error');
      if (providerError) {
        const description = url.searchParams.get('error_description');
        return failureRedirect(
          res,
          failure,
          new AppwriteError(
            424,
            'user_oauth2_provider_error',
            `The Figma OAuth2 provider returned an error: ${providerError}${description ? `: ${description}` : ''}`,
          ),
        );
      }
      const code = url.searchParams.get('code');
      if (!code) {
        return failureRedirect(
          res,
          failure,
          new AppwriteError(
            424,
            'user_oauth2_provider_error',
            'Missing OAuth2 code. Please contact the Appwrite team for additional support.',
          ),
        );
      }
      const exchange = figma.exchangeCode(
        code,
        `${origins().appwrite}/v1/account/sessions/oauth2/callback/figma/${PROJECT_ID}`,
      );
      if (!exchange.ok) {
        return failureRedirect(
          res,
          failure,
          new AppwriteError(
            exchange.status,
            exchange.status === 401 ? 'user_oauth2_unauthorized' : 'user_oauth2_bad_request',
            `Failed to obtain access token. The Figma OAuth2 provider returned an error: ${exchange.message}`,
          ),
        );
      }
      const { grant } = exchange;
      const demo = demoUserByFigmaId(grant.figmaId);
      let user = [...state.users.values()].find((candidate) => candidate.figmaId === grant.figmaId);
      if (!user) {
        user = {
          id: `user${grant.figmaId}`,
          figmaId: grant.figmaId,
          name: demo?.handle ?? 'Figma user',
          email: demo?.email ?? `${grant.figmaId}@figma.test`,
          createdAt: iso(Date.now()),
          prefs: {},
        };
        state.users.set(user.id, user);
      }
      // Appwrite deletes the session this browser already had for the project.
      const previous = currentSession(ctx);
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
      const session = createSession(user.id, grant, grant.figmaId, true);
      redirect(res, success, 301, {
        'Set-Cookie': cookieHeaders(
          encodeSessionCookie(session),
          new Date(Date.parse(session.expire)),
        ),
      });
    }),
    route('POST', '/v1/account/sessions/token', async (ctx) => {
      const body = (await ctx.body()) as { userId?: string; secret?: string };
      const limit = hitWindow(state, `token:${clientIp(ctx.req)}:${body.userId ?? ''}`, 10);
      if (!limit.allowed)
        throw new AppwriteError(
          429,
          'general_rate_limit_exceeded',
          'Rate limit for the current endpoint has been exceeded. Please try again after some time.',
        );
      const entry = state.oauthTokens.get(body.secret ?? '');
      if (!entry || entry.userId !== body.userId || entry.expiresAt < Date.now()) {
        throw new AppwriteError(401, 'user_invalid_token', 'Invalid token passed in the request.');
      }
      state.oauthTokens.delete(body.secret ?? '');
      state.windows.delete(`token:${clientIp(ctx.req)}:${body.userId ?? ''}`);
      const session = createSession(
        entry.userId,
        entry.grant,
        entry.grant.figmaId,
        !state.config.tokenFlowWithoutProviderTokens,
      );
      session.factors = ['email'];
      sendJson(ctx.res, 201, sessionModel(session, true), {
        'Set-Cookie': cookieHeaders(
          encodeSessionCookie(session),
          new Date(Date.parse(session.expire)),
        ) as unknown as string,
      });
    }),
    route('GET', '/v1/account', (ctx) => {
      const session = requireSession(ctx);
      const user = state.users.get(session.userId);
      if (!user)
        throw new AppwriteError(
          401,
          'general_unauthorized_scope',
          'User (role: guests) missing scopes (["account"])',
        );
      sendJson(ctx.res, 200, userModel(user));
    }),
    route('GET', '/v1/account/prefs', (ctx) => {
      const session = requireSession(ctx);
      sendJson(ctx.res, 200, state.users.get(session.userId)?.prefs ?? {});
    }),
    route('PATCH', '/v1/account/prefs', async (ctx) => {
      const session = requireSession(ctx);
      const body = (await ctx.body()) as { prefs?: unknown };
      if (typeof body.prefs !== 'object' || body.prefs === null || Array.isArray(body.prefs)) {
        throw new AppwriteError(
          400,
          'general_argument_invalid',
          'Invalid `prefs` param: Value must be a valid object.',
        );
      }
      if (JSON.stringify(body.prefs).length > 65_535) {
        throw new AppwriteError(
          400,
          'general_argument_invalid',
          'Invalid `prefs` param: Value must be a valid object and no longer than 65535 characters.',
        );
      }
      const user = state.users.get(session.userId);
      if (!user)
        throw new AppwriteError(
          401,
          'general_unauthorized_scope',
          'User (role: guests) missing scopes (["account"])',
        );
      user.prefs = body.prefs as Record<string, unknown>;
      sendJson(ctx.res, 200, userModel(user));
    }),
    route(
      'GET',
      '/v1/account/sessions/:sessionId',
      (ctx) => {
        const session = resolveSession(ctx);
        sendJson(ctx.res, 200, sessionModel(session, session === currentSession(ctx)));
      },
      sessionStatsKey('GET'),
    ),
    route(
      'PATCH',
      '/v1/account/sessions/:sessionId',
      async (ctx) => {
        const key = `url:${ctx.req.headers.host}/v1/account/sessions/:sessionId,ip:${clientIp(ctx.req)}`;
        const limit = hitWindow(state, key, 10);
        const headers = {
          'X-RateLimit-Limit': '10',
          'X-RateLimit-Remaining': String(limit.remaining),
          'X-RateLimit-Reset': String(limit.reset),
        };
        if (!limit.allowed) {
          return sendAppwriteError(
            ctx.res,
            new AppwriteError(
              429,
              'general_rate_limit_exceeded',
              'Rate limit for the current endpoint has been exceeded. Please try again after some time.',
            ),
            headers,
          );
        }
        const session = resolveSession(ctx);
        // Appwrite always calls Figma's refresh for a figma session, whatever the expiry.
        const refreshed = figma.refresh(session.providerRefreshToken);
        if (!refreshed.ok) {
          const type =
            refreshed.status === 401 ? 'user_oauth2_unauthorized' : 'user_oauth2_bad_request';
          return sendAppwriteError(
            ctx.res,
            new AppwriteError(
              refreshed.status === 401 ? 401 : 400,
              type,
              `Failed to obtain access token. The Figma OAuth2 provider returned an error: ${refreshed.message}`,
            ),
            headers,
          );
        }
        const now = Date.now();
        session.providerAccessToken = refreshed.accessToken;
        session.providerAccessTokenExpiry = iso(now + refreshed.expiresIn * 1000);
        session.expire = iso(now + 365 * 86_400_000);
        session.updatedAt = iso(now);
        sendJson(
          ctx.res,
          200,
          sessionModel(session, true, state.config.nonIsoPatchExpire ? 'legacy' : 'iso'),
          headers,
        );
      },
      sessionStatsKey('PATCH'),
    ),
    route(
      'DELETE',
      '/v1/account/sessions/:sessionId',
      (ctx) => {
        const key = `url:${ctx.req.headers.host}/v1/account/sessions/:sessionId,ip:${clientIp(ctx.req)}:delete`;
        if (!hitWindow(state, key, 100).allowed) {
          throw new AppwriteError(
            429,
            'general_rate_limit_exceeded',
            'Rate limit for the current endpoint has been exceeded. Please try again after some time.',
          );
        }
        const session = resolveSession(ctx);
        const isCurrent = session === currentSession(ctx);
        state.sessions.delete(session.id);
        ctx.res.writeHead(204, isCurrent ? { 'Set-Cookie': clearedCookies() } : {});
        ctx.res.end();
      },
      sessionStatsKey('DELETE'),
    ),
  ];
}

function sessionStatsKey(method: string) {
  return (params: Record<string, string>) =>
    `${method} /v1/account/sessions/${params.sessionId === 'current' ? 'current' : ':sessionId'}`;
}
