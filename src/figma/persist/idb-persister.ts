/**
 * A TanStack Query `Persister` over IndexedDB (idb-keyval), one entry per query so a 5 MB
 * variables answer is written once per fetch rather than re-serialised with every cache event,
 * and written as the Blob it came as (see lib/json-blob.ts).
 * Entries are per user (`<userId>/…` keys), size-capped with least-recently-used eviction, and
 * each expires after its own maximum age (rendered image URLs die after 30 days).
 */
import { createStore, delMany, get, getMany, keys, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import type { DehydratedState } from '@tanstack/react-query';
import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';
import { answerFromJsonBlob, storedJsonBlobOf } from '../../lib/json-blob';
import type { StoredJsonBlob } from '../../lib/json-blob';
import { cacheSaving } from './cache-saving';

type DehydratedQuery = DehydratedState['queries'][number];
/** A query whose answer is kept as a Blob: stored as that Blob (see lib/json-blob.ts). */
type StoredQuery = DehydratedQuery & { jsonBlob?: StoredJsonBlob };

function toStored(query: DehydratedQuery): { entry: StoredQuery; size: number } {
  const jsonBlob = storedJsonBlobOf(query.state.data);
  if (!jsonBlob) return { entry: query, size: approximateSize(query.state.data) };
  // IndexedDB takes a Blob by reference: no structured-clone walk, no copy on the main thread.
  const entry = { ...query, state: { ...query.state, data: undefined }, jsonBlob };
  return { entry, size: jsonBlob.blob.size + approximateSize(jsonBlob.extra) };
}

function fromStored({ jsonBlob, ...query }: StoredQuery): DehydratedQuery {
  if (!jsonBlob) return query;
  return { ...query, state: { ...query.state, data: answerFromJsonBlob(jsonBlob) } };
}

/** The slice of idb-keyval the persister uses; tests pass an in-memory one. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  getMany<T>(keys: string[]): Promise<(T | undefined)[]>;
  set(key: string, value: unknown): Promise<void>;
  delMany(keys: string[]): Promise<void>;
  keys(): Promise<string[]>;
}

interface IndexEntry {
  size: number;
  usedAt: number;
  dataUpdatedAt: number;
}
type CacheIndex = Record<string, IndexEntry>;

export interface IdbPersisterOptions {
  userId: string;
  buster: string;
  maxBytes: number;
  /** How long a query's answer may be restored after it was fetched. */
  maxAgeOf: (query: DehydratedQuery) => number;
  /** When a query was last shown (the LRU clock); defaults to when it was fetched. */
  usedAt?: (queryHash: string) => number | undefined;
  store?: KeyValueStore;
  now?: () => number;
}

export function idbStore(): KeyValueStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  const store: UseStore = createStore('tokenport-cache', 'queries');
  return {
    get: (key) => get(key, store),
    getMany: (list) => getMany(list, store),
    set: (key, value) => set(key, value, store),
    delMany: (list) => delMany(list, store),
    keys: async () => (await keys(store)).map(String),
  };
}

/** A cheap size estimate (UTF-16 bytes of strings, 8 per number) without serialising. */
export function approximateSize(value: unknown): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') size += item.length * 2;
    else if (typeof item === 'number' || typeof item === 'boolean') size += 8;
    else if (item && typeof item === 'object') {
      // Runs on the main thread over a whole variables answer: no [key, value] pair per member.
      const record = item as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        size += key.length * 2 + 8;
        stack.push(record[key]);
      }
    }
  }
  return size;
}

/** Oldest-used first, drop entries until the rest fits. Returns the hashes to delete. */
export function evictions(index: CacheIndex, maxBytes: number): string[] {
  let total = Object.values(index).reduce((sum, entry) => sum + entry.size, 0);
  const byAge = Object.entries(index).sort(([, a], [, b]) => a.usedAt - b.usedAt);
  const out: string[] = [];
  for (const [hash, entry] of byAge) {
    if (total <= maxBytes) break;
    out.push(hash);
    total -= entry.size;
  }
  return out;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type UserPersister = Persister & {
  /** Writes what is pending now (tab hidden, before sign-out checks). */
  flush(): Promise<void>;
};

export function createIdbPersister(options: IdbPersisterOptions): UserPersister {
  const { userId, store } = options;
  const now = options.now ?? Date.now;
  const prefix = `${userId}/`;
  const indexKey = `${prefix}index`;
  const entryKey = (hash: string) => `${prefix}q/${hash}`;
  let index: CacheIndex | undefined;
  let pending: PersistedClient | undefined;
  let writing = Promise.resolve();

  const loadIndex = async () => (index ??= (await store?.get<CacheIndex>(indexKey)) ?? {});

  async function write(client: PersistedClient) {
    if (!store) return;
    const current = { ...(await loadIndex()) };
    for (const query of client.clientState.queries) {
      const known = current[query.queryHash];
      const usedAt =
        options.usedAt?.(query.queryHash) ?? known?.usedAt ?? query.state.dataUpdatedAt;
      if (known?.dataUpdatedAt === query.state.dataUpdatedAt) {
        current[query.queryHash] = { ...known, usedAt };
        continue;
      }
      const { entry, size } = toStored(query);
      await store.set(entryKey(query.queryHash), entry);
      current[query.queryHash] = { size, usedAt, dataUpdatedAt: query.state.dataUpdatedAt };
    }
    const evicted = evictions(current, options.maxBytes);
    for (const hash of evicted) delete current[hash];
    if (evicted.length) await store.delMany(evicted.map(entryKey));
    index = current;
    await store.set(indexKey, current);
  }

  function drain(): Promise<void> {
    // A task of its own: the save would otherwise run in the task that parsed the answer, and
    // together they make one long task on the main thread.
    writing = writing.then(nextTask).then(async () => {
      const client = pending;
      pending = undefined;
      if (client) await write(client).catch(() => undefined);
    });
    return writing;
  }

  return {
    persistClient(client) {
      // Saves are coalesced: the newest client state is written once the previous write ends.
      const idle = pending === undefined;
      pending = client;
      if (idle) void cacheSaving.track(drain());
    },
    flush: drain,
    async restoreClient() {
      if (!store) return undefined;
      const current = await loadIndex();
      const hashes = Object.keys(current);
      const stored = await store.getMany<StoredQuery>(hashes.map(entryKey));
      const time = now();
      const queries = stored
        .filter(
          (query): query is StoredQuery =>
            query !== undefined && time - query.state.dataUpdatedAt <= options.maxAgeOf(query),
        )
        .map(fromStored);
      return {
        timestamp: time,
        buster: options.buster,
        clientState: { queries, mutations: [] },
      };
    },
    async removeClient() {
      if (!store) return;
      const all = await store.keys();
      await store.delMany(all.filter((key) => key.startsWith(prefix)));
      index = {};
    },
  };
}

/** Deletes every user's entries but `keepUserId`'s (all of them when it is undefined). */
export async function wipeStoredUsers(store: KeyValueStore | undefined, keepUserId?: string) {
  if (!store) return;
  const all = await store.keys();
  const doomed = all.filter((key) => !keepUserId || !key.startsWith(`${keepUserId}/`));
  if (doomed.length) await store.delMany(doomed);
}
