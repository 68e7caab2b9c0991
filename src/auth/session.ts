/**
 * Signing in and out with Appwrite's Figma OAuth provider, and the current user as a query.
 */
import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { getConfig } from '../config';
import { getAccount, isAppwriteException, OAuthProvider } from '../lib/appwrite';
import type { AppwriteUser } from '../lib/appwrite';
import { clearFigmaToken } from './figma-token';
import { rememberExtraScopes } from './extra-scopes';
import { forgetFallbackSession } from './fallback-session';

export const CALLBACK_PATH = '/auth/callback';
export const SIGN_IN_PATH = '/sign-in';

export const authQueries = {
  currentUser: () =>
    queryOptions({
      queryKey: ['auth', 'current-user'] as const,
      queryFn: async (): Promise<AppwriteUser | null> => {
        try {
          return await getAccount().get();
        } catch (error) {
          // A guest is not an error: it is the signed-out state.
          if (isAppwriteException(error) && error.code === 401) return null;
          throw error;
        }
      },
      staleTime: 5 * 60_000,
    }),
};

export interface SignInOptions {
  /** Same-origin path to return to. */
  next: string;
  /** e.g. `file_variables:write` when the user turns on write-back. */
  extraScopes?: readonly string[];
}

function urlOnThisOrigin(path: string, params: Record<string, string>): string {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

export function requestedScopes(extra: readonly string[] = []): string[] {
  return [...new Set([...getConfig().figmaScopes, ...extra])];
}

/** Leaves the page: Appwrite → Figma's consent screen → back to the callback or sign-in page. */
export function startFigmaSignIn({ next, extraScopes = [] }: SignInOptions): void {
  rememberExtraScopes(extraScopes);
  const scopes = requestedScopes(extraScopes);
  // No scopes in these URLs: the sign-in page must not take them from a link (extra-scopes.ts).
  const params = { next };
  const success = urlOnThisOrigin(CALLBACK_PATH, params);
  const failure = urlOnThisOrigin(SIGN_IN_PATH, params);
  const account = getAccount();
  if (getConfig().authFlow === 'token') {
    account.createOAuth2Token({ provider: OAuthProvider.Figma, success, failure, scopes });
  } else {
    account.createOAuth2Session({ provider: OAuthProvider.Figma, success, failure, scopes });
  }
}

/** Token flow: swap the one-minute secret from the success URL for a session. */
export async function completeTokenSignIn(userId: string, secret: string): Promise<void> {
  await getAccount().createSession({ userId, secret });
}

/** Ends the Appwrite session and forgets every private byte this tab holds. */
export async function signOut(queryClient: QueryClient): Promise<void> {
  try {
    await getAccount().deleteSession({ sessionId: 'current' });
  } catch (error) {
    // Already gone (expired, or signed out in another tab) is the state we want anyway.
    const alreadyGone = isAppwriteException(error) && (error.code === 401 || error.code === 404);
    if (!alreadyGone) throw error;
  } finally {
    clearFigmaToken();
    forgetFallbackSession();
  }
  queryClient.clear();
  queryClient.setQueryData(authQueries.currentUser().queryKey, null);
}
