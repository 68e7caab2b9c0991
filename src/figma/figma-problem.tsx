/**
 * One place that turns any failure on the way to Figma into what happened and what to do next:
 * reconnect, grant a scope, wait out a rate limit (with a live countdown), retry when offline.
 */
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { isFigmaAuthError } from '../auth/figma-auth-error';
import { startFigmaSignIn, SIGN_IN_PATH } from '../auth/session';
import { isFigmaApiError } from './figma-api-error';
import { Button } from '../ui/button';
import { Countdown, describeWait } from '../ui/countdown';
import { ErrorState } from '../ui/error-state';
import { Icon } from '../ui/icon';
import { LinkButton } from '../ui/link-button';

/** Waits longer than this are stated in words instead of counted down. */
const COUNTDOWN_LIMIT_MS = 15 * 60_000;

export interface FigmaProblemProps {
  error: unknown;
  onRetry?: () => void;
  headingLevel?: 1 | 2;
}

function RetryButton({ onRetry, label = 'Try again' }: { onRetry?: () => void; label?: string }) {
  if (!onRetry) return null;
  return (
    <Button variant="primary" icon={<Icon name="refresh" />} onClick={onRetry}>
      {label}
    </Button>
  );
}

function WaitThenRetry({ until, onRetry }: { until: Date; onRetry?: () => void }) {
  const [shownAt] = useState(() => Date.now());
  const [ready, setReady] = useState(() => until.getTime() <= shownAt);
  if (until.getTime() - shownAt > COUNTDOWN_LIMIT_MS) {
    return <p>You can try again at {until.toLocaleString()}.</p>;
  }
  return (
    <>
      <p>
        <Countdown until={until} onDone={() => setReady(true)} />
      </p>
      {onRetry && (
        <Button
          variant="primary"
          icon={<Icon name="refresh" />}
          onClick={onRetry}
          disabled={!ready}
        >
          Retry
        </Button>
      )}
    </>
  );
}

export function FigmaProblem({ error, onRetry, headingLevel = 2 }: FigmaProblemProps) {
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  const [shownAt] = useState(() => Date.now());
  const [retryAt] = useState(() => {
    if (isFigmaApiError(error) && error.rateLimit?.retryAfterSeconds !== undefined) {
      return new Date(Date.now() + error.rateLimit.retryAfterSeconds * 1000);
    }
    return isFigmaAuthError(error) ? error.retryAt : undefined;
  });
  const reconnect = (extraScopes: string[] = []) => (
    <Button
      variant="primary"
      icon={<Icon name="figma" />}
      onClick={() => startFigmaSignIn({ next: here, extraScopes })}
    >
      {extraScopes.length ? 'Grant access' : 'Reconnect Figma'}
    </Button>
  );

  if (isFigmaAuthError(error)) {
    switch (error.reason) {
      case 'revoked':
      case 'no-provider-token':
        return (
          <ErrorState
            headingLevel={headingLevel}
            title="Figma access was revoked or expired — reconnect"
            body="Tokenport can no longer read Figma on your behalf. Reconnecting takes you through Figma’s consent screen and back here."
            action={reconnect()}
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
                {retryAt && <WaitThenRetry until={retryAt} onRetry={onRetry} />}
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

  if (isFigmaApiError(error)) {
    switch (error.kind) {
      case 'not-found':
        return (
          <ErrorState
            headingLevel={headingLevel}
            title="Not found, or you have no access"
            body="Figma could not find this, or your account cannot open it. Check the link, or ask its owner to share it with you."
            action={<LinkButton to="/">Back to your files</LinkButton>}
          />
        );
      case 'scope':
        return (
          <ErrorState
            headingLevel={headingLevel}
            title="Tokenport needs one more permission"
            body={
              <p>
                This needs the <code>{error.requiredScope ?? 'missing'}</code> permission, which
                this sign-in did not grant. Grant it on Figma’s consent screen — if Figma refuses,
                the Figma app behind Tokenport must enable that scope first.
              </p>
            }
            action={reconnect(error.requiredScope ? [error.requiredScope] : [])}
          />
        );
      case 'plan':
        return (
          <ErrorState
            headingLevel={headingLevel}
            title="Your Figma plan does not include this"
            body="Figma limits this API to Enterprise organizations. Styles and JSON import work on every plan."
          />
        );
      case 'permission':
        return (
          <ErrorState
            headingLevel={headingLevel}
            title="Figma refused access"
            body={<p>Figma said: “{error.message}”. Ask the file’s owner for access.</p>}
          />
        );
      case 'rate-limit': {
        const info = error.rateLimit;
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
      case 'network':
        return (
          <ErrorState
            headingLevel={headingLevel}
            title="You seem to be offline"
            body="Tokenport could not reach Figma. Check your connection, then try again."
            action={<RetryButton onRetry={onRetry} />}
          />
        );
      case 'too-large':
        return (
          <ErrorState
            headingLevel={headingLevel}
            title="Too large for Figma"
            body={<p>Figma said: “{error.message}”.</p>}
          />
        );
      case 'bad-request':
      case 'server':
      case 'auth':
        return (
          <ErrorState
            headingLevel={headingLevel}
            title={error.kind === 'server' ? 'Figma had a problem' : 'Figma refused the request'}
            body={<p>Figma said: “{error.message}”.</p>}
            action={<RetryButton onRetry={onRetry} />}
          />
        );
    }
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
