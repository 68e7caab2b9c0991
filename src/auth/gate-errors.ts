/** The errors the Figma token gate gives callers, each saying what the user can do next. */
import { isAccountError } from '../lib/account-error';
import { FigmaAuthError } from './figma-auth-error';
import type { GateMemory } from './gate-memory';

export const SIGNED_OUT_MESSAGE = 'Your Tokenport session has ended. Sign in again.';

export function deadError(reason: NonNullable<GateMemory['dead']>['reason']): FigmaAuthError {
  return reason === 'revoked'
    ? new FigmaAuthError(
        'revoked',
        'Figma access was revoked or expired — reconnect Figma to continue.',
      )
    : new FigmaAuthError(
        'no-provider-token',
        'This Appwrite session holds no Figma token. Sign in again with Figma.',
      );
}

export function blockedError(blocked: NonNullable<GateMemory['blocked']>): FigmaAuthError {
  return blocked.reason === 'rate-limited'
    ? new FigmaAuthError(
        'rate-limited',
        'Figma access needs renewing, but Appwrite allows only 10 renewals per hour.',
        new Date(blocked.until),
      )
    : new FigmaAuthError(
        'renewal-failed',
        'Appwrite could not renew Figma access.',
        new Date(blocked.until),
      );
}

/** Reading the session: a missing session means signed out; everything else passes through. */
export function mapReadError(error: unknown): unknown {
  if (isAccountError(error) && error.kind === 'unauthorized') {
    return new FigmaAuthError('signed-out', SIGNED_OUT_MESSAGE);
  }
  return error;
}
