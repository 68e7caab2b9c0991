/**
 * Appwrite's fallback session in the token flow: when Appwrite is on another site than the app,
 * `createSession` answers with `X-Fallback-Cookies` and the web SDK keeps that value — the session
 * secret itself — in `localStorage.cookieFallback`, sending it back as a header on every call.
 * Appwrite's delete reply overwrites it with `[]`, but only when the delete reaches Appwrite; a
 * sign-out must leave no session material behind whatever happened on the network.
 */
const SDK_KEY = 'cookieFallback';

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // Storage disabled (privacy settings): the SDK cannot have kept anything either.
    return undefined;
  }
}

/** True when the SDK holds a fallback session (not just Appwrite's `[]` after a delete). */
export function hasFallbackSession(): boolean {
  const raw = storage()?.getItem(SDK_KEY);
  if (!raw) return false;
  try {
    const parsed: unknown = JSON.parse(raw);
    return (
      typeof parsed === 'object' &&
      parsed !== null &&
      !Array.isArray(parsed) &&
      Object.keys(parsed).length > 0
    );
  } catch {
    return false;
  }
}

/** Whether this browser lets the app keep anything in localStorage at all. */
export function canKeepFallbackSession(): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem('tokenport:probe', '1');
    store.removeItem('tokenport:probe');
    return true;
  } catch {
    return false;
  }
}

export function forgetFallbackSession(): void {
  storage()?.removeItem(SDK_KEY);
}
