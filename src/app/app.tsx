import { useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import type { AppRouter } from './router';
import { ToastProvider } from '../ui/toast';
import { followSignOutElsewhere } from '../auth/session';
import { paths } from '../lib/paths';
import { forgetTokenAtSignOut } from '../github/token-store';
import './app.css';

/** The query client and router are made before the first render (see main.tsx). */
export function App({ queryClient, router }: { queryClient: QueryClient; router: AppRouter }) {
  useEffect(() => forgetTokenAtSignOut(queryClient), [queryClient]);
  // A sign-out in another tab ends this one's session too: show sign-in, with the way back here.
  useEffect(
    () =>
      followSignOutElsewhere(queryClient, () => {
        const { pathname, search } = router.state.location;
        if (pathname === paths.signIn()) return;
        void router.navigate(paths.signIn(`${pathname}${search}`), { replace: true });
      }),
    [queryClient, router],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>
  );
}
