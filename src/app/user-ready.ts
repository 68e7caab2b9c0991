/**
 * The one gate every private route's loader passes: a signed-in user whose persisted Figma cache
 * is restored. React Router runs a child's loader alongside its parent's, so a child that fetched
 * Figma data without waiting here would pay for answers the restore was about to bring back.
 */
import { redirect } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { authQueries } from '../auth/session';
import type { AppUser } from '../lib/appwrite';
import { paths } from '../lib/paths';
import { nextTask } from '../lib/next-task';

// One navigation hands the same Request to every loader it runs: they share one promise.
const readyByRequest = new WeakMap<Request, Promise<AppUser>>();

async function signedInWithCache(queryClient: QueryClient, request: Request): Promise<AppUser> {
  const userCache = import('../figma/persist/user-cache');
  const userQuery = authQueries.currentUser();
  // On a page load the router runs this loader inside its own start-up task; the Appwrite SDK's
  // first request (a cold code path) gets a task of its own instead of lengthening that one.
  // Later navigations find the user cached and go on at once.
  if (queryClient.getQueryData(userQuery.queryKey) === undefined) await nextTask();
  const user = await queryClient.ensureQueryData(userQuery);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(paths.signIn(`${url.pathname}${url.search}`));
  }
  await (await userCache).bindUserCache(queryClient, user.id);
  return user;
}

/** Resolves once the user is known and their Figma cache restored; redirects a guest to sign-in. */
export function whenUserReady(queryClient: QueryClient, request: Request): Promise<AppUser> {
  let ready = readyByRequest.get(request);
  if (!ready) {
    ready = signedInWithCache(queryClient, request);
    readyByRequest.set(request, ready);
  }
  return ready;
}
