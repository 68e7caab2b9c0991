/** The app's one Figma token gate, bound to the Appwrite session and the configured refresh mode. */
import { getConfig } from '../config';
import { getAccount } from '../lib/appwrite';
import { createFigmaTokenGate } from './figma-token-gate';
import type { FigmaTokenGate, LockManagerLike, SharedTimestamp } from './figma-token-gate';

let gate: FigmaTokenGate | undefined;

function browserLocks(): LockManagerLike | undefined {
  if (typeof navigator === 'undefined' || !('locks' in navigator) || !navigator.locks)
    return undefined;
  const locks = navigator.locks;
  return { request: (name, callback) => locks.request(name, callback) };
}

const LAST_REFRESH_KEY = 'tokenport.figma-token-refreshed-at';

/** A timestamp shared by the app's tabs; storage failures (private mode) only cost a refresh. */
const sharedLastRefresh: SharedTimestamp = {
  get() {
    try {
      return Number(localStorage.getItem(LAST_REFRESH_KEY) ?? Number.NaN);
    } catch {
      return Number.NaN;
    }
  },
  set(value) {
    try {
      localStorage.setItem(LAST_REFRESH_KEY, String(value));
    } catch {
      // Without storage, tabs fall back to refreshing on their own.
    }
  },
};

function appGate(): FigmaTokenGate {
  gate ??= createFigmaTokenGate({
    mode: getConfig().figmaTokenRefresh,
    locks: browserLocks(),
    lastRefresh: sharedLastRefresh,
    source: {
      getSession: () => getAccount().getSession({ sessionId: 'current' }),
      updateSession: () => getAccount().updateSession({ sessionId: 'current' }),
    },
  });
  return gate;
}

export function figmaToken(): Promise<string> {
  return appGate().token();
}

export function reportRejectedFigmaToken(token: string): void {
  appGate().reportRejected(token);
}

export function clearFigmaToken(): void {
  gate?.clear();
}
