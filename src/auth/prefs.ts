/**
 * Appwrite account prefs hold what should follow the user to another browser (saved teams,
 * recent files, write-back opt-in). `updatePrefs` replaces the whole object, so every write merges
 * into the freshest copy: features never overwrite each other's keys.
 */
import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { readPrefs, writePrefs } from '../lib/appwrite';

export type TokenportPrefs = Record<string, unknown>;

export const prefsQueries = {
  prefs: () =>
    queryOptions({
      queryKey: ['auth', 'prefs'] as const,
      queryFn: (): Promise<TokenportPrefs> => readPrefs(),
      staleTime: 60_000,
    }),
};

let queue: Promise<unknown> = Promise.resolve();

/** Merge `patch` into the stored prefs; writes from this tab are serialised so none is lost. */
export function updatePrefs(
  queryClient: QueryClient,
  patch: (current: TokenportPrefs) => TokenportPrefs,
): Promise<TokenportPrefs> {
  const write = queue.then(async () => {
    const latest = await readPrefs();
    const saved = await writePrefs(patch(latest));
    queryClient.setQueryData(prefsQueries.prefs().queryKey, saved);
    return saved;
  });
  queue = write.catch(() => undefined);
  return write;
}
