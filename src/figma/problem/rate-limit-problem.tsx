import { useState } from 'react';
import type { FigmaApiError } from '../figma-api-error';
import { describeWait } from '../../ui/countdown';
import { ErrorState } from '../../ui/error-state';
import { COUNTDOWN_LIMIT_MS, RetryButton, WaitThenRetry } from './retry';

interface RateLimitProblemProps {
  error: FigmaApiError;
  onRetry?: (() => void) | undefined;
  headingLevel: 1 | 2;
}

/** Figma's 429: how long to wait (counted down when short), the seat's limits, a way to upgrade. */
export function RateLimitProblem({ error, onRetry, headingLevel }: RateLimitProblemProps) {
  const info = error.rateLimit;
  // Fixed at first render: Retry-After counts from when Figma answered, not from each re-render.
  const [shownAt] = useState(() => Date.now());
  const [retryAt] = useState(() =>
    info?.retryAfterSeconds === undefined
      ? undefined
      : new Date(shownAt + info.retryAfterSeconds * 1000),
  );
  const long = retryAt && retryAt.getTime() - shownAt > COUNTDOWN_LIMIT_MS;
  return (
    <ErrorState
      headingLevel={headingLevel}
      title="Figma’s rate limit is reached"
      body={
        <>
          <p>
            {long && retryAt
              ? `Figma’s limit for this plan resets in ${describeWait(retryAt.getTime() - shownAt)}.`
              : 'Figma asks Tokenport to wait before the next request.'}
            {info?.planTier &&
              ` (plan tier: ${info.planTier}${info.limitType ? `, ${info.limitType} limits` : ''})`}
          </p>
          {info?.limitType === 'low' && (
            <p>View and Collab seats get far lower limits than Full or Dev seats.</p>
          )}
          {retryAt ? (
            <WaitThenRetry until={retryAt} onRetry={onRetry} />
          ) : (
            <RetryButton onRetry={onRetry} />
          )}
        </>
      }
      action={
        info?.upgradeLink ? (
          <a href={info.upgradeLink} target="_blank" rel="noreferrer noopener">
            See Figma plans
          </a>
        ) : undefined
      }
    />
  );
}
