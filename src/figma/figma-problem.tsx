/**
 * One place that turns any failure on the way to Figma into what happened and what to do next:
 * reconnect, grant a scope, wait out a rate limit (with a live countdown), retry when offline.
 */
import { isFigmaAuthError } from '../auth/figma-auth-error';
import { AppwriteProblem } from '../auth/appwrite-problem';
import { isAppwriteUnreachable } from '../lib/account-error';
import { isFigmaApiError } from './figma-api-error';
import { ErrorState } from '../ui/error-state';
import { ApiProblem } from './problem/api-problem';
import { AuthProblem } from './problem/auth-problem';
import { RetryButton } from './problem/retry';

export interface FigmaProblemProps {
  error: unknown;
  onRetry?: () => void;
  headingLevel?: 1 | 2;
}

export function FigmaProblem({ error, onRetry, headingLevel = 2 }: FigmaProblemProps) {
  if (isFigmaAuthError(error)) {
    return <AuthProblem error={error} onRetry={onRetry} headingLevel={headingLevel} />;
  }
  if (isFigmaApiError(error)) {
    return <ApiProblem error={error} onRetry={onRetry} headingLevel={headingLevel} />;
  }
  if (isAppwriteUnreachable(error)) {
    return (
      <AppwriteProblem
        error={error}
        headingLevel={headingLevel}
        onRetry={onRetry ?? (() => window.location.reload())}
      />
    );
  }
  const offline = error instanceof TypeError;
  return (
    <ErrorState
      headingLevel={headingLevel}
      title={offline ? 'You seem to be offline' : 'Something went wrong'}
      body={
        offline
          ? 'Tokenport could not reach the server. Check your connection, then try again.'
          : 'An unexpected error stopped this view. Try again.'
      }
      action={<RetryButton onRetry={onRetry} />}
    />
  );
}
