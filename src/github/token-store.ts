/**
 * The GitHub token, for this tab only: in memory, or (when the user asks to remember it for the
 * tab) in sessionStorage, which the browser drops with the tab. Never localStorage, never a URL,
 * never a log line. Sign-out forgets it.
 */
import { useSyncExternalStore } from 'react';

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

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useGitHubToken(): string | undefined {
  return useSyncExternalStore(subscribe, getGitHubToken, () => undefined);
}
