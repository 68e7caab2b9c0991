/**
 * Who is calling: Appwrite's session lookup (research/appwrite.md §7: cookie, legacy cookie,
 * `X-Appwrite-Session`, then `X-Fallback-Cookies`), and the cookies and fallback header that go out
 * when a session is created or deleted (§5.3, §6, §8.3).
 */
import type { Ctx } from './http';
import { parseCookies } from './http';
import { AppwriteError, guestError } from './appwrite-errors';
import { iso } from './appwrite-models';
import { needsFallbackFor, sessionFromFallbackHeader } from './fallback-cookies';
import type { AppwriteSession, EmulatorState, FigmaGrant } from './state';
import { newId, PROJECT_ID } from './state';

export const SESSION_COOKIE = `a_session_${PROJECT_ID}`;
const SESSION_LIFETIME_MS = 365 * 86_400_000;

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

export type AppwriteAuth = ReturnType<typeof createAppwriteAuth>;

export function createAppwriteAuth(state: EmulatorState) {
  /** The raw session value, in Appwrite's order; says which source won in `X-Debug-Fallback`. */
  function rawSession(ctx: Ctx): string | undefined {
    const cookies = parseCookies(ctx.req.headers.cookie);
    const header = ctx.req.headers['x-appwrite-session'];
    const direct =
      cookies[SESSION_COOKIE] ||
      cookies[`${SESSION_COOKIE}_legacy`] ||
      (typeof header === 'string' && header !== '' ? header : undefined);
    if (!ctx.res.headersSent) ctx.res.setHeader('X-Debug-Fallback', direct ? 'false' : 'true');
    return (
      direct ?? sessionFromFallbackHeader(ctx.req.headers['x-fallback-cookies'], SESSION_COOKIE)
    );
  }

  function currentSession(ctx: Ctx): AppwriteSession | undefined {
    const raw = rawSession(ctx);
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
    if (!session) throw guestError();
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

  function createSession(userId: string, grant: FigmaGrant, withTokens: boolean): AppwriteSession {
    const now = Date.now();
    const session: AppwriteSession = {
      id: newId(10),
      userId,
      secret: newId(32),
      providerUid: grant.figmaId,
      providerAccessToken: withTokens ? grant.accessToken : '',
      providerRefreshToken: withTokens ? grant.refreshToken : '',
      providerAccessTokenExpiry: withTokens ? iso(grant.accessExpiresAt) : '',
      expire: iso(now + SESSION_LIFETIME_MS),
      createdAt: iso(now),
      updatedAt: iso(now),
      factors: ['email', 'oauth2'],
    };
    state.sessions.set(session.id, session);
    return session;
  }

  /** Cookies for a new session, plus the fallback copy when the caller is on another site. */
  function sessionCreatedHeaders(
    ctx: Ctx,
    session: AppwriteSession,
  ): Record<string, string | string[]> {
    const value = encodeSessionCookie(session);
    return {
      'Set-Cookie': cookieHeaders(value, new Date(Date.parse(session.expire))),
      ...(needsFallbackFor(ctx.req)
        ? { 'X-Fallback-Cookies': JSON.stringify({ [SESSION_COOKIE]: value }) }
        : {}),
    };
  }

  /** Expired cookies and, cross-site, an empty fallback, so the SDK forgets the secret too. */
  function sessionDeletedHeaders(ctx: Ctx): Record<string, string | string[]> {
    return {
      'Set-Cookie': clearedCookies(),
      ...(needsFallbackFor(ctx.req) ? { 'X-Fallback-Cookies': '[]' } : {}),
    };
  }

  return {
    currentSession,
    requireSession,
    resolveSession,
    createSession,
    sessionCreatedHeaders,
    sessionDeletedHeaders,
  };
}
