import { useLocation } from 'react-router-dom';
import type { FigmaAuthError } from '../../auth/figma-auth-error';
import { SIGN_IN_PATH } from '../../auth/session';
import { ErrorState } from '../../ui/error-state';
import { LinkButton } from '../../ui/link-button';
import { ReconnectButton } from './reconnect-button';
import { WaitThenRetry } from './retry';

interface AuthProblemProps {
  error: FigmaAuthError;
  onRetry?: (() => void) | undefined;
  headingLevel: 1 | 2;
}

/** The token gate could not hand out a Figma token: revoked, renewal-limited or signed out. */
export function AuthProblem({ error, onRetry, headingLevel }: AuthProblemProps) {
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  switch (error.reason) {
    case 'revoked':
    case 'no-provider-token':
      return (
        <ErrorState
          headingLevel={headingLevel}
          title="Figma access was revoked or expired — reconnect"
          body="Tokenport can no longer read Figma on your behalf. Reconnecting takes you through Figma’s consent screen and back here."
          action={<ReconnectButton />}
        />
      );
    case 'rate-limited':
      return (
        <ErrorState
          headingLevel={headingLevel}
          title="Figma access needs renewing, but the renewal limit is reached"
          body={
            <>
              <p>Appwrite allows 10 renewals of Figma access per hour.</p>
              {error.retryAt && <WaitThenRetry until={error.retryAt} onRetry={onRetry} />}
            </>
          }
        />
      );
    case 'renewal-failed':
      return (
        <ErrorState
          headingLevel={headingLevel}
          title="Figma access could not be renewed"
          body={
            <>
              <p>Appwrite had a problem renewing Tokenport’s access to Figma.</p>
              {error.retryAt && <WaitThenRetry until={error.retryAt} onRetry={onRetry} />}
            </>
          }
        />
      );
    case 'signed-out':
      return (
        <ErrorState
          headingLevel={headingLevel}
          title="You are signed out"
          body="Your Tokenport session ended. Sign in again to continue where you were."
          action={
            <LinkButton variant="primary" to={`${SIGN_IN_PATH}?next=${encodeURIComponent(here)}`}>
              Sign in
            </LinkButton>
          }
        />
      );
  }
}
