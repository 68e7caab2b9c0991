/**
 * What went wrong with GitHub, in words, and the next step. The user's choices (repository,
 * branch, folder, formats) stay where they are: every action here retries or edits, none resets.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Button } from '../ui/button';
import { Callout } from '../ui/callout';
import { Countdown } from '../ui/countdown';
import { Icon } from '../ui/icon';
import { isGitHubError } from './github-error';
import type { GitHubError } from './github-error';
import { TOKEN_PAGE } from './token-help';
import { InputErrorDetails } from '../ui/input-error-details';
import { isInputError } from '../ui/input-error';

interface Explained {
  title: string;
  body: ReactNode;
  tone?: 'danger' | 'warning';
}

function explain(error: GitHubError, where: { repo: string; branch: string }): Explained {
  switch (error.kind) {
    case 'bad-token':
      return {
        title: 'GitHub did not accept this token',
        body: 'It may be mistyped, expired or revoked. Create a new fine-grained token and paste it again.',
      };
    case 'permission':
      return {
        title: 'The token lacks a permission',
        body: (
          <>
            GitHub refused: {error.message}. Edit the token on{' '}
            <a href={TOKEN_PAGE} target="_blank" rel="noreferrer">
              GitHub&apos;s token page
            </a>{' '}
            and give it Contents and Pull requests: Read and write on {where.repo}
            {error.details.permission ? ` (GitHub asks for ${error.details.permission})` : ''}.
          </>
        ),
      };
    case 'repo-missing':
      return {
        title: `Repository ${where.repo} not found`,
        body: 'Check the spelling. For a private repository, the token must be granted access to it (Repository access on the token page).',
      };
    case 'branch-missing':
      return {
        title: `Branch ${where.branch} not found in ${where.repo}`,
        body: 'Check the base branch name (often main or master), or create the branch on GitHub first.',
      };
    case 'protected':
      return {
        title: 'A repository rule blocked the branch',
        body: `GitHub said: ${error.message}. Ask an admin to allow branches named tokenport/* (Settings → Rules), or use another repository.`,
      };
    case 'base-moved':
      return {
        tone: 'warning',
        title: `${where.branch} moved since the preview`,
        body: 'Someone pushed to the base branch. Nothing was written: the diff below is recomputed against the new head. Review it, then open the pull request again.',
      };
    case 'rate-limit':
      return {
        title: 'GitHub rate limit reached',
        body: 'This token used its hourly allowance of GitHub requests. Nothing was lost; try again when the limit resets.',
      };
    case 'secondary-rate-limit':
      return {
        title: 'GitHub asked to slow down',
        body: 'Too many requests in a short time (a secondary rate limit). Wait the time GitHub asked for, then try again.',
      };
    case 'network':
      return {
        title: 'GitHub could not be reached',
        body: 'Check your connection (or a VPN or proxy blocking api.github.com), then try again.',
      };
    case 'invalid':
      return { title: 'GitHub rejected the request', body: `GitHub said: ${error.message}.` };
    case 'server':
      return {
        title: 'GitHub had a problem',
        body: `GitHub answered ${error.details.status ?? ''}: ${error.message}. Try again in a moment; see githubstatus.com if it persists.`,
      };
  }
}

export function GitHubProblem({
  error,
  repo,
  branch,
  onRetry,
  retryLabel = 'Try again',
}: {
  error: unknown;
  repo: string;
  branch: string;
  onRetry?: () => void;
  retryLabel?: string;
}) {
  const [shownAt] = useState(() => Date.now());
  const [waited, setWaited] = useState(false);
  const retryButton = (disabled = false) =>
    onRetry && (
      <Button size="sm" icon={<Icon name="refresh" />} onClick={onRetry} disabled={disabled}>
        {retryLabel}
      </Button>
    );
  // The repository answered, but its token files are not valid DTCG: say which values, and
  // where, so they can be fixed there (nothing was written).
  if (isInputError(error)) {
    return (
      <Callout
        tone="danger"
        title={`The token files in ${repo} could not be read`}
        action={retryButton()}
      >
        <InputErrorDetails error={error} />
        <p>Fix them on {branch}, or choose another folder, then try again. Nothing was written.</p>
      </Callout>
    );
  }
  if (!isGitHubError(error)) {
    return (
      <Callout tone="danger" title="Something went wrong">
        {error instanceof Error ? error.message : 'An unexpected error.'}
      </Callout>
    );
  }
  const { title, body, tone = 'danger' } = explain(error, { repo, branch });
  const retryAt = error.details.retryAt;
  const mustWait = retryAt !== undefined && retryAt.getTime() > shownAt && !waited;
  return (
    <Callout
      tone={tone}
      title={title}
      action={error.kind !== 'base-moved' ? retryButton(mustWait) : undefined}
    >
      <p>{body}</p>
      {retryAt && mustWait && (
        <p>
          <Countdown until={retryAt} onDone={() => setWaited(true)} />
        </p>
      )}
    </Callout>
  );
}
