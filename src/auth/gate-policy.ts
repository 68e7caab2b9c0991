/**
 * When a held Figma token is good enough to use: trusted (not rejected by Figma), not within the
 * refresh margin of its expiry (a margin of at most MARGIN_FRACTION of its lifetime), or with an
 * expiry a refresh could not move (then it is used until Figma rejects it).
 */
import type { FigmaSession } from '../lib/appwrite';
import type { GateMemory } from './gate-memory';

export interface HeldToken {
  value: string;
  sessionId: string;
  expiresAt: number;
  /** When Appwrite wrote it, in Appwrite's clock: with `expiresAt`, the token's lifetime. */
  issuedAt: number;
  /** When this tab obtained it through a refresh (for `always` bursts), else NaN. */
  refreshedAt: number;
}

/** A 2-minute token is refreshed 30 s before expiry, not on every view. */
export const MARGIN_FRACTION = 0.25;

export function tokenPolicy(
  marginMs: number,
  now: () => number,
  isRejected: (token: string) => boolean,
) {
  const trusted = (token: HeldToken) => token.value !== '' && !isRejected(token.value);

  function marginFor(token: HeldToken): number {
    const lifetime = token.expiresAt - token.issuedAt;
    return lifetime > 0 ? Math.min(marginMs, lifetime * MARGIN_FRACTION) : marginMs;
  }

  return {
    trusted,
    /** Good for a while: no reason to refresh. */
    fresh: (token: HeldToken, memory: GateMemory) =>
      trusted(token) &&
      (memory.expiryUnreliableAt !== undefined || token.expiresAt - now() > marginFor(token)),
    /** Still works, though a refresh would be due: what to use while refreshing is blocked. */
    notExpired: (token: HeldToken, memory: GateMemory) =>
      trusted(token) && (memory.expiryUnreliableAt !== undefined || token.expiresAt > now()),
    blockedNow: (memory: GateMemory) =>
      memory.blocked !== undefined && now() < memory.blocked.until,
    toHeld(session: FigmaSession, refreshed: boolean): HeldToken {
      return {
        value: session.accessToken,
        sessionId: session.sessionId,
        expiresAt: session.expiresAt,
        issuedAt: Number.isFinite(session.updatedAt) ? session.updatedAt : now(),
        refreshedAt: refreshed ? now() : Number.NaN,
      };
    },
  };
}

export type TokenPolicy = ReturnType<typeof tokenPolicy>;
