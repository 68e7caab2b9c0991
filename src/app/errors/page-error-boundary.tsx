import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useLocation, useNavigate, useRouteError } from 'react-router-dom';
import { isFigmaAuthError } from '../../auth/figma-auth-error';
import { isFigmaApiError } from '../../figma/figma-api-error';
import { FigmaProblem } from '../../figma/figma-problem';
import { RouteErrorBoundary } from './route-error-boundary';

/**
 * A page's data failed (its loader or its suspended query threw): the Figma problem shows where
 * the page was, inside the app's frame. Retry asks again in place: the failed queries may fetch on
 * their next read, and arriving at the same address anew re-runs the loaders and clears this screen.
 */
export function PageErrorBoundary({ headingLevel = 1 }: { headingLevel?: 1 | 2 }) {
  const error = useRouteError();
  const { reset } = useQueryErrorResetBoundary();
  const location = useLocation();
  const navigate = useNavigate();
  if (!isFigmaAuthError(error) && !isFigmaApiError(error)) return <RouteErrorBoundary />;
  return (
    <FigmaProblem
      error={error}
      headingLevel={headingLevel}
      onRetry={() => {
        reset();
        void navigate(location, { replace: true, state: location.state });
      }}
    />
  );
}
