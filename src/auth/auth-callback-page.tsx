import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { getConfig } from '../config';
import { authQueries, completeTokenSignIn } from './session';
import { safeNextPath } from './safe-next-path';
import {
  CODE_EXPIRED,
  MISSING_CODE,
  noSessionProblem,
  unreachableProblem,
} from './callback-problem';
import type { CallbackProblem } from './callback-problem';
import { canKeepFallbackSession, hasFallbackSession } from './fallback-session';
import { isAccountError } from '../lib/account-error';
import { Callout } from '../ui/callout';
import { Spinner } from '../ui/spinner';
import { LinkButton } from '../ui/link-button';
import './sign-in-page.css';

/** Finishes sign-in; returns the problem to show, or nothing when a user is signed in. */
async function finishSignIn(
  queryClient: QueryClient,
  code: { userId: string | null; secret: string | null },
): Promise<CallbackProblem | undefined> {
  const config = getConfig();
  const endpointHost = new URL(config.appwriteEndpoint).hostname;
  try {
    if (config.authFlow === 'token') {
      if (!code.userId || !code.secret) return MISSING_CODE;
      await completeTokenSignIn(code.userId, code.secret);
    }
    await queryClient.invalidateQueries({ queryKey: authQueries.currentUser().queryKey });
    const user = await queryClient.fetchQuery(authQueries.currentUser());
    if (user) return undefined;
    return noSessionProblem({
      flow: config.authFlow,
      appHost: window.location.hostname,
      endpointHost,
      fallbackKept: hasFallbackSession(),
      storageUsable: canKeepFallbackSession(),
    });
  } catch (error) {
    return isAccountError(error) && error.kind === 'unauthorized'
      ? CODE_EXPIRED
      : unreachableProblem(endpointHost);
  }
}

/**
 * Where Appwrite sends the browser after Figma said yes. The token flow's one-minute secret is
 * taken out of the address bar before anything else, so it never lingers in history.
 */
export function AuthCallbackPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<CallbackProblem>();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const url = new URL(window.location.href);
    const code = { userId: url.searchParams.get('userId'), secret: url.searchParams.get('secret') };
    const next = safeNextPath(url.searchParams.get('next'), url.origin);
    url.searchParams.delete('userId');
    url.searchParams.delete('secret');
    window.history.replaceState(window.history.state, '', url.pathname + url.search);

    void finishSignIn(queryClient, code).then((found) => {
      if (found) setProblem(found);
      else navigate(next, { replace: true });
    });
  }, [navigate, queryClient]);

  return (
    <main id="main" className="sign-in">
      <div className="sign-in__panel" aria-live="polite">
        {problem ? (
          <>
            <h1 className="sign-in__title">{problem.title}</h1>
            <Callout tone="danger" title="What to do">
              <p data-cause={problem.cause}>{problem.advice}</p>
            </Callout>
            <LinkButton to="/sign-in" variant="primary">
              Back to sign-in
            </LinkButton>
          </>
        ) : (
          <>
            <h1 className="sign-in__title">Signing you in…</h1>
            <Spinner label="Finishing sign-in" />
          </>
        )}
      </div>
    </main>
  );
}
