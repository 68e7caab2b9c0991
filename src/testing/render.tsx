/**
 * Render helpers for component tests: real providers, a fresh QueryClient (no retries) per test,
 * and a memory router, so components run as in the app.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import type { RouteObject } from 'react-router-dom';
import { PageErrorBoundary } from '../app/errors/page-error-boundary';
import { createQueryClient } from '../app/query-client';
import { ToastProvider } from '../ui/toast';

export interface RenderOptions {
  /** The URL to start at. */
  route?: string;
  /** The route pattern the element is mounted at, so useParams works. */
  path?: string;
  /** Extra routes, e.g. link targets to assert navigation. */
  routes?: RouteObject[];
}

export function renderWithProviders(element: ReactElement, options: RenderOptions = {}) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const router = createMemoryRouter(
    // A page's failure is its route's error screen, as in the app.
    [
      { path: options.path ?? '*', element, errorElement: <PageErrorBoundary /> },
      ...(options.routes ?? []),
    ],
    { initialEntries: [options.route ?? '/'] },
  );
  const result = render(
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { ...result, queryClient, router };
}
