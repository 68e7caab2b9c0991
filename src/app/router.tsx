/**
 * The route table. Feature pages are lazy so the sign-in route ships only what sign-in needs;
 * protected routes sit under one layout whose loader decides signed-in or sign-in page.
 */
import { createBrowserRouter, redirect } from 'react-router-dom';
import type { LoaderFunctionArgs, RouteObject } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { authQueries } from '../auth/session';
import { prefsQueries } from '../auth/prefs';
import { safeNextPath } from '../auth/safe-next-path';
import { routePatterns } from '../lib/paths';
import { RouteErrorBoundary } from './errors/route-error-boundary';
import { PageErrorBoundary } from './errors/page-error-boundary';
import { prefetching, prefetchingAfterFile, whenParamsChange } from './page-loader';
import { whenUserReady } from './user-ready';
import { AppLoading } from './app-loading';

/** Private pages need a user and their restored Figma cache (see user-ready.ts). */
export function requireUser(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await whenUserReady(queryClient, request);
    return null;
  };
}

/** Signed-in users who open the sign-in page go straight to where they were heading. */
export function redirectIfSignedIn(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const url = new URL(request.url);
    if (url.searchParams.has('error')) return null;
    const user = await queryClient.ensureQueryData(authQueries.currentUser()).catch(() => null);
    if (user) throw redirect(safeNextPath(url.searchParams.get('next'), url.origin));
    return null;
  };
}

/** The tabs under a file's header; they share one error screen below it. */
function fileTabRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      index: true,
      lazy: () => import('../files/file-overview').then((m) => ({ Component: m.FileOverview })),
    },
    {
      path: 'variables',
      // No loader: the tab reads the 2 MB variables answer itself, after the file's header has
      // painted (AfterFirstPaint), so the download does not hold the page's first paint.
      lazy: () => import('../variables/variables-tab').then((m) => ({ Component: m.VariablesTab })),
    },
    {
      path: 'styles',
      shouldRevalidate: whenParamsChange,
      loader: prefetchingAfterFile(queryClient, (client, figma, fileKey, file) => {
        void client.prefetchQuery(figma.styleNodes(fileKey, file.version));
      }),
      lazy: () => import('../variables/styles-tab').then((m) => ({ Component: m.StylesTab })),
    },
    {
      path: 'tokens',
      // No loader: the tab reads the 2 MB variables answer itself, after the file's header has
      // painted (AfterFirstPaint), so the download does not hold the page's first paint.
      lazy: () =>
        Promise.all([import('../variables/tokens-tab'), import('../github/repository-panel')]).then(
          ([tab, github]) => ({
            // Features never import each other: the app composes them here.
            Component: () => <tab.TokensTab RepositorySection={github.RepositoryPanel} />,
          }),
        ),
    },
    {
      path: 'sync',
      shouldRevalidate: whenParamsChange,
      loader: prefetching(queryClient, (client) => {
        void client.prefetchQuery(prefsQueries.prefs());
      }),
      lazy: () => import('../variables/sync-tab').then((m) => ({ Component: m.SyncTab })),
    },
  ];
}

/** Pages behind sign-in; each loader prefetches what its page reads. */
function privatePageRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      index: true,
      shouldRevalidate: whenParamsChange,
      loader: prefetching(queryClient, (client, figma) => {
        void client.prefetchQuery(figma.me());
      }),
      lazy: () => import('./home/home-page').then((m) => ({ Component: m.HomePage })),
    },
    {
      path: routePatterns.team,
      shouldRevalidate: whenParamsChange,
      loader: prefetching(queryClient, (client, figma, { teamId = '' }) => {
        void client.prefetchQuery(figma.teamProjects(teamId));
      }),
      lazy: () => import('../files/team-page').then((m) => ({ Component: m.TeamPage })),
    },
    {
      path: routePatterns.project,
      shouldRevalidate: whenParamsChange,
      loader: prefetching(queryClient, (client, figma, { projectId = '' }) => {
        void client.prefetchQuery(figma.projectFiles(projectId));
      }),
      lazy: () => import('../files/project-page').then((m) => ({ Component: m.ProjectPage })),
    },
    {
      path: routePatterns.folder,
      shouldRevalidate: whenParamsChange,
      loader: prefetching(queryClient, (client, figma, { folderId = '' }) => {
        void client.prefetchQuery(figma.folderFiles(folderId));
      }),
      lazy: () => import('../files/folder-page').then((m) => ({ Component: m.FolderPage })),
    },
    {
      path: routePatterns.file,
      shouldRevalidate: whenParamsChange,
      loader: prefetching(queryClient, (client, figma, { fileKey = '' }) => {
        void client.prefetchQuery(figma.file(fileKey, 2));
      }),
      lazy: () => import('../files/file-layout').then((m) => ({ Component: m.FileLayout })),
      children: [
        {
          errorElement: <PageErrorBoundary headingLevel={2} />,
          children: fileTabRoutes(queryClient),
        },
      ],
    },
    {
      path: routePatterns.importTokens,
      lazy: () => import('../variables/import-page').then((m) => ({ Component: m.ImportPage })),
    },
    {
      path: '*',
      lazy: () => import('./errors/not-found-page').then((m) => ({ Component: m.NotFoundPage })),
    },
  ];
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      errorElement: <RouteErrorBoundary />,
      HydrateFallback: AppLoading,
      children: [
        {
          path: routePatterns.signIn,
          loader: redirectIfSignedIn(queryClient),
          lazy: () => import('../auth/sign-in-page').then((m) => ({ Component: m.SignInPage })),
        },
        {
          path: routePatterns.authCallback,
          lazy: () =>
            import('../auth/auth-callback-page').then((m) => ({ Component: m.AuthCallbackPage })),
        },
        {
          id: 'private',
          loader: requireUser(queryClient),
          lazy: () =>
            import('./layouts/private-layout').then((m) => ({ Component: m.PrivateLayout })),
          children: [
            { errorElement: <PageErrorBoundary />, children: privatePageRoutes(queryClient) },
          ],
        },
      ],
    },
  ];
}

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export function createAppRouter(queryClient: QueryClient): AppRouter {
  return createBrowserRouter(createRoutes(queryClient));
}
