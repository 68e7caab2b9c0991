/**
 * The signed-in user's persisted Figma cache: restored into the QueryClient before a private page
 * renders, saved as it changes, and wiped at sign-out or when another user signs in. Only Figma
 * answers are persisted (`['figma', …]` keys): never the session, never the Figma token.
 */
import type { Query, QueryClient } from '@tanstack/react-query';
import {
  persistQueryClientRestore,
  persistQueryClientSubscribe,
} from '@tanstack/react-query-persist-client';
import { registerUserDataWiper } from '../../auth/user-data';
import { bindBudgetUser, clearBudget } from '../budget';
import { IMAGE_URL_LIFETIME_MS, isFileMetaQuery, isVersionedFileQuery } from '../queries';
import { createIdbPersister, idbStore, wipeStoredUsers } from './idb-persister';
import type { UserPersister } from './idb-persister';

/** Bump when the shape of persisted answers changes: older caches are then dropped. */
const BUSTER = 'figma-cache-v1';
const MAX_BYTES = 40 * 1024 * 1024;
const MAX_AGE_MS = 30 * 86_400_000;

const isImagesKey = (key: readonly unknown[]) =>
  key[0] === 'figma' && key[1] === 'file' && key[3] === 'images';

function shouldPersist(query: Query): boolean {
  return (
    query.state.status === 'success' &&
    query.queryKey[0] === 'figma' &&
    !isFileMetaQuery(query.queryKey)
  );
}

interface Binding {
  userId: string;
  ready: Promise<void>;
  persister: UserPersister;
  stop: () => void;
}

let binding: Binding | undefined;
const store = idbStore();

/** The LRU clock: when each query was last shown in this tab. */
function trackUse(queryClient: QueryClient, usedAt: Map<string, number>) {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'observerAdded') usedAt.set(event.query.queryHash, Date.now());
  });
}

async function restoreAndSubscribe(queryClient: QueryClient, persister: UserPersister) {
  await persistQueryClientRestore({ queryClient, persister, buster: BUSTER, maxAge: MAX_AGE_MS });
  // Restored answers come from another page view: check their file's version before trusting them.
  await queryClient.invalidateQueries({
    predicate: (query) => isVersionedFileQuery(query.queryKey),
    refetchType: 'none',
  });
  return persistQueryClientSubscribe({
    queryClient,
    persister,
    buster: BUSTER,
    dehydrateOptions: { shouldDehydrateQuery: shouldPersist },
  });
}

/**
 * Restores `userId`'s cache once per page load (the private routes' loader awaits it), then keeps
 * it saved. Another user's cache is deleted first, in memory and on disk.
 */
export function bindUserCache(queryClient: QueryClient, userId: string): Promise<void> {
  if (binding?.userId === userId) return binding.ready;
  const previousWrites = binding?.persister.flush() ?? Promise.resolve();
  if (binding) {
    binding.stop();
    queryClient.removeQueries({ queryKey: ['figma'] });
    clearBudget(binding.userId);
  }
  bindBudgetUser(userId);
  const usedAt = new Map<string, number>();
  const persister = createIdbPersister({
    userId,
    buster: BUSTER,
    maxBytes: MAX_BYTES,
    store,
    usedAt: (hash) => usedAt.get(hash),
    maxAgeOf: (query) => (isImagesKey(query.queryKey) ? IMAGE_URL_LIFETIME_MS : MAX_AGE_MS),
  });
  const stops: (() => void)[] = [trackUse(queryClient, usedAt)];
  const current: Binding = {
    userId,
    persister,
    stop: () => stops.forEach((stop) => stop()),
    ready: (async () => {
      try {
        await previousWrites;
        await wipeStoredUsers(store, userId);
        stops.push(await restoreAndSubscribe(queryClient, persister));
      } catch {
        // No IndexedDB (private mode, blocked): the app works, it just asks Figma again.
      }
    })(),
  };
  binding = current;
  return current.ready;
}

/**
 * Forgets every user's Figma data in this tab and on disk. Registered with the auth module's
 * "wipe this browser's user data", which runs at sign-out and before another user's data shows.
 */
export async function wipeUserCache(queryClient?: QueryClient): Promise<void> {
  const previous = binding;
  binding = undefined;
  previous?.stop();
  queryClient?.removeQueries({ queryKey: ['figma'] });
  clearBudget();
  bindBudgetUser(undefined);
  await previous?.ready.catch(() => undefined);
  // A save already under way must land before the wipe, or it would write the data back.
  await previous?.persister.flush();
  await wipeStoredUsers(store);
}

registerUserDataWiper('figma-query-cache', () => wipeUserCache());
