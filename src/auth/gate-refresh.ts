/**
 * One refresh (Appwrite's `updateSession`, which asks Figma for a new token) and what its answer
 * teaches the gate for every tab: Appwrite's limit or failure blocks refreshes until a retry time,
 * Figma's refusal marks the session dead, an expiry left in the past is not trusted again.
 */
import { isAccountError } from '../lib/account-error';
import { FigmaAuthError } from './figma-auth-error';
import { blockedError, deadError, SIGNED_OUT_MESSAGE } from './gate-errors';
import { retryTimeAfterRefreshLimit } from './gate-memory';
import type { GateMemory } from './gate-memory';
import type { HeldToken, TokenPolicy } from './gate-policy';
import type { FigmaSession } from '../lib/appwrite';

/** After Appwrite failed a refresh (5xx), wait this long before the next one. */
export const RENEWAL_FAILED_BACKOFF_MS = 60_000;

export interface RefreshContext {
  refresh(sessionId: string): Promise<FigmaSession>;
  policy: TokenPolicy;
  memoryOf(sessionId: string): GateMemory;
  remember(sessionId: string, change: (memory: GateMemory) => GateMemory): void;
  now(): number;
}

/** A refresh that failed: the stored token when it still works, else the error to show. */
function afterFailure(
  ctx: RefreshContext,
  error: unknown,
  stored: HeldToken,
  memory: GateMemory,
): HeldToken {
  const { policy, remember, now } = ctx;
  if (!isAccountError(error)) throw error;
  const block = (blocked: NonNullable<GateMemory['blocked']>) => {
    remember(stored.sessionId, (m) => ({ ...m, blocked }));
    if (policy.notExpired(stored, memory)) return stored;
    throw blockedError(blocked);
  };
  switch (error.kind) {
    case 'rate-limited':
      return block({ reason: 'rate-limited', until: retryTimeAfterRefreshLimit(now()) });
    case 'server':
      return block({ reason: 'renewal-failed', until: now() + RENEWAL_FAILED_BACKOFF_MS });
    case 'figma-refused':
      remember(stored.sessionId, (m) => ({ ...m, dead: { reason: 'revoked', at: now() } }));
      throw deadError('revoked');
    case 'unauthorized':
      throw new FigmaAuthError('signed-out', SIGNED_OUT_MESSAGE);
    default:
      // Offline or no answer: the stored token may still carry this request.
      if (policy.notExpired(stored, memory)) return stored;
      throw error;
  }
}

export async function refreshStored(ctx: RefreshContext, stored: HeldToken): Promise<HeldToken> {
  const { policy, remember, now } = ctx;
  const memory = ctx.memoryOf(stored.sessionId);
  let updated: HeldToken;
  try {
    updated = policy.toHeld(await ctx.refresh(stored.sessionId), true);
  } catch (error) {
    return afterFailure(ctx, error, stored, memory);
  }
  remember(updated.sessionId, ({ blocked: _lifted, expiryUnreliableAt, ...rest }) => ({
    ...rest,
    lastRefreshAt: updated.refreshedAt,
    ...(updated.value === '' ? { dead: { reason: 'no-provider-token', at: now() } } : {}),
    // A refresh that leaves the expiry in the past (clock skew, a server quirk) would be
    // repeated on every view: trust the token until Figma itself rejects it.
    ...(updated.expiresAt > now() ? {} : { expiryUnreliableAt: expiryUnreliableAt ?? now() }),
  }));
  if (updated.value === '') throw deadError('no-provider-token');
  return updated;
}
