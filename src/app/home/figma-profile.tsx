import { Suspense } from 'react';
import { useQueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import { figmaQueries } from '../../figma/queries';
import { Avatar } from '../../ui/avatar';
import { Card } from '../../ui/card';
import { ErrorBoundary } from '../../ui/error-boundary';
import { Skeleton } from '../../ui/skeleton';
import { FigmaProblem } from '../../figma/figma-problem';
import './home-page.css';

/**
 * The signed-in Figma identity, fetched through the token gate: proof the connection works. The
 * home route's loader starts the request; this side widget waits and fails on its own, so the
 * rest of the home page, which needs nothing from Figma, never waits for it or loses to it.
 */
export function FigmaProfile() {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <ErrorBoundary
      onReset={reset}
      fallback={(error, retry) => <FigmaProblem error={error} onRetry={retry} />}
    >
      <Suspense fallback={<ProfileSkeleton />}>
        <Profile />
      </Suspense>
    </ErrorBoundary>
  );
}

function ProfileSkeleton() {
  return (
    <Card aria-busy="true" aria-label="Loading your Figma profile" className="figma-profile">
      <Skeleton width={48} height={48} radius="full" />
      <div>
        <Skeleton width={160} height={18} />
        <Skeleton width={220} height={14} />
      </div>
    </Card>
  );
}

function Profile() {
  const me = useSuspenseQuery(figmaQueries.me());
  return (
    <Card className="figma-profile" aria-label="Your Figma profile">
      <Avatar src={me.data.img_url} name={me.data.handle} size={48} />
      <div>
        <p className="figma-profile__handle">{me.data.handle}</p>
        <p className="figma-profile__email">{me.data.email}</p>
      </div>
    </Card>
  );
}
