import { useEffect, useState, useSyncExternalStore } from 'react';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { cacheSaving } from './persist/cache-saving';

const FIGMA = { queryKey: ['figma'] };

/**
 * True while the page's Figma data is loading, being revalidated or being saved for the next
 * visit (the page's `data-busy`; see cache-saving.ts).
 * A page's loader starts some of its queries, but the page starts the rest (optional reads,
 * revalidation of cached data) in its effects, after it first shows (cached data shows at once), so
 * "not fetching" alone would briefly read as settled on every arrival: a page view counts as
 * settled only once nothing is fetching after its effects have run.
 */
export function useFigmaBusy(pageViewKey: string): boolean {
  const queryClient = useQueryClient();
  const fetching = useIsFetching(FIGMA);
  const saving = useSyncExternalStore(cacheSaving.subscribe, cacheSaving.current);
  const [settledView, setSettledView] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    // A microtask runs after this commit's effects, the page's own (which start its queries) too.
    queueMicrotask(() => {
      if (current) setSettledView(queryClient.isFetching(FIGMA) === 0 ? pageViewKey : null);
    });
    return () => {
      current = false;
    };
  }, [queryClient, fetching, pageViewKey]);
  return fetching > 0 || saving || settledView !== pageViewKey;
}
