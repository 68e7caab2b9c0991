/** The app's one Figma token gate, bound to the Appwrite session and the configured refresh mode. */
import { getConfig } from '../config';
import { readFigmaSession, refreshFigmaSession } from '../lib/appwrite';
import { createFigmaTokenGate } from './figma-token-gate';
import type { FigmaTokenGate, LockManagerLike } from './figma-token-gate';
import { localGateMemory } from './gate-memory';

let gate: FigmaTokenGate | undefined;

function browserLocks(): LockManagerLike | undefined {
  if (typeof navigator === 'undefined' || !('locks' in navigator) || !navigator.locks)
    return undefined;
  const locks = navigator.locks;
  return { request: (name, callback) => locks.request(name, callback) };
}

function appGate(): FigmaTokenGate {
  gate ??= createFigmaTokenGate({
    mode: getConfig().figmaTokenRefresh,
    locks: browserLocks(),
    memory: localGateMemory(() => (typeof localStorage === 'undefined' ? undefined : localStorage)),
    source: { read: readFigmaSession, refresh: refreshFigmaSession },
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
