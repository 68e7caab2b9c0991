export type FigmaAuthReason =
  /** Figma refused the refresh: the user revoked the app or the grant expired. Reconnect. */
  | 'revoked'
  /** Appwrite's 10-per-hour limit on session refreshes, and the token we hold is no good. */
  | 'rate-limited'
  /** The Appwrite session itself is gone (signed out elsewhere, expired). */
  | 'signed-out'
  /** The session has no Figma token at all (e.g. a token-flow session on Appwrite 1.9.x). */
  | 'no-provider-token'
  /** Appwrite failed the refresh (5xx) and the token we hold is no good: retry at `retryAt`. */
  | 'renewal-failed';

/** Why Tokenport cannot call Figma on the user's behalf right now, and when to try again. */
export class FigmaAuthError extends Error {
  override readonly name = 'FigmaAuthError';
  readonly reason: FigmaAuthReason;
  readonly retryAt: Date | undefined;

  constructor(reason: FigmaAuthReason, message: string, retryAt?: Date) {
    super(message);
    this.reason = reason;
    this.retryAt = retryAt;
  }
}

export function isFigmaAuthError(error: unknown): error is FigmaAuthError {
  return error instanceof FigmaAuthError;
}
