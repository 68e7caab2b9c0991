import { describe, expect, it } from 'vitest';
import { createFigmaTokenGate } from './figma-token-gate';
import type { LockManagerLike, SessionSource } from './figma-token-gate';
import type { FigmaAuthError } from './figma-auth-error';
import { inMemoryGateMemory, parseGateMemory } from './gate-memory';
import { AccountError } from '../lib/account-error';
import type { FigmaSession } from '../lib/appwrite';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 10, 22, 10, 15, 0);

const rateLimited = () => new AccountError('rate-limited', 'Rate limit exceeded', 429);
const figmaRefused = () => new AccountError('figma-refused', 'Figma refused the refresh', 400);
const serverError = () => new AccountError('server', 'Server error', 500);

/**
 * Appwrite + Figma as the gate sees them through src/lib/appwrite.ts: one stored provider token
 * per session; every refresh (PATCH) mints a new one (Figma kills the old), counted like the
 * emulator's stats.
 */
class FakeSessions implements SessionSource {
  sessionId = 'session-1';
  token = 'figma-1';
  expiresAt: number;
  updatedAt: number;
  lifetimeMs = 90 * DAY;
  reads = 0;
  patches = 0;
  failRefreshWith: (() => AccountError) | undefined;
  failReadWith: (() => AccountError) | undefined;
  /** A server whose refresh does not move the stored expiry (clock skew, a quirk). */
  refreshKeepsExpiry = false;

  constructor(private readonly clock: { now: number }) {
    this.updatedAt = clock.now;
    this.expiresAt = clock.now + this.lifetimeMs;
  }

  /** A new sign-in: a new Appwrite session with a fresh token. */
  signIn() {
    this.sessionId = `session-${this.patches + 100}`;
    this.token = `figma-signin-${this.sessionId}`;
    this.updatedAt = this.clock.now;
    this.expiresAt = this.clock.now + this.lifetimeMs;
  }

  private snapshot(): FigmaSession {
    return {
      sessionId: this.sessionId,
      accessToken: this.token,
      expiresAt: this.expiresAt,
      updatedAt: this.updatedAt,
    };
  }

  async read() {
    this.reads += 1;
    await Promise.resolve();
    if (this.failReadWith) throw this.failReadWith();
    return this.snapshot();
  }

  /** Appwrite's PATCH by session id: an id that is not this session's is a 404. */
  async refresh(sessionId: string) {
    this.patches += 1;
    await Promise.resolve();
    if (sessionId !== this.sessionId) {
      throw new AccountError('unauthorized', 'The current user session could not be found.', 404);
    }
    if (this.failRefreshWith) throw this.failRefreshWith();
    this.token = `figma-${this.patches + 1}`;
    this.updatedAt = this.clock.now;
    if (!this.refreshKeepsExpiry) this.expiresAt = this.clock.now + this.lifetimeMs;
    return this.snapshot();
  }
}

/** A Web Lock stand-in: one holder at a time, shared by every "tab" given the same instance. */
function fakeLocks(): LockManagerLike & { acquisitions: number } {
  let tail: Promise<unknown> = Promise.resolve();
  const manager = {
    acquisitions: 0,
    request<T>(_name: string, callback: () => Promise<T>): Promise<T> {
      const run = tail.then(() => {
        manager.acquisitions += 1;
        return callback();
      });
      tail = run.catch(() => undefined);
      return run;
    },
  };
  return manager;
}

/** One browser: tabs share the sessions, the lock and the remembered state; a reload is a new gate. */
function setup(mode: 'when-needed' | 'always' = 'when-needed') {
  const clock = { now: START };
  const sessions = new FakeSessions(clock);
  const locks = fakeLocks();
  const memory = inMemoryGateMemory();
  const makeGate = () =>
    createFigmaTokenGate({ source: sessions, mode, locks, memory, now: () => clock.now });
  return { clock, sessions, locks, memory, gate: makeGate(), makeGate };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as FigmaAuthError,
  );

describe('figma token gate, when-needed mode', () => {
  it('reads the stored token and does not refresh a valid one', async () => {
    const { gate, sessions } = setup();
    await expect(gate.token()).resolves.toBe('figma-1');
    await expect(gate.token()).resolves.toBe('figma-1');
    expect(sessions.reads).toBe(1);
    expect(sessions.patches).toBe(0);
  });

  it('refreshes when the session holds no token', async () => {
    const { gate, sessions } = setup();
    sessions.token = '';
    await expect(gate.token()).resolves.toBe('figma-2');
    expect(sessions.patches).toBe(1);
  });

  it('refreshes an expired token and one expiring within the margin', async () => {
    const { gate, sessions, clock } = setup();
    sessions.expiresAt = clock.now - 1000;
    await expect(gate.token()).resolves.toBe('figma-2');
    clock.now += 90 * DAY - MINUTE; // one minute before the new expiry: inside the 5-minute margin
    await expect(gate.token()).resolves.toBe('figma-3');
    expect(sessions.patches).toBe(2);
  });

  it('refreshes once after a rejection and shares that refresh between concurrent callers', async () => {
    const { gate, sessions } = setup();
    gate.reportRejected(await gate.token());
    const results = await Promise.all(Array.from({ length: 12 }, () => gate.token()));
    expect(new Set(results)).toEqual(new Set(['figma-2']));
    expect(sessions.patches).toBe(1);
  });

  it('ignores a late rejection of a token it already replaced', async () => {
    const { gate, sessions } = setup();
    const old = await gate.token();
    gate.reportRejected(old);
    await gate.token();
    gate.reportRejected(old);
    await expect(gate.token()).resolves.toBe('figma-2');
    expect(sessions.patches).toBe(1);
  });

  it('two tabs rejecting the same token refresh once: the second adopts the first one’s token', async () => {
    const { makeGate, sessions, locks } = setup();
    const tabA = makeGate();
    const tabB = makeGate();
    const [a, b] = await Promise.all([tabA.token(), tabB.token()]);
    tabA.reportRejected(a);
    tabB.reportRejected(b);
    const [nextA, nextB] = await Promise.all([tabA.token(), tabB.token()]);
    expect(nextA).toBe('figma-2');
    expect(nextB).toBe('figma-2');
    expect(sessions.patches).toBe(1);
    expect(locks.acquisitions).toBe(2);
  });
});

describe('figma token gate, lifetimes shorter than the margin', () => {
  it('a 2-minute token is used for 90 s, not refreshed on every view', async () => {
    const { makeGate, sessions, clock } = setup();
    sessions.lifetimeMs = 2 * MINUTE;
    sessions.signIn();
    for (let view = 0; view < 10; view += 1) {
      await expect(makeGate().token()).resolves.toBe(sessions.token);
      clock.now += 9_000; // ten page loads within 90 s
    }
    expect(sessions.patches).toBe(0);
    clock.now = sessions.expiresAt - 20_000; // inside the 30-s margin (a quarter of the lifetime)
    await expect(makeGate().token()).resolves.toBe('figma-2');
    expect(sessions.patches).toBe(1);
  });

  it('the same holds for a token refreshed by the gate itself', async () => {
    const { gate, sessions, clock } = setup();
    sessions.lifetimeMs = MINUTE;
    sessions.token = '';
    await gate.token();
    for (let call = 0; call < 20; call += 1) {
      clock.now += 2_000; // 40 s of calls: before the 15-s margin of a 1-minute token
      await expect(gate.token()).resolves.toBe('figma-2');
    }
    expect(sessions.patches).toBe(1);
  });
});

describe('figma token gate, remembered states (across reloads and tabs)', () => {
  it('revoked: one PATCH, then none on any reload or tab until the user signs in again', async () => {
    const { gate, makeGate, sessions } = setup();
    gate.reportRejected(await gate.token());
    sessions.failRefreshWith = figmaRefused;
    expect((await failureOf(gate.token())).reason).toBe('revoked');

    for (let view = 0; view < 10; view += 1) {
      const reloaded = makeGate();
      const error = await reloaded.token().then(
        // The dead token may be handed out once; Figma rejects it and the gate must not refresh.
        (token) => {
          reloaded.reportRejected(token);
          return failureOf(reloaded.token());
        },
        (e: unknown) => e as FigmaAuthError,
      );
      expect(error.reason).toBe('revoked');
    }
    expect(sessions.patches).toBe(1);

    sessions.failRefreshWith = undefined;
    sessions.signIn();
    const afterSignIn = makeGate();
    await expect(afterSignIn.token()).resolves.toBe(sessions.token);
    afterSignIn.reportRejected(sessions.token);
    await expect(afterSignIn.token()).resolves.toMatch(/^figma-\d+$/);
    expect(sessions.patches).toBe(2);
  });

  it('rate-limited with an expired token: no PATCH on any view before the retry time, one after', async () => {
    const { makeGate, sessions, clock } = setup();
    sessions.expiresAt = clock.now - 1;
    sessions.failRefreshWith = rateLimited;
    const first = await failureOf(makeGate().token());
    expect(first.reason).toBe('rate-limited');
    expect(first.retryAt?.toISOString()).toBe('2026-11-22T11:00:00.000Z');

    for (let view = 0; view < 10; view += 1) {
      clock.now += 4 * MINUTE; // views across the rest of the hour
      const error = await failureOf(makeGate().token());
      expect(error.reason).toBe('rate-limited');
      expect(error.retryAt?.toISOString()).toBe('2026-11-22T11:00:00.000Z');
    }
    expect(sessions.patches).toBe(1);

    clock.now = Date.UTC(2026, 10, 22, 11, 0, 1);
    sessions.failRefreshWith = undefined;
    await expect(makeGate().token()).resolves.toBe('figma-3');
    expect(sessions.patches).toBe(2);
  });

  it('a token in its last 5 minutes plus a 429: one PATCH for 10 requests, all served', async () => {
    const { gate, makeGate, sessions, clock } = setup();
    sessions.expiresAt = clock.now + 4 * MINUTE; // a 90-day token in its last 4 minutes
    sessions.updatedAt = sessions.expiresAt - 90 * DAY;
    sessions.failRefreshWith = rateLimited;
    const tokens: string[] = [];
    for (let request = 0; request < 5; request += 1) tokens.push(await gate.token());
    for (let request = 0; request < 5; request += 1) tokens.push(await makeGate().token());
    expect(new Set(tokens)).toEqual(new Set(['figma-1']));
    expect(sessions.patches).toBe(1);
  });

  it('a refresh that leaves the expiry in the past: one PATCH in 12 loads, trusted until Figma rejects it', async () => {
    const { makeGate, sessions, clock } = setup();
    sessions.expiresAt = clock.now - DAY;
    sessions.refreshKeepsExpiry = true;
    for (let load = 0; load < 12; load += 1) {
      await expect(makeGate().token()).resolves.toBe('figma-2');
      clock.now += MINUTE;
    }
    expect(sessions.patches).toBe(1);

    const tab = makeGate();
    tab.reportRejected(await tab.token());
    await expect(tab.token()).resolves.toBe('figma-3');
    expect(sessions.patches).toBe(2);
  });

  it('a refresh that moves the expiry again ends the distrust', async () => {
    const { makeGate, sessions, clock, memory } = setup();
    sessions.expiresAt = clock.now - DAY;
    sessions.refreshKeepsExpiry = true;
    await makeGate().token();
    expect(memory.current?.expiryUnreliableAt).toBe(START);
    sessions.refreshKeepsExpiry = false;
    const tab = makeGate();
    tab.reportRejected(await tab.token());
    await tab.token();
    expect(memory.current?.expiryUnreliableAt).toBeUndefined();
  });

  it('Appwrite 5xx on the refresh: one PATCH, then none for a minute, then one', async () => {
    const { makeGate, sessions, clock } = setup();
    sessions.expiresAt = clock.now - 1;
    sessions.failRefreshWith = serverError;
    for (let view = 0; view < 6; view += 1) {
      const error = await failureOf(makeGate().token());
      expect(error.reason).toBe('renewal-failed');
      expect(error.retryAt?.getTime()).toBe(START + 60_000);
      clock.now += 9_000;
    }
    expect(sessions.patches).toBe(1);
    clock.now = START + 60_000;
    sessions.failRefreshWith = undefined;
    await expect(makeGate().token()).resolves.toBe('figma-3');
    expect(sessions.patches).toBe(2);
  });

  it('Appwrite 5xx with a token that still works keeps using it', async () => {
    const { gate, sessions, clock } = setup();
    sessions.expiresAt = clock.now + MINUTE; // a 90-day token in its last minute
    sessions.updatedAt = sessions.expiresAt - 90 * DAY;
    sessions.failRefreshWith = serverError;
    for (let request = 0; request < 5; request += 1) {
      await expect(gate.token()).resolves.toBe('figma-1');
    }
    expect(sessions.patches).toBe(1);
  });

  it('a session without a Figma token is remembered: one PATCH, not one per view', async () => {
    const { makeGate, sessions } = setup();
    sessions.token = '';
    sessions.refresh = async () => {
      sessions.patches += 1;
      return { sessionId: sessions.sessionId, accessToken: '', expiresAt: NaN, updatedAt: NaN };
    };
    for (let view = 0; view < 5; view += 1) {
      expect((await failureOf(makeGate().token())).reason).toBe('no-provider-token');
    }
    expect(sessions.patches).toBe(1);
  });

  it('two tabs meet the revocation together: one PATCH', async () => {
    const { makeGate, sessions } = setup();
    const tabs = [makeGate(), makeGate(), makeGate()];
    const tokens = await Promise.all(tabs.map((tab) => tab.token()));
    tabs.forEach((tab, index) => tab.reportRejected(tokens[index] ?? ''));
    sessions.failRefreshWith = figmaRefused;
    const errors = await Promise.all(tabs.map((tab) => failureOf(tab.token())));
    expect(errors.map((error) => error.reason)).toEqual(['revoked', 'revoked', 'revoked']);
    expect(sessions.patches).toBe(1);
  });
});

describe('figma token gate, failures', () => {
  it('on a 429 does not reuse a token Figma already rejected', async () => {
    const { gate, sessions } = setup();
    gate.reportRejected(await gate.token());
    sessions.failRefreshWith = rateLimited;
    expect((await failureOf(gate.token())).reason).toBe('rate-limited');
  });

  it('reports a missing Appwrite session as signed out', async () => {
    const { gate, sessions } = setup();
    sessions.failReadWith = () => new AccountError('unauthorized', 'missing scopes', 401);
    expect((await failureOf(gate.token())).reason).toBe('signed-out');
  });

  it('passes "cannot reach Appwrite" through untouched so callers can offer a retry', async () => {
    const { gate, sessions } = setup();
    sessions.failReadWith = () => new AccountError('timeout', 'no answer');
    await expect(gate.token()).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('after clear() a refresh still in flight cannot repopulate the gate', async () => {
    const { gate, sessions } = setup();
    gate.reportRejected(await gate.token());
    const pending = gate.token();
    gate.clear();
    await expect(pending).rejects.toMatchObject({ reason: 'signed-out' });
    sessions.token = 'figma-other-user';
    await expect(gate.token()).resolves.toBe('figma-other-user');
  });
});

describe('figma token gate, always mode', () => {
  it('refreshes once per burst of parallel requests', async () => {
    const { gate, sessions, clock } = setup('always');
    const burst = await Promise.all(Array.from({ length: 8 }, () => gate.token()));
    expect(new Set(burst)).toEqual(new Set(['figma-2']));
    expect(sessions.patches).toBe(1);
    clock.now += 500; // same burst window
    await expect(gate.token()).resolves.toBe('figma-2');
    clock.now += 5_000; // a later burst
    await expect(gate.token()).resolves.toBe('figma-3');
    expect(sessions.patches).toBe(2);
  });

  it('a second tab adopts the token the first tab just refreshed instead of refreshing again', async () => {
    const { makeGate, sessions } = setup('always');
    const [a, b] = await Promise.all([makeGate().token(), makeGate().token()]);
    expect(a).toBe('figma-2');
    expect(b).toBe('figma-2');
    expect(sessions.patches).toBe(1);
  });

  it('with a 429: one PATCH for 20 calls, served with the stored token', async () => {
    const { gate, makeGate, sessions, clock } = setup('always');
    sessions.failRefreshWith = rateLimited;
    for (let call = 0; call < 20; call += 1) {
      const tab = call % 2 === 0 ? gate : makeGate();
      await expect(tab.token()).resolves.toBe('figma-1');
      clock.now += 5_000; // every call its own burst
    }
    expect(sessions.patches).toBe(1);
  });
});

describe('parseGateMemory', () => {
  it('keeps well-formed fields and drops forged or corrupt ones', () => {
    expect(parseGateMemory(null)).toBeUndefined();
    expect(parseGateMemory({ dead: { reason: 'revoked', at: 1 } })).toBeUndefined();
    expect(
      parseGateMemory({
        sessionId: 's',
        dead: { reason: 'whatever', at: 1 },
        blocked: { reason: 'rate-limited', until: 'soon' },
        expiryUnreliableAt: 5,
        lastRefreshAt: Number.NaN,
        token: 'figu_leak',
      }),
    ).toEqual({ sessionId: 's', expiryUnreliableAt: 5 });
  });
});
