/**
 * Tells the app's other tabs that this browser signed out, so they stop using Figma and show
 * sign-in. BroadcastChannel where it exists; otherwise a `storage` event on a timestamp key (never a
 * token). The announcing tab ignores its own message.
 */
const CHANNEL_NAME = 'tokenport:auth';
const STORAGE_KEY = 'tokenport.signed-out-at';
/** BroadcastChannel also reaches other channel objects in the same tab: this tab's own id. */
const THIS_TAB = Math.random().toString(36).slice(2);

interface SignedOutMessage {
  type: 'signed-out';
  at: number;
  from: string;
}

function isSignedOutMessage(data: unknown): data is SignedOutMessage {
  return (
    typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'signed-out'
  );
}

export function announceSignOut(now: number = Date.now(), from: string = THIS_TAB): void {
  const message: SignedOutMessage = { type: 'signed-out', at: now, from };
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
export function onSignOutElsewhere(listener: () => void, tab: string = THIS_TAB): () => void {
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isSignedOutMessage(event.data) && event.data.from !== tab) listener();
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
