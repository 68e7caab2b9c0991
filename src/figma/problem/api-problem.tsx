import type { FigmaApiError } from '../figma-api-error';
import { ErrorState } from '../../ui/error-state';
import { LinkButton } from '../../ui/link-button';
import { RateLimitProblem } from './rate-limit-problem';
import { ReconnectButton } from './reconnect-button';
import { RetryButton } from './retry';

interface ApiProblemProps {
  error: FigmaApiError;
  onRetry?: (() => void) | undefined;
  headingLevel: 1 | 2;
}

/** Figma answered with an error: one screen per kind, each naming the next step. */
export function ApiProblem({ error, onRetry, headingLevel }: ApiProblemProps) {
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
              This needs the <code>{error.requiredScope ?? 'missing'}</code> permission, which this
              sign-in did not grant. Grant it on Figma’s consent screen — if Figma refuses, the
              Figma app behind Tokenport must enable that scope first.
            </p>
          }
          action={
            <ReconnectButton extraScopes={error.requiredScope ? [error.requiredScope] : []} />
          }
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
    case 'rate-limit':
      return <RateLimitProblem error={error} onRetry={onRetry} headingLevel={headingLevel} />;
    case 'timeout':
      return (
        <ErrorState
          headingLevel={headingLevel}
          title="Figma is not answering"
          body="Figma did not answer in time. It may be slow or unreachable right now; your data is safe. Try again."
          action={<RetryButton onRetry={onRetry} />}
        />
      );
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
