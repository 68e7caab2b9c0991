import type { LoaderFunctionArgs, Params, ShouldRevalidateFunction } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import type { GetFileResponse } from '@figma/rest-api-spec';
import type { figmaQueries } from '../figma/queries';
import { whenUserReady } from './user-ready';

type FigmaQueries = typeof figmaQueries;

/**
 * A private page's loader: once the user's cache is restored, start the queries the page reads
 * (the very options it reads them with). Not awaited: the page shows its own progress at once,
 * and a Figma request that hangs must not hold the app on its loading screen. The query factories
 * load lazily, as the pages do, so the sign-in route does not ship the Figma client.
 */
export function prefetching(
  queryClient: QueryClient,
  prefetch: (queryClient: QueryClient, figma: FigmaQueries, params: Params) => void,
) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const queries = import('../figma/queries');
    await whenUserReady(queryClient, request);
    prefetch(queryClient, (await queries).figmaQueries, params);
    return null;
  };
}

/**
 * A file tab's loader. Its queries hang on the file answer the file layout's loader asks for: the
 * style nodes are keyed by the file's version, and the variables keep the revision they were read
 * at (read from that answer), so ahead of it they would be stored unstamped and a reload would pay
 * for them again. They start once the file is cached: at once on a seen file, else when the
 * layout's request lands (the same request, shared). A failed file is the layout's error screen.
 */
export function prefetchingAfterFile(
  queryClient: QueryClient,
  prefetch: (
    queryClient: QueryClient,
    figma: FigmaQueries,
    fileKey: string,
    file: GetFileResponse,
  ) => void,
) {
  return prefetching(queryClient, (client, figma, { fileKey = '' }) => {
    void client.ensureQueryData(figma.file(fileKey, 2)).then(
      (file) => prefetch(client, figma, fileKey, file),
      () => undefined,
    );
  });
}

/**
 * A page's loader runs when the page is entered or shows another item (its params changed), not
 * on every revalidation: a link to the address already shown, or a new search string, would
 * otherwise refetch stale data the page itself would not ask for again.
 */
export const whenParamsChange: ShouldRevalidateFunction = ({ currentParams, nextParams }) =>
  Object.keys({ ...currentParams, ...nextParams }).some(
    (name) => currentParams[name] !== nextParams[name],
  );
