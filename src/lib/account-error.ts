/**
 * The app's own words for what went wrong with an Appwrite account call. src/lib/appwrite.ts
 * translates every SDK error into this once; nothing else reads Appwrite's codes or types.
 */
export type AccountErrorKind =
  /** No valid session: signed out, expired, deleted elsewhere, or a used one-time secret. */
  | 'unauthorized'
  /** Figma refused Appwrite's token refresh: access revoked, or the grant expired. */
  | 'figma-refused'
  /** Appwrite's abuse limit (e.g. 10 session refreshes per hour per IP). */
  | 'rate-limited'
  /** Appwrite answered 5xx. */
  | 'server'
  /** The request never reached Appwrite (offline, DNS, CORS). */
  | 'network'
  /** Appwrite did not answer in time. */
  | 'timeout'
  /** Any other refusal (4xx): a bug or a misconfiguration rather than a state of the session. */
  | 'rejected';

export class AccountError extends Error {
  override readonly name = 'AccountError';
  readonly kind: AccountErrorKind;
  /** HTTP status, 0 when there was no answer. For diagnostics only: decide on `kind`. */
  readonly status: number;

  constructor(kind: AccountErrorKind, message: string, status = 0) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

export function isAccountError(error: unknown): error is AccountError {
  return error instanceof AccountError;
}

/** Appwrite could not be reached at all: the screen says "Can't reach Appwrite … Retry". */
export function isAppwriteUnreachable(error: unknown): error is AccountError {
  return isAccountError(error) && (error.kind === 'network' || error.kind === 'timeout');
}
