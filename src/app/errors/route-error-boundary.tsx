import { isRouteErrorResponse, useLocation, useRouteError } from 'react-router-dom';
import { isFigmaAuthError } from '../../auth/figma-auth-error';
import { AppwriteProblem } from '../../auth/appwrite-problem';
import { isAppwriteUnreachable } from '../../lib/account-error';
import { isFigmaApiError } from '../../figma/figma-api-error';
import { FigmaProblem } from '../../figma/figma-problem';
import { ErrorState } from '../../ui/error-state';
import { LinkButton } from '../../ui/link-button';
import { Button } from '../../ui/button';
import { paths } from '../../lib/paths';

/**
 * Catches what a route throws. Figma problems (revoked access, rate limits, scopes…) get their
 * own explanations; a lazy chunk that fails to load (after a deploy, or offline) offers a reload.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const location = useLocation();

  if (isAppwriteUnreachable(error)) {
    return (
      <main id="main" className="route-error">
        <AppwriteProblem
          error={error}
          headingLevel={1}
          // A fresh load, not a revalidation: the timed-out call may still hold the SDK's session
          // read, and the user asked for a new start.
          onRetry={() => window.location.reload()}
        />
      </main>
    );
  }
  if (isFigmaAuthError(error) || isFigmaApiError(error)) {
    return (
      <main id="main" className="route-error">
        <FigmaProblem error={error} onRetry={() => window.location.reload()} />
      </main>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <main id="main" className="route-error">
        <ErrorState
          title="Page not found"
          body="This address does not match any page in Tokenport."
          action={<LinkButton to={paths.home()}>Go to your files</LinkButton>}
        />
      </main>
    );
  }
  const chunkFailed =
    error instanceof TypeError &&
    /dynamically imported module|Failed to fetch/i.test(error.message);
  return (
    <main id="main" className="route-error">
      <ErrorState
        title={chunkFailed ? 'Tokenport could not load this page' : 'Something went wrong'}
        body={
          chunkFailed
            ? 'Part of the app failed to download — you may be offline, or Tokenport was just updated.'
            : 'An unexpected error stopped this page. Reloading usually helps; your Figma files are untouched.'
        }
        action={
          <>
            <Button variant="primary" onClick={() => window.location.reload()}>
              Reload
            </Button>
            {location.pathname !== '/' && (
              <LinkButton to={paths.home()}>Go to your files</LinkButton>
            )}
          </>
        }
      />
    </main>
  );
}
