import { describe, expect, it } from 'vitest';
import { createFigmaTokenGate } from './figma-token-gate';
import type { LockManagerLike, ProviderSession, SessionSource } from './figma-token-gate';
import { FigmaAuthError } from './figma-auth-error';
import { parseAppwriteDate } from './parse-appwrite-date';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 10, 22, 10, 15, 0);

class FakeAppwriteError extends Error {
  constructor(
    readonly code: number,
    readonly type: string,
  ) {
    super(type);
  }
}

/**
 * Appwrite + Figma as the gate sees them: one stored provider token per session; every
 * updateSession mints a new one (Figma invalidates the old), counted like the emulator's stats.
 */
class FakeSessions implements SessionSource {
  token = 'figma-1';
  expiry: string;
  getCalls = 0;
  updateCalls = 0;
  failUpdateWith: FakeAppwriteError | undefined;
  failGetWith: FakeAppwriteError | undefined;
  isoExpiry = true;

  constructor(private readonly clock: { now: number }) {
    this.expiry = new Date(clock.now + 90 * DAY).toISOString();
  }

  private snapshot(): ProviderSession {
    return { providerAccessToken: this.token, providerAccessTokenExpiry: this.expiry };
  }

  async getSession() {
    this.getCalls += 1;
    await tick();
    if (this.failGetWith) throw this.failGetWith;
    return this.snapshot();
  }

  async updateSession() {
    this.updateCalls += 1;
    await tick();
    if (this.failUpdateWith) throw this.failUpdateWith;
    this.token = `figma-${this.updateCalls + 1}`;
    const expiry = new Date(this.clock.now + 90 * DAY);
    // Appwrite 1.9.x answers the PATCH with `Y-m-d H:i:s.v`.
    this.expiry = this.isoExpiry
      ? expiry.toISOString()
      : expiry.toISOString().replace('T', ' ').replace('Z', '');
    return this.snapshot();
  }
}

function tick() {
  return new Promise((resolve) => setTimeout(resolve, 1));
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

function setup(mode: 'when-needed' | 'always' = 'when-needed') {
  const clock = { now: START };
  const sessions = new FakeSessions(clock);
  const locks = fakeLocks();
  let refreshedAt = Number.NaN;
  const lastRefresh = { get: () => refreshedAt, set: (value: number) => (refreshedAt = value) };
  const makeGate = () =>
    createFigmaTokenGate({ source: sessions, mode, locks, lastRefresh, now: () => clock.now });
  return { clock, sessions, locks, gate: makeGate(), makeGate };
}

describe('figma token gate, when-needed mode', () => {
  it('reads the stored token with getSession and does not refresh a valid one', async () => {
    const { gate, sessions } = setup();
    await expect(gate.token()).resolves.toBe('figma-1');
    await expect(gate.token()).resolves.toBe('figma-1');
    expect(sessions.getCalls).toBe(1);
    expect(sessions.updateCalls).toBe(0);
  });

  it('refreshes when the session holds no token', async () => {
    const { gate, sessions } = setup();
    sessions.token = '';
    await expect(gate.token()).resolves.toBe('figma-2');
    expect(sessions.updateCalls).toBe(1);
  });

  it('refreshes an expired token and one expiring within the margin', async () => {
    const { gate, sessions, clock } = setup();
    sessions.expiry = new Date(clock.now - 1000).toISOString();
    await expect(gate.token()).resolves.toBe('figma-2');
    clock.now += 90 * DAY - 60_000; // one minute before the new expiry: inside the 5-minute margin
    await expect(gate.token()).resolves.toBe('figma-3');
    expect(sessions.updateCalls).toBe(2);
  });

  it('refreshes once after a rejection and shares that refresh between concurrent callers', async () => {
    const { gate, sessions } = setup();
    const first = await gate.token();
    gate.reportRejected(first);
    const results = await Promise.all(Array.from({ length: 12 }, () => gate.token()));
    expect(new Set(results)).toEqual(new Set(['figma-2']));
    expect(sessions.updateCalls).toBe(1);
  });

  it('ignores a late rejection of a token it already replaced', async () => {
    const { gate, sessions } = setup();
    const old = await gate.token();
    gate.reportRejected(old);
    await gate.token();
    gate.reportRejected(old);
    await expect(gate.token()).resolves.toBe('figma-2');
    expect(sessions.updateCalls).toBe(1);
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
    expect(sessions.updateCalls).toBe(1);
    expect(locks.acquisitions).toBe(2);
  });

  it('parses the non-ISO expiry that Appwrite 1.9.x returns from the PATCH', async () => {
    const { gate, sessions, clock } = setup();
    sessions.isoExpiry = false;
    sessions.token = '';
    await gate.token();
    clock.now += 10 * DAY;
    await expect(gate.token()).resolves.toBe('figma-2');
    expect(sessions.updateCalls).toBe(1);
  });
});

describe('figma token gate, failures', () => {
  it('turns a refresh Figma refuses into a "revoked" error the UI can offer reconnect for', async () => {
    const { gate, sessions } = setup();
    gate.reportRejected(await gate.token());
    sessions.failUpdateWith = new FakeAppwriteError(400, 'user_oauth2_bad_request');
    const error = await gate.token().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FigmaAuthError);
    expect((error as FigmaAuthError).reason).toBe('revoked');
  });

  it('on a 429 keeps using a stored token that has not expired yet', async () => {
    const { gate, sessions, clock } = setup();
    sessions.expiry = new Date(clock.now + 60_000).toISOString(); // valid, but inside the margin
    sessions.failUpdateWith = new FakeAppwriteError(429, 'general_rate_limit_exceeded');
    await expect(gate.token()).resolves.toBe('figma-1');
    expect(sessions.updateCalls).toBe(1);
  });

  it('on a 429 with an expired token says when to retry (the next full hour)', async () => {
    const { gate, sessions, clock } = setup();
    sessions.expiry = new Date(clock.now - 1).toISOString();
    sessions.failUpdateWith = new FakeAppwriteError(429, 'general_rate_limit_exceeded');
    const error = (await gate.token().catch((e: unknown) => e)) as FigmaAuthError;
    expect(error.reason).toBe('rate-limited');
    expect(error.retryAt?.toISOString()).toBe('2026-11-22T11:00:00.000Z');
  });

  it('on a 429 does not reuse a token Figma already rejected', async () => {
    const { gate, sessions } = setup();
    gate.reportRejected(await gate.token());
    sessions.failUpdateWith = new FakeAppwriteError(429, 'general_rate_limit_exceeded');
    const error = (await gate.token().catch((e: unknown) => e)) as FigmaAuthError;
    expect(error.reason).toBe('rate-limited');
  });

  it('reports a missing Appwrite session as signed out', async () => {
    const { gate, sessions } = setup();
    sessions.failGetWith = new FakeAppwriteError(401, 'general_unauthorized_scope');
    const error = (await gate.token().catch((e: unknown) => e)) as FigmaAuthError;
    expect(error.reason).toBe('signed-out');
  });

  it('passes network failures through untouched so callers can offer a retry', async () => {
    const { gate, sessions } = setup();
    sessions.getSession = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(gate.token()).rejects.toThrow(TypeError);
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
    expect(sessions.updateCalls).toBe(1);
    clock.now += 500; // same burst window
    await expect(gate.token()).resolves.toBe('figma-2');
    clock.now += 5_000; // a later burst
    await expect(gate.token()).resolves.toBe('figma-3');
    expect(sessions.updateCalls).toBe(2);
  });

  it('a second tab adopts the token the first tab just refreshed instead of refreshing again', async () => {
    const { makeGate, sessions } = setup('always');
    const tabA = makeGate();
    const tabB = makeGate();
    const [a, b] = await Promise.all([tabA.token(), tabB.token()]);
    expect(a).toBe('figma-2');
    expect(b).toBe('figma-2');
    expect(sessions.updateCalls).toBe(1);
  });
});

describe('parseAppwriteDate', () => {
  it('reads ISO 8601 with offsets and the legacy space-separated UTC form', () => {
    expect(parseAppwriteDate('2027-11-22T10:00:00.000+00:00')).toBe(Date.UTC(2027, 10, 22, 10));
    expect(parseAppwriteDate('2027-11-22 10:00:00.000')).toBe(Date.UTC(2027, 10, 22, 10));
    expect(parseAppwriteDate('')).toBeNaN();
    expect(parseAppwriteDate('soon')).toBeNaN();
  });
});
