/**
 * The subset of Appwrite's account API that Tokenport uses, held to the real contracts (status
 * codes, error bodies, redirects, cookies, the fallback session, rate limits) as documented in
 * shared/research/appwrite.md. Routes live in one table per resource; this module composes them.
 */
import type { Route } from './http';
import { createAppwriteAuth } from './appwrite-auth';
import { appwriteAccountRoutes } from './appwrite-account';
import { appwriteOAuthRoutes } from './appwrite-oauth';
import { appwriteSessionRoutes } from './appwrite-sessions';
import type { FigmaOAuth } from './figma-oauth';
import type { EmulatorState } from './state';

export { APPWRITE_VERSION, AppwriteError, sendAppwriteError } from './appwrite-errors';

export function createAppwriteRoutes(
  state: EmulatorState,
  figma: FigmaOAuth,
  origins: () => { appwrite: string; figma: string },
): Route[] {
  const auth = createAppwriteAuth(state);
  return [
    ...appwriteOAuthRoutes(state, figma, origins, auth),
    ...appwriteSessionRoutes(state, figma, auth),
    ...appwriteAccountRoutes(state, auth),
  ];
}
