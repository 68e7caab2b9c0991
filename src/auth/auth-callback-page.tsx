import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { authQueries, completeTokenSignIn } from './session';
import { safeNextPath } from './safe-next-path';
import { isAccountError } from '../lib/account-error';
import { Callout } from '../ui/callout';
import { Spinner } from '../ui/spinner';
import { LinkButton } from '../ui/link-button';
import './sign-in-page.css';

type Problem = { title: string; advice: string };

/**
 * Where Appwrite sends the browser after Figma said yes. The token flow's one-minute secret is
 * taken out of the address bar before anything else, so it never lingers in history.
 */
export function AuthCallbackPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<Problem>();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const url = new URL(window.location.href);
    const userId = url.searchParams.get('userId');
    const secret = url.searchParams.get('secret');
    const next = safeNextPath(url.searchParams.get('next'), url.origin);
    url.searchParams.delete('userId');
    url.searchParams.delete('secret');
    window.history.replaceState(window.history.state, '', url.pathname + url.search);

    void (async () => {
      try {
        if (userId && secret) await completeTokenSignIn(userId, secret);
        await queryClient.invalidateQueries({ queryKey: authQueries.currentUser().queryKey });
        const user = await queryClient.fetchQuery(authQueries.currentUser());
        if (!user) {
          setProblem({
            title: 'Signed in on Figma, but this browser kept no session',
            advice:
              'Your browser blocks the cookies of the Appwrite server (third-party cookies). Put Appwrite on a subdomain of this site, or switch Tokenport to the token flow (VITE_APPWRITE_AUTH_FLOW=token) — see the README.',
          });
          return;
        }
        navigate(next, { replace: true });
      } catch (error) {
        const expired = isAccountError(error) && error.kind === 'unauthorized';
        setProblem({
          title: expired ? 'The sign-in link expired' : 'Sign-in could not be completed',
          advice: expired
            ? 'The one-time sign-in code is valid for a minute and was already used or expired. Sign in again.'
            : 'Check your connection and sign in again.',
        });
      }
    })();
  }, [navigate, queryClient]);

  return (
    <main id="main" className="sign-in">
      <div className="sign-in__panel" aria-live="polite">
        {problem ? (
          <>
            <h1 className="sign-in__title">{problem.title}</h1>
            <Callout tone="danger" title="What to do">
              <p>{problem.advice}</p>
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
