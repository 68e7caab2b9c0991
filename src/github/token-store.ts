/**
 * The GitHub token, for this tab only: in memory, or (when the user asks to remember it for the
 * tab) in sessionStorage, which the browser drops with the tab. Never localStorage, never a URL,
 * never a log line. Sign-out forgets it.
 */
import { useSyncExternalStore } from 'react';
import { registerUserDataWiper } from '../auth/user-data';

const SESSION_KEY = 'tokenport.github.token';
let token: string | undefined;
const listeners = new Set<() => void>();

function session(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

function emit() {
  for (const listener of listeners) listener();
}

export function getGitHubToken(): string | undefined {
  if (token === undefined) token = session()?.getItem(SESSION_KEY) ?? undefined;
  return token;
}

export function setGitHubToken(value: string, rememberForTab: boolean) {
  token = value;
  const storage = session();
  if (rememberForTab) storage?.setItem(SESSION_KEY, value);
  else storage?.removeItem(SESSION_KEY);
  emit();
}

export function clearGitHubToken() {
  token = undefined;
  session()?.removeItem(SESSION_KEY);
  emit();
}

// The sign-out wipe (and a different user claiming this browser) forgets it too.
registerUserDataWiper('github-token', clearGitHubToken);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useGitHubToken(): string | undefined {
  return useSyncExternalStore(subscribe, getGitHubToken, () => undefined);
}

const watched = new WeakSet<object>();

interface CacheLike {
  getQueryCache(): {
    subscribe(
      listener: (event: {
        type: string;
        query: { queryKey: readonly unknown[]; state: { data: unknown } };
      }) => void,
    ): () => void;
  };
}

/**
 * Forgets the token when the app records the signed-out state (sign-out here or in another tab
 * sets the current user to null). Subscribed at start-up, once per query client, for the tab's
 * life: a token remembered for the tab must go even if the panel was never opened since reload.
 */
export function forgetTokenAtSignOut(queryClient: CacheLike) {
  if (watched.has(queryClient)) return;
  watched.add(queryClient);
  queryClient.getQueryCache().subscribe((event) => {
    const [scope, name] = event.query.queryKey;
    if (scope === 'auth' && name === 'current-user' && event.query.state.data === null)
      clearGitHubToken();
  });
}
