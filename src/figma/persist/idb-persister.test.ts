import { describe, expect, it } from 'vitest';
import type { DehydratedState } from '@tanstack/react-query';
import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { approximateSize, createIdbPersister, evictions, wipeStoredUsers } from './idb-persister';
import type { KeyValueStore } from './idb-persister';
import { answerFromJsonBlob, JsonBlob, storedJsonBlobOf } from '../../lib/json-blob';

type Query = DehydratedState['queries'][number];

/** idb-keyval's contract over a Map, counting writes. */
function memoryStore() {
  const data = new Map<string, unknown>();
  const writes: string[] = [];
  const store: KeyValueStore = {
    get: async <T>(key: string) => data.get(key) as T | undefined,
    getMany: async <T>(list: string[]) => list.map((key) => data.get(key) as T | undefined),
    set: async (key, value) => {
      writes.push(key);
      data.set(key, structuredClone(value));
    },
    delMany: async (list) => {
      for (const key of list) data.delete(key);
    },
    keys: async () => [...data.keys()],
  };
  return { store, data, writes };
}

function query(hash: string, data: unknown, dataUpdatedAt: number): Query {
  return {
    queryHash: hash,
    queryKey: JSON.parse(hash) as unknown[],
    dehydratedAt: dataUpdatedAt,
    state: {
      data,
      dataUpdatedAt,
      dataUpdateCount: 1,
      error: null,
      errorUpdateCount: 0,
      errorUpdatedAt: 0,
      fetchFailureCount: 0,
      fetchFailureReason: null,
      fetchMeta: null,
      isInvalidated: false,
      status: 'success',
      fetchStatus: 'idle',
    },
  } as Query;
}

const client = (queries: Query[]): PersistedClient => ({
  timestamp: 0,
  buster: 'b',
  clientState: { queries, mutations: [] },
});

const FILE = '["figma","file","A",{"depth":2}]';
const VARS = '["figma","file","A","variables","local"]';

describe('the IndexedDB persister', () => {
  it('writes an answer once per fetch, not on every cache event', async () => {
    const { store, writes } = memoryStore();
    const persister = createIdbPersister({
      userId: 'u1',
      buster: 'b',
      maxBytes: 1e9,
      maxAgeOf: () => 1e12,
      store,
    });
    const big = { meta: { variables: { a: 'x'.repeat(1000) } } };
    await persister.persistClient(client([query(VARS, big, 10)]));
    await persister.flush();
    await persister.persistClient(client([query(VARS, big, 10)]));
    await persister.flush();
    expect(writes.filter((key) => key.includes('/q/'))).toEqual([`u1/q/${VARS}`]);
    await persister.persistClient(client([query(VARS, big, 20)]));
    await persister.flush();
    expect(writes.filter((key) => key.includes('/q/'))).toHaveLength(2);
  });

  it('evicts the least recently used answers past the size cap', async () => {
    const { store, data } = memoryStore();
    const used: Record<string, number> = { [FILE]: 100, [VARS]: 50 };
    const persister = createIdbPersister({
      userId: 'u1',
      buster: 'b',
      maxBytes: 2000,
      maxAgeOf: () => 1e12,
      store,
      usedAt: (hash) => used[hash],
    });
    await persister.persistClient(
      client([query(FILE, { name: 'x'.repeat(600) }, 1), query(VARS, { v: 'y'.repeat(600) }, 1)]),
    );
    await persister.flush();
    expect(data.has(`u1/q/${VARS}`)).toBe(false);
    expect(data.has(`u1/q/${FILE}`)).toBe(true);
    expect(evictions({ a: { size: 5, usedAt: 2, dataUpdatedAt: 0 } }, 10)).toEqual([]);
  });

  it('sizes an answer as UTF-16 strings, 8 bytes per number or flag and per member', () => {
    // a: 2 + 8 and 'xy' 4; b: 2 + 8, its members '0' and '1': 2 + 8 each, then 1 and true: 8 each.
    expect(approximateSize({ a: 'xy', b: [1, true] })).toBe(60);
    expect(approximateSize({ nested: { k: null } })).toBe(12 + 8 + 2 + 8);
  });

  it('restores only its own user and drops answers past their age', async () => {
    const { store } = memoryStore();
    const options = { buster: 'b', maxBytes: 1e9, store, now: () => 1000 };
    const ada = createIdbPersister({ ...options, userId: 'ada', maxAgeOf: () => 500 });
    await ada.persistClient(client([query(FILE, { name: 'old' }, 100), query(VARS, {}, 900)]));
    await ada.flush();
    const linus = createIdbPersister({ ...options, userId: 'linus', maxAgeOf: () => 500 });
    expect((await linus.restoreClient())?.clientState.queries).toEqual([]);
    const restored = await createIdbPersister({
      ...options,
      userId: 'ada',
      maxAgeOf: () => 500,
    }).restoreClient();
    expect(restored?.clientState.queries.map((q) => q.queryHash)).toEqual([VARS]);
  });

  it('stores an answer kept as a Blob as that Blob, and restores it unread', async () => {
    const { store, data } = memoryStore();
    const options = { userId: 'ada', buster: 'b', maxBytes: 1e9, maxAgeOf: () => 1e12, store };
    const text = '{"status":200,"meta":{"variables":{"v1":{"name":"a"}}}}';
    const blob = new Blob([text]);
    const fileStamp = { version: '7' };
    const answer = answerFromJsonBlob({ blob, member: 'meta', extra: { fileStamp } });
    const persister = createIdbPersister({ ...options, now: () => 20 });
    await persister.persistClient(client([query(VARS, answer, 10)]));
    await persister.flush();
    const entry = data.get(`ada/q/${VARS}`) as { state: { data: unknown }; jsonBlob: object };
    expect(entry.state.data).toBeUndefined();
    expect(entry.jsonBlob).toEqual({ blob, member: 'meta', extra: { fileStamp } });
    // Sized without reading it: the Blob's bytes plus the members stored beside it.
    const size = (data.get('ada/index') as Record<string, { size: number }>)[VARS]?.size ?? 0;
    expect(size).toBeGreaterThan(text.length);
    expect(size).toBeLessThan(text.length + 100);

    const [restored] =
      (await createIdbPersister({ ...options, now: () => 20 }).restoreClient())?.clientState
        .queries ?? [];
    const restoredAnswer = restored?.state.data as { meta: JsonBlob<unknown>; fileStamp: object };
    expect(restoredAnswer.fileStamp).toEqual(fileStamp);
    expect(restoredAnswer.meta).toBeInstanceOf(JsonBlob);
    // The store hands back a copy of what it was given (IndexedDB's structured clone).
    await expect(restoredAnswer.meta.blob.text()).resolves.toBe(text);
    await expect(restoredAnswer.meta.read()).resolves.toEqual({ variables: { v1: { name: 'a' } } });
    // Saved again after a restore, it is still the Blob that is written.
    expect(storedJsonBlobOf(restoredAnswer)?.blob).toBe(restoredAnswer.meta.blob);
  });

  it('wipes every user but the one kept, or everyone', async () => {
    const { store, data } = memoryStore();
    data.set('ada/index', {});
    data.set('linus/index', {});
    await wipeStoredUsers(store, 'linus');
    expect([...data.keys()]).toEqual(['linus/index']);
    await wipeStoredUsers(store);
    expect(data.size).toBe(0);
  });
});
