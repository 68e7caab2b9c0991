/**
 * Where a secret could leak from a browser tab: storage (local, session, IndexedDB, cookies), the
 * DOM, the URLs the page requested or visited, the console, and `Referer` headers. A recorder is
 * attached before a flow; `find` then names every place a secret turned up.
 */
import type { BrowserContext, Page, Request } from '@playwright/test';
import { E2E_PORTS } from '../../scripts/e2e-env.mjs';

const CONTROL = `http://localhost:${E2E_PORTS.appwrite}/__emulator`;

/** The user's live Figma tokens, straight from the emulator (read-only control route). */
export async function figmaTokensOf(user: string): Promise<string[]> {
  const response = await fetch(`${CONTROL}/tokens/${user}`);
  if (!response.ok) throw new Error(`emulator tokens/${user}: HTTP ${response.status}`);
  const { accessToken, refreshToken } = (await response.json()) as Record<string, string>;
  return [accessToken ?? '', refreshToken ?? ''].filter((value) => value.length >= 16);
}

/** Everything the page keeps at rest and shows, as one string per place. */
async function pageState(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const dumpStorage = (storage: Storage) =>
      JSON.stringify(Object.fromEntries(Object.keys(storage).map((k) => [k, storage.getItem(k)])));
    const databases = await indexedDB.databases();
    const idb: unknown[] = [];
    for (const { name } of databases) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        idb.push({ name, store, rows });
      }
      db.close();
    }
    const safe = (value: unknown) =>
      JSON.stringify(value, (_key, v: unknown) => (v instanceof Blob ? `[Blob ${v.size}]` : v));
    return {
      localStorage: dumpStorage(localStorage),
      sessionStorage: dumpStorage(sessionStorage),
      indexedDB: safe(idb),
      dom: document.documentElement.outerHTML,
      location: location.href,
      history: String(history.length),
    };
  });
}

export class LeakRecorder {
  readonly console: string[] = [];
  readonly requests: Request[] = [];
  readonly visited: string[] = [];

  constructor(page: Page) {
    page.on('console', (message) => this.console.push(message.text()));
    page.on('request', (request) => this.requests.push(request));
    page.on('framenavigated', (frame) => this.visited.push(frame.url()));
  }

  /** Every Referer header the page sent (request headers as Chromium put them on the wire). */
  async referers(): Promise<string[]> {
    const all = await Promise.all(this.requests.map((request) => request.allHeaders()));
    return all.map((headers) => headers.referer ?? '').filter(Boolean);
  }

  /** Places where any of `secrets` appears; an empty list means nothing leaked. */
  async find(page: Page, context: BrowserContext, secrets: readonly string[]): Promise<string[]> {
    const places: Record<string, string> = {
      ...(await pageState(page)),
      cookies: JSON.stringify(await context.cookies()),
      console: this.console.join('\n'),
      requestUrls: this.requests.map((request) => request.url()).join('\n'),
      visited: this.visited.join('\n'),
      referers: (await this.referers()).join('\n'),
    };
    return Object.entries(places).flatMap(([place, text]) =>
      secrets
        .filter((secret) => text.includes(secret))
        .map((secret) => `${place}: ${secret.slice(0, 8)}…`),
    );
  }
}
