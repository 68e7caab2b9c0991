/**
 * Appwrite (sign-in, the session, Figma access renewal) could not be reached or did not answer:
 * say so, and offer the one thing that helps.
 */
import { isAccountError } from '../lib/account-error';
import { Button } from '../ui/button';
import { ErrorState } from '../ui/error-state';
import { Icon } from '../ui/icon';

export function AppwriteProblem({
  error,
  onRetry,
  headingLevel = 2,
}: {
  error: unknown;
  onRetry: () => void;
  headingLevel?: 1 | 2;
}) {
  const timedOut = isAccountError(error) && error.kind === 'timeout';
  return (
    <ErrorState
      headingLevel={headingLevel}
      title="Can’t reach Appwrite"
      body={
        timedOut
          ? 'Appwrite, which signs you in and holds your Figma access, did not answer in time. It may be down or your connection may be slow.'
          : 'Appwrite, which signs you in and holds your Figma access, could not be reached. Check your connection.'
      }
      action={
        <Button variant="primary" icon={<Icon name="refresh" />} onClick={onRetry}>
          Retry
        </Button>
      }
    />
  );
}
