/**
 * The last export downloaded for each source, kept in this browser (IndexedDB) so the next export
 * can show what changed since. Token files hold no secrets.
 */
import { LAST_EXPORTS_STORE as STORE, USER_DATA_DB as DB } from '../lib/user-data-stores';

export interface StoredFile {
  path: string;
  contents: string;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

export async function saveLastExport(sourceKey: string, files: StoredFile[]): Promise<void> {
  const db = await open();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put({ files, savedAt: new Date().toISOString() }, sourceKey);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('Could not save the export'));
  });
  db.close();
}

export async function loadLastExport(
  sourceKey: string,
): Promise<{ files: StoredFile[]; savedAt: string } | undefined> {
  if (typeof indexedDB === 'undefined') return undefined;
  const db = await open();
  const value = await new Promise<unknown>((resolve, reject) => {
    const request = db.transaction(STORE).objectStore(STORE).get(sourceKey);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('Could not read the last export'));
  });
  db.close();
  return value as { files: StoredFile[]; savedAt: string } | undefined;
}
