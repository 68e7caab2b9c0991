/**
 * What the Figma token gate remembers across reloads and tabs: states and timestamps that belong
 * to one Appwrite session, never a token. Losing it (private mode, cleared storage) costs at most
 * one refresh per cause; a forged or corrupt record is read as "nothing remembered".
 */

export interface GateMemory {
  /** The Appwrite session this record belongs to: a new sign-in starts from a clean slate. */
  sessionId: string;
  /** A refresh cannot help: no refresh until the user signs in again. */
  dead?: { reason: 'revoked' | 'no-provider-token'; at: number };
  /** No refresh before `until` (epoch ms). */
  blocked?: { reason: 'rate-limited' | 'renewal-failed'; until: number };
  /** Since when a refresh has left the expiry in the past: trust the token until Figma rejects it. */
  expiryUnreliableAt?: number;
  /** When any tab last refreshed (for `always` mode's one refresh per burst). */
  lastRefreshAt?: number;
}

export interface GateMemoryStore {
  read(): GateMemory | undefined;
  write(memory: GateMemory): void;
}

export function emptyMemory(sessionId: string): GateMemory {
  return { sessionId };
}

/** Appwrite's abuse windows are fixed hours, so its limit lifts at the top of the next hour. */
export function retryTimeAfterRefreshLimit(now: number): number {
  const next = new Date(now);
  next.setUTCMinutes(60, 0, 0);
  return next.getTime();
}

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Keeps only well-formed fields: the record is read back from storage any script could edit. */
export function parseGateMemory(raw: unknown): GateMemory | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as Record<string, unknown>;
  if (typeof record.sessionId !== 'string' || record.sessionId === '') return undefined;
  const memory: GateMemory = { sessionId: record.sessionId };
  const dead = record.dead as { reason?: unknown; at?: unknown } | undefined;
  if (
    dead &&
    (dead.reason === 'revoked' || dead.reason === 'no-provider-token') &&
    isTime(dead.at)
  ) {
    memory.dead = { reason: dead.reason, at: dead.at };
  }
  const blocked = record.blocked as { reason?: unknown; until?: unknown } | undefined;
  if (
    blocked &&
    (blocked.reason === 'rate-limited' || blocked.reason === 'renewal-failed') &&
    isTime(blocked.until)
  ) {
    memory.blocked = { reason: blocked.reason, until: blocked.until };
  }
  if (isTime(record.expiryUnreliableAt)) memory.expiryUnreliableAt = record.expiryUnreliableAt;
  if (isTime(record.lastRefreshAt)) memory.lastRefreshAt = record.lastRefreshAt;
  return memory;
}

export const GATE_MEMORY_KEY = 'tokenport.figma-gate';

/**
 * The browser's store: localStorage, shared by every tab of the app's origin. Where storage is
 * blocked the record lives in this tab's memory instead.
 */
export function localGateMemory(storage: () => Storage | undefined): GateMemoryStore {
  let fallback: GateMemory | undefined;
  return {
    read() {
      try {
        const target = storage();
        if (!target) return fallback;
        const text = target.getItem(GATE_MEMORY_KEY);
        return text ? parseGateMemory(JSON.parse(text)) : undefined;
      } catch {
        return fallback;
      }
    },
    write(memory) {
      fallback = memory;
      try {
        storage()?.setItem(GATE_MEMORY_KEY, JSON.stringify(memory));
      } catch {
        // The fallback above keeps it for this tab.
      }
    },
  };
}

/** Memory for one process (tests, or a browser without storage). */
export function inMemoryGateMemory(): GateMemoryStore & { current: GateMemory | undefined } {
  const store = {
    current: undefined as GateMemory | undefined,
    read: () => store.current,
    write: (memory: GateMemory) => {
      store.current = memory;
    },
  };
  return store;
}
