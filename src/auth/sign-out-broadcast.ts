/**
 * Tells the app's other tabs that this browser signed out, so they stop using Figma and show
 * sign-in. BroadcastChannel where it exists; otherwise a `storage` event on a timestamp key (never a
 * token). A tab does not hear its own announcement.
 */
const CHANNEL_NAME = 'tokenport:auth';
const STORAGE_KEY = 'tokenport.signed-out-at';

interface SignedOutMessage {
  type: 'signed-out';
  at: number;
}

function isSignedOutMessage(data: unknown): data is SignedOutMessage {
  return (
    typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'signed-out'
  );
}

export function announceSignOut(now: number = Date.now()): void {
  const message: SignedOutMessage = { type: 'signed-out', at: now };
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.postMessage(message);
    channel.close();
    return;
  }
  try {
    localStorage.setItem(STORAGE_KEY, String(now));
  } catch {
    // No storage and no BroadcastChannel: other tabs learn it at their next Appwrite call (401).
  }
}

/** Calls `listener` whenever another tab of this browser signs out; returns the unsubscribe. */
export function onSignOutElsewhere(listener: () => void): () => void {
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isSignedOutMessage(event.data)) listener();
    };
    return () => channel.close();
  }
  if (typeof window === 'undefined') return () => undefined;
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY && event.newValue !== null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
