/**
 * The Figma token gate: every Figma request awaits `token()` first.
 *
 * Why it is this careful: Appwrite's `updateSession('current')` always calls Figma's refresh
 * endpoint, Figma keeps ONE access token per app per user (so each refresh kills the previous
 * token, in every tab), and Appwrite allows only 10 such refreshes per hour per IP. So we read the
 * stored token with `getSession` (free), refresh only when it is missing, expiring or rejected, let
 * concurrent callers share one refresh, and serialise refreshes across tabs with a Web Lock,
 * re-reading the session inside the lock so a second tab adopts the first tab's new token instead
 * of killing it.
 */
import { FigmaAuthError } from './figma-auth-error';
import { parseAppwriteDate } from './parse-appwrite-date';

export interface ProviderSession {
  providerAccessToken: string;
  providerAccessTokenExpiry: string;
}

/** What the gate needs from Appwrite (the network edge, injected so each rule is testable). */
export interface SessionSource {
  getSession(): Promise<ProviderSession>;
  updateSession(): Promise<ProviderSession>;
}

/** The subset of `navigator.locks` the gate uses. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface TokenGateOptions {
  source: SessionSource;
  mode?: 'when-needed' | 'always';
  /** Refresh this long before the recorded expiry. */
  marginMs?: number;
  /** In `always` mode, callers within this window after a refresh reuse it: one refresh per burst. */
  burstWindowMs?: number;
  locks?: LockManagerLike | undefined;
  /**
   * When any tab last refreshed (a timestamp, never a token), so in `always` mode a tab that holds
   * no token yet adopts a refresh another tab made a moment ago instead of killing it.
   */
  lastRefresh?: SharedTimestamp | undefined;
  now?: () => number;
}

export interface SharedTimestamp {
  get(): number;
  set(value: number): void;
}

export interface FigmaTokenGate {
  token(): Promise<string>;
  /** A Figma response said this token is dead: the next `token()` refreshes (once, shared). */
  reportRejected(token: string): void;
  /** Sign-out: forget everything, and ignore refreshes still in flight from the old session. */
  clear(): void;
}

interface HeldToken {
  value: string;
  expiresAt: number;
  /** When this process obtained it through a refresh (for `always` bursts), else NaN. */
  refreshedAt: number;
}

export const REFRESH_LOCK_NAME = 'tokenport:figma-token-refresh';
const DEFAULT_MARGIN_MS = 5 * 60 * 1000;
const DEFAULT_BURST_WINDOW_MS = 1500;

interface AppwriteLikeError {
  code: number;
  type: string;
}

function appwriteError(error: unknown): AppwriteLikeError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, type } = error as { code?: unknown; type?: unknown };
  if (typeof code !== 'number') return undefined;
  return { code, type: typeof type === 'string' ? type : '' };
}

/** Appwrite's abuse windows are fixed hours, so the limit lifts at the top of the next hour. */
function nextFullHour(now: number): Date {
  const next = new Date(now);
  next.setUTCMinutes(60, 0, 0);
  return next;
}

export function createFigmaTokenGate(options: TokenGateOptions): FigmaTokenGate {
  const source = options.source;
  const mode = options.mode ?? 'when-needed';
  const marginMs = options.marginMs ?? DEFAULT_MARGIN_MS;
  const burstWindowMs = options.burstWindowMs ?? DEFAULT_BURST_WINDOW_MS;
  const now = options.now ?? Date.now;
  const locks = options.locks;
  const lastRefresh = options.lastRefresh;

  let held: HeldToken | undefined;
  let rejected = new Set<string>();
  let inFlight: Promise<string> | undefined;
  // Bumped by clear(): results of work started before a sign-out must not repopulate the gate.
  let generation = 0;

  const isUsable = (value: string, expiresAt: number): boolean =>
    value !== '' && !rejected.has(value) && !(expiresAt - now() <= marginMs);

  function toHeld(session: ProviderSession, refreshed: boolean): HeldToken {
    return {
      value: session.providerAccessToken ?? '',
      expiresAt: parseAppwriteDate(session.providerAccessTokenExpiry),
      refreshedAt: refreshed ? now() : Number.NaN,
    };
  }

  function mapSessionError(error: unknown): unknown {
    const aw = appwriteError(error);
    if (!aw) return error;
    if (aw.code === 401 && aw.type === 'general_unauthorized_scope') {
      return new FigmaAuthError('signed-out', 'Your Tokenport session has ended. Sign in again.');
    }
    if (aw.code === 404 && aw.type === 'user_session_not_found') {
      return new FigmaAuthError('signed-out', 'Your Tokenport session has ended. Sign in again.');
    }
    if (aw.type.startsWith('user_oauth2_') || aw.type === 'project_provider_unsupported') {
      return new FigmaAuthError(
        'revoked',
        'Figma access was revoked or expired — reconnect Figma to continue.',
      );
    }
    return error;
  }

  /** Runs inside the cross-tab lock: decide from the freshest stored state whether to refresh. */
  async function refreshUnderLock(replacing: string | undefined): Promise<HeldToken> {
    const stored = toHeld(await source.getSession(), false);
    const anotherTabRefreshed =
      replacing !== undefined &&
      stored.value !== replacing &&
      isUsable(stored.value, stored.expiresAt);
    if (anotherTabRefreshed) return { ...stored, refreshedAt: now() };
    const refreshedMomentsAgo =
      lastRefresh !== undefined && now() - lastRefresh.get() < burstWindowMs;
    if (mode === 'always' && refreshedMomentsAgo && isUsable(stored.value, stored.expiresAt)) {
      return { ...stored, refreshedAt: lastRefresh.get() };
    }
    if (
      mode === 'when-needed' &&
      replacing === undefined &&
      isUsable(stored.value, stored.expiresAt)
    ) {
      return stored;
    }
    try {
      const updated = toHeld(await source.updateSession(), true);
      lastRefresh?.set(updated.refreshedAt);
      if (updated.value === '') {
        throw new FigmaAuthError(
          'no-provider-token',
          'This Appwrite session holds no Figma token. Sign in again with Figma.',
        );
      }
      return updated;
    } catch (error) {
      const aw = appwriteError(error);
      if (aw?.code === 429) {
        // The limit only blocks refreshing; a stored token that has not expired (even one inside
        // the early-refresh margin, or one `always` mode wanted to renew) keeps working.
        const stillValid =
          stored.value !== '' && !rejected.has(stored.value) && stored.expiresAt > now();
        if (stillValid) return stored;
        throw new FigmaAuthError(
          'rate-limited',
          'Figma access needs renewing, but Appwrite allows only 10 renewals per hour.',
          nextFullHour(now()),
        );
      }
      throw mapSessionError(error);
    }
  }

  function refresh(): Promise<string> {
    if (inFlight) return inFlight;
    const startedIn = generation;
    const replacing = held?.value;
    const run = async (): Promise<string> => {
      const work = () => refreshUnderLock(replacing);
      const next = locks ? await locks.request(REFRESH_LOCK_NAME, work) : await work();
      if (startedIn !== generation) {
        throw new FigmaAuthError('signed-out', 'You signed out while Figma access was renewing.');
      }
      held = next;
      return next.value;
    };
    inFlight = run().finally(() => {
      if (startedIn === generation) inFlight = undefined;
    });
    return inFlight;
  }

  async function load(): Promise<string> {
    const startedIn = generation;
    let session: ProviderSession;
    try {
      session = await source.getSession();
    } catch (error) {
      throw mapSessionError(error);
    }
    if (startedIn !== generation) {
      throw new FigmaAuthError('signed-out', 'You signed out while Figma access was loading.');
    }
    const stored = toHeld(session, false);
    if (isUsable(stored.value, stored.expiresAt)) {
      held = stored;
      return stored.value;
    }
    return refresh();
  }

  let loading: Promise<string> | undefined;

  return {
    async token() {
      if (inFlight) return inFlight;
      if (mode === 'always') {
        const fresh =
          held && now() - held.refreshedAt < burstWindowMs && isUsable(held.value, held.expiresAt);
        return fresh && held ? held.value : refresh();
      }
      if (held && isUsable(held.value, held.expiresAt)) return held.value;
      if (held) return refresh();
      loading ??= load().finally(() => {
        loading = undefined;
      });
      return loading;
    },
    reportRejected(token) {
      rejected.add(token);
    },
    clear() {
      generation += 1;
      held = undefined;
      rejected = new Set();
      inFlight = undefined;
      loading = undefined;
    },
  };
}
