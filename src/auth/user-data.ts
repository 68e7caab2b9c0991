/**
 * "Wipe this browser's user data": what one user leaves at rest must never show up for the next
 * user of the same browser. Runs at sign-out (in the tab that signs out, and again in the others
 * once they hear of it, see sign-out-broadcast.ts) and before a different user's data is first
 * shown.
 *
 * Features whose stores are not listed in src/lib/user-data-stores.ts (e.g. the persisted query
 * cache) register a wiper at start-up with `registerUserDataWiper`.
 */
import type { QueryClient } from '@tanstack/react-query';
import {
  USER_DATA_DB,
  USER_DATA_LOCAL_PREFIXES,
  USER_DATA_OBJECT_STORES,
} from '../lib/user-data-stores';

export type UserDataWiper = () => void | Promise<void>;

const wipers = new Map<string, UserDataWiper>();

/** Adds a wiper under a unique name (re-registering replaces it); returns its removal. */
export function registerUserDataWiper(name: string, wiper: UserDataWiper): () => void {
  wipers.set(name, wiper);
  return () => {
    if (wipers.get(name) === wiper) wipers.delete(name);
  };
}

/** Clears the listed object stores, without creating the database when it does not exist yet. */
export function clearObjectStores(
  dbName: string,
  stores: readonly string[],
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<void> {
  if (!factory) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const request = factory.open(dbName);
    request.onupgradeneeded = (event) => {
      // Version 0 means nothing was ever stored: abort instead of creating an empty database.
      if (event.oldVersion === 0) request.transaction?.abort();
    };
    // A database that cannot be opened (aborted above, private mode, blocked storage) cannot be
    // read by anyone either: there is nothing to wipe.
    request.onerror = () => resolve();
    request.onsuccess = () => {
      const db = request.result;
      const present = stores.filter((store) => db.objectStoreNames.contains(store));
      if (present.length === 0) {
        db.close();
        return resolve();
      }
      const tx = db.transaction(present, 'readwrite');
      for (const store of present) tx.objectStore(store).clear();
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error ?? new Error(`Could not clear ${present.join(', ')}`));
      };
    };
  });
}

export function removeLocalKeys(
  prefixes: readonly string[],
  storage: Storage | undefined = globalThis.localStorage,
): void {
  if (!storage) return;
  const doomed: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key !== null && prefixes.some((prefix) => key.startsWith(prefix))) doomed.push(key);
  }
  for (const key of doomed) storage.removeItem(key);
}

/**
 * Clears the query cache (when given), the stores in src/lib/user-data-stores.ts and every
 * registered wiper. All run even when one fails; the failures are rethrown together afterwards,
 * so a caller can tell the user that something could not be erased.
 */
export async function wipeUserData(queryClient?: QueryClient): Promise<void> {
  queryClient?.clear();
  const results = await Promise.allSettled([
    clearObjectStores(USER_DATA_DB, USER_DATA_OBJECT_STORES),
    Promise.resolve().then(() => removeLocalKeys(USER_DATA_LOCAL_PREFIXES)),
    ...[...wipers.values()].map((wipe) => Promise.resolve().then(wipe)),
  ]);
  const failures = results.flatMap((result) =>
    result.status === 'rejected' ? [result.reason as unknown] : [],
  );
  if (failures.length > 0) throw new AggregateError(failures, 'Some user data was not erased');
}

const LAST_USER_KEY = 'tokenport.user';

/**
 * Called with the signed-in user's id before their data is shown: when the previous user of this
 * browser was someone else (their session ended without a sign-out), their data goes first.
 * Only the id is kept: it is not a credential.
 */
export async function claimBrowserFor(
  userId: string,
  storage: Storage | undefined = globalThis.localStorage,
): Promise<void> {
  let previous: string | null = null;
  try {
    previous = storage?.getItem(LAST_USER_KEY) ?? null;
  } catch {
    // Storage blocked: nothing at rest to protect either.
    return;
  }
  if (previous === userId) return;
  if (previous !== null) await wipeUserData();
  storage?.setItem(LAST_USER_KEY, userId);
}

/** After a sign-out nobody owns the browser's (now empty) stores. */
export function releaseBrowser(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(LAST_USER_KEY);
  } catch {
    // Storage blocked: nothing was kept.
  }
}
