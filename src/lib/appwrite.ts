/**
 * The app's Appwrite adapter: the only module that imports the SDK. It offers the account actions
 * Tokenport needs, bounds each with a deadline, and translates every Appwrite error once into an
 * `AccountError`, so no other module sees `Account`, `AppwriteException`, `OAuthProvider` or an
 * Appwrite error code.
 */
import { Account, AppwriteException, Client, OAuthProvider } from 'appwrite';
import type { Models } from 'appwrite';
import { getConfig } from '../config';
import { AccountError } from './account-error';
import { withDeadline, isTimeoutError } from './deadline';
import { parseAppwriteDate } from './parse-appwrite-date';

/** Long enough for a slow mobile link, short enough that nobody stares at "Loading" for ever. */
export const ACCOUNT_TIMEOUT_MS = 15_000;

export interface AppUser {
  id: string;
  name: string;
  email: string;
}

/** The Figma token Appwrite stores on the current session (Figma keeps one per app per user). */
export interface FigmaSession {
  /** The Appwrite session's id (not a credential): remembered gate states belong to it. */
  sessionId: string;
  /** `''` when the session holds none. */
  accessToken: string;
  /** Epoch ms, NaN when unknown. */
  expiresAt: number;
  /** When Appwrite last wrote the session (sign-in or refresh), epoch ms, NaN when unknown. */
  updatedAt: number;
}

export type Prefs = Record<string, unknown>;

let account: Account | undefined;

/** Built on first use, after the config gate has accepted the configuration. */
function sdkAccount(): Account {
  if (!account) {
    const config = getConfig();
    const client = new Client()
      .setEndpoint(config.appwriteEndpoint)
      .setProject(config.appwriteProjectId);
    account = new Account(client);
  }
  return account;
}

function kindOf(status: number, type: string): AccountError['kind'] {
  if (status === 401) return 'unauthorized';
  if (status === 404 && type === 'user_session_not_found') return 'unauthorized';
  if (type.startsWith('user_oauth2_') || type === 'project_provider_unsupported') {
    return 'figma-refused';
  }
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'rejected';
}

/** The one place Appwrite's errors are read. */
export function toAccountError(error: unknown): AccountError {
  if (error instanceof AccountError) return error;
  if (isTimeoutError(error)) {
    return new AccountError('timeout', 'Appwrite did not answer in time.');
  }
  if (error instanceof AppwriteException) {
    // The SDK reports a missing answer as code 0; anything else is Appwrite's own verdict.
    if (!error.code) return new AccountError('network', 'Could not reach Appwrite.');
    return new AccountError(kindOf(error.code, error.type ?? ''), error.message, error.code);
  }
  if (error instanceof TypeError) {
    return new AccountError('network', 'Could not reach Appwrite.');
  }
  return new AccountError('rejected', error instanceof Error ? error.message : String(error));
}

async function call<T>(what: string, request: (sdk: Account) => Promise<T>): Promise<T> {
  try {
    return await withDeadline(what, ACCOUNT_TIMEOUT_MS, () => request(sdkAccount()));
  } catch (error) {
    throw toAccountError(error);
  }
}

function toFigmaSession(session: Models.Session): FigmaSession {
  return {
    sessionId: session.$id,
    accessToken: session.providerAccessToken ?? '',
    expiresAt: parseAppwriteDate(session.providerAccessTokenExpiry),
    updatedAt: parseAppwriteDate(session.$updatedAt),
  };
}

/** The signed-in user, or `null` for a guest (a state, not an error). */
export async function currentUser(): Promise<AppUser | null> {
  try {
    const user = await call('Appwrite', (sdk) => sdk.get());
    return { id: user.$id, name: user.name, email: user.email };
  } catch (error) {
    if (error instanceof AccountError && error.kind === 'unauthorized') return null;
    throw error;
  }
}

/** Reads the stored Figma token without refreshing it (free: no rate limit, no Figma call). */
export function readFigmaSession(): Promise<FigmaSession> {
  return call('Appwrite', (sdk) => sdk.getSession({ sessionId: 'current' })).then(toFigmaSession);
}

/**
 * Asks Appwrite for a new Figma token (`updateSession`). Costly: Appwrite allows 10 per hour per
 * IP, and Figma kills the previous token the moment it issues the new one.
 *
 * Addressed by the session's id, not `current`: a browser lets one request at a time use a URL's
 * HTTP-cache entry, so a slow refresh of `…/sessions/current` would hold up every tab's session
 * read and sign-out (`DELETE …/sessions/current`) until it answered.
 */
export function refreshFigmaSession(sessionId: string): Promise<FigmaSession> {
  return call('Appwrite', (sdk) => sdk.updateSession({ sessionId })).then(toFigmaSession);
}

export interface FigmaOAuthRequest {
  /** `session`: Appwrite sets its session cookie; `token`: the success URL gets a one-time secret. */
  flow: 'session' | 'token';
  success: string;
  failure: string;
  scopes: string[];
}

/** Leaves the page for Appwrite → Figma's consent screen → `success` or `failure`. */
export function startFigmaOAuth({ flow, success, failure, scopes }: FigmaOAuthRequest): void {
  const request = { provider: OAuthProvider.Figma, success, failure, scopes };
  if (flow === 'token') sdkAccount().createOAuth2Token(request);
  else sdkAccount().createOAuth2Session(request);
}

/** Token flow: swaps the one-minute secret from the success URL for a session. */
export async function completeTokenSignIn(userId: string, secret: string): Promise<void> {
  await call('Appwrite', (sdk) => sdk.createSession({ userId, secret }));
}

/** Deletes the current session; one that is already gone counts as done. */
export async function deleteCurrentSession(): Promise<void> {
  try {
    await call('Appwrite', (sdk) => sdk.deleteSession({ sessionId: 'current' }));
  } catch (error) {
    if (error instanceof AccountError && error.kind === 'unauthorized') return;
    throw error;
  }
}

export async function readPrefs(): Promise<Prefs> {
  return { ...(await call('Appwrite', (sdk) => sdk.getPrefs())) };
}

/** Replaces the whole prefs object (Appwrite has no partial update). */
export async function writePrefs(prefs: Prefs): Promise<Prefs> {
  const user = await call('Appwrite', (sdk) => sdk.updatePrefs({ prefs }));
  return { ...user.prefs };
}
