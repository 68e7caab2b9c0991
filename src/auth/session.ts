/**
 * Signing in and out with Appwrite's Figma OAuth provider, and the current user as a query.
 */
import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { getConfig } from '../config';
import {
  completeTokenSignIn as completeAppwriteTokenSignIn,
  currentUser,
  deleteCurrentSession,
  startFigmaOAuth,
} from '../lib/appwrite';
import type { AppUser } from '../lib/appwrite';
import { clearFigmaToken } from './figma-token';
import { rememberExtraScopes } from './extra-scopes';
import { forgetFallbackSession } from './fallback-session';
import { announceSignOut, onSignOutElsewhere } from './sign-out-broadcast';
import { claimBrowserFor, releaseBrowser, wipeUserData } from './user-data';

export const CALLBACK_PATH = '/auth/callback';
export const SIGN_IN_PATH = '/sign-in';

export const authQueries = {
  currentUser: () =>
    queryOptions({
      queryKey: ['auth', 'current-user'] as const,
      queryFn: async (): Promise<AppUser | null> => {
        const user = await currentUser();
        if (user) await claimBrowserFor(user.id);
        return user;
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
  startFigmaOAuth({ flow: getConfig().authFlow, success, failure, scopes });
}

/** Token flow: swap the one-minute secret from the success URL for a session. */
export function completeTokenSignIn(userId: string, secret: string): Promise<void> {
  return completeAppwriteTokenSignIn(userId, secret);
}

/**
 * Ends the Appwrite session and forgets every private byte: this tab's memory, the data this
 * browser keeps at rest, and (through the broadcast) the memory of the app's other tabs.
 */
export async function signOut(queryClient: QueryClient): Promise<void> {
  // First, so a refresh still in flight can never hand its token to a request.
  clearFigmaToken();
  await queryClient.cancelQueries();
  try {
    // Already gone (expired, or signed out in another tab) counts as done.
    await deleteCurrentSession();
  } finally {
    // The token flow's session secret (the SDK's localStorage fallback) goes even if the delete
    // failed: a browser that no longer holds it is signed out whatever the server still knows.
    forgetFallbackSession();
  }
  forgetSignedInUser(queryClient);
  announceSignOut();
  releaseBrowser();
  // The session is gone whatever happens here; a store that refuses to clear must not make the
  // user believe they are still signed in.
  await wipeUserData().catch((error: unknown) => {
    console.warn('Tokenport could not erase some data kept in this browser.', error);
  });
}

/** What a tab does with its memory when the user is gone: no token, no cached data, no user. */
export function forgetSignedInUser(queryClient: QueryClient): void {
  clearFigmaToken();
  void queryClient.cancelQueries();
  queryClient.clear();
  queryClient.setQueryData(authQueries.currentUser().queryKey, null);
}

/**
 * Another tab signed out: forget everything here too and let the app show sign-in
 * (`goToSignIn`). The signing-out tab already wiped the data at rest, but this tab's own saves
 * (the persisted Figma cache writes as its memory is cleared) can land after that wipe: so this
 * tab stops them and wipes again.
 */
export function followSignOutElsewhere(
  queryClient: QueryClient,
  goToSignIn: () => void,
): () => void {
  return onSignOutElsewhere(() => {
    forgetSignedInUser(queryClient);
    goToSignIn();
    void wipeUserData().catch((error: unknown) => {
      console.warn('Tokenport could not erase some data kept in this browser.', error);
    });
  });
}
