/**
 * The Figma token gate: every Figma request awaits `token()` first.
 *
 * Why it is this careful: Appwrite's `updateSession` always calls Figma's refresh
 * endpoint, Figma keeps ONE access token per app per user (so each refresh kills the previous
 * token, in every tab), and Appwrite allows only 10 such refreshes per hour per IP. So we read the
 * stored token (free), refresh only when it is missing, expiring or rejected, let concurrent
 * callers share one refresh, and serialise refreshes across tabs with a Web Lock, re-reading the
 * session inside the lock so a second tab adopts the first tab's new token instead of killing it.
 *
 * And it remembers, across reloads and tabs (see gate-memory.ts: states and timestamps, never a
 * token), what a refresh cannot fix: Figma refused it (no refresh until a new sign-in), Appwrite's
 * limit or an Appwrite failure (no refresh before the retry time), an expiry a refresh did not move
 * (trust the token until Figma rejects it).
 */
import type { FigmaSession } from '../lib/appwrite';
import { FigmaAuthError } from './figma-auth-error';
import { blockedError, deadError, mapReadError } from './gate-errors';
import { emptyMemory } from './gate-memory';
import type { GateMemory, GateMemoryStore } from './gate-memory';
import { tokenPolicy } from './gate-policy';
import type { HeldToken } from './gate-policy';
import { refreshStored } from './gate-refresh';

/** What the gate needs from Appwrite (the network edge, injected so each rule is testable). */
export interface SessionSource {
  read(): Promise<FigmaSession>;
  /** A new Figma token for this session (read first, so its id is known). */
  refresh(sessionId: string): Promise<FigmaSession>;
}

/** The subset of `navigator.locks` the gate uses. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface TokenGateOptions {
  source: SessionSource;
  /** Shared by the app's tabs and kept across reloads. */
  memory: GateMemoryStore;
  mode?: 'when-needed' | 'always';
  /** Refresh this long before the recorded expiry (at most MARGIN_FRACTION of the lifetime). */
  marginMs?: number;
  /** In `always` mode, callers within this window after a refresh reuse it: one refresh per burst. */
  burstWindowMs?: number;
  locks?: LockManagerLike | undefined;
  now?: () => number;
}

export interface FigmaTokenGate {
  token(): Promise<string>;
  /** A Figma response said this token is dead: the next `token()` refreshes (once, shared). */
  reportRejected(token: string): void;
  /** Sign-out: forget everything, and ignore refreshes still in flight from the old session. */
  clear(): void;
}

export const REFRESH_LOCK_NAME = 'tokenport:figma-token-refresh';
const DEFAULT_MARGIN_MS = 5 * 60 * 1000;
const DEFAULT_BURST_WINDOW_MS = 1500;

export function createFigmaTokenGate(options: TokenGateOptions): FigmaTokenGate {
  const { source, memory: store, locks } = options;
  const mode = options.mode ?? 'when-needed';
  const marginMs = options.marginMs ?? DEFAULT_MARGIN_MS;
  const burstWindowMs = options.burstWindowMs ?? DEFAULT_BURST_WINDOW_MS;
  const now = options.now ?? Date.now;

  let held: HeldToken | undefined;
  let rejected = new Set<string>();
  let inFlight: Promise<string> | undefined;
  let loading: Promise<string> | undefined;
  // Bumped by clear(): results of work started before a sign-out must not repopulate the gate.
  let generation = 0;

  const memoryOf = (sessionId: string): GateMemory => {
    const stored = store.read();
    return stored?.sessionId === sessionId ? stored : emptyMemory(sessionId);
  };
  const remember = (sessionId: string, change: (memory: GateMemory) => GateMemory) =>
    store.write(change(memoryOf(sessionId)));

  const policy = tokenPolicy(marginMs, now, (token) => rejected.has(token));
  const { fresh, notExpired, blockedNow, trusted } = policy;
  const refreshContext = { refresh: source.refresh.bind(source), policy, memoryOf, remember, now };

  async function readStored(): Promise<HeldToken> {
    try {
      return policy.toHeld(await source.read(), false);
    } catch (error) {
      throw mapReadError(error);
    }
  }

  /** Runs inside the cross-tab lock: decide from the freshest stored state whether to refresh. */
  async function refreshUnderLock(replacing: string | undefined): Promise<HeldToken> {
    const stored = await readStored();
    const memory = memoryOf(stored.sessionId);
    if (memory.dead) throw deadError(memory.dead.reason);
    if (mode === 'when-needed' && stored.value !== replacing && fresh(stored, memory)) {
      return stored;
    }
    const lastRefreshAt = memory.lastRefreshAt ?? Number.NEGATIVE_INFINITY;
    if (mode === 'always' && now() - lastRefreshAt < burstWindowMs && fresh(stored, memory)) {
      return { ...stored, refreshedAt: lastRefreshAt };
    }
    if (blockedNow(memory) && memory.blocked) {
      if (notExpired(stored, memory)) return stored;
      throw blockedError(memory.blocked);
    }
    return refreshStored(refreshContext, stored);
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

  /** What a tab holding `token` does now: use it, or refresh (which may still decide not to). */
  function serveOrRefresh(token: HeldToken): Promise<string> {
    const memory = memoryOf(token.sessionId);
    if (memory.dead) return Promise.reject(deadError(memory.dead.reason));
    const burstFresh = now() - token.refreshedAt < burstWindowMs && trusted(token);
    if (mode === 'always' ? burstFresh : fresh(token, memory)) {
      held = token;
      return Promise.resolve(token.value);
    }
    if (blockedNow(memory) && memory.blocked) {
      if (!notExpired(token, memory)) return Promise.reject(blockedError(memory.blocked));
      held = token;
      return Promise.resolve(token.value);
    }
    return refresh();
  }

  async function load(): Promise<string> {
    const startedIn = generation;
    const stored = await readStored();
    if (startedIn !== generation) {
      throw new FigmaAuthError('signed-out', 'You signed out while Figma access was loading.');
    }
    return serveOrRefresh(stored);
  }

  return {
    token() {
      if (inFlight) return inFlight;
      if (held) return serveOrRefresh(held);
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
