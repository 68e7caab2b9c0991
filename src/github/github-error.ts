/**
 * Every GitHub failure as one typed value the panel can explain: what happened and what to do
 * next. Built from Octokit's RequestError by shape (status, headers, message) so this module
 * does not pull the client into the panel's chunk.
 */

export type GitHubErrorKind =
  | 'bad-token'
  | 'permission'
  | 'repo-missing'
  | 'branch-missing'
  | 'protected'
  | 'base-moved'
  | 'rate-limit'
  | 'secondary-rate-limit'
  | 'network'
  | 'invalid'
  | 'server';

export class GitHubError extends Error {
  override name = 'GitHubError';
  constructor(
    readonly kind: GitHubErrorKind,
    message: string,
    readonly details: { status?: number; retryAt?: Date; permission?: string } = {},
  ) {
    super(message);
  }
}

export function isGitHubError(error: unknown): error is GitHubError {
  return error instanceof GitHubError;
}

interface ResponseLike {
  status?: number;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  message?: string;
}

function header(error: ResponseLike, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

function githubMessage(error: ResponseLike): string {
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null) {
    const { message, errors } = data as { message?: unknown; errors?: unknown };
    const detail = Array.isArray(errors)
      ? errors
          .map((e) => (typeof e === 'string' ? e : (e as { message?: string }).message))
          .filter(Boolean)
          .join(' ')
      : '';
    if (typeof message === 'string') return detail ? `${message}: ${detail}` : message;
  }
  return error.message ?? 'GitHub did not answer';
}

/**
 * Maps a failed request; `context` says what a 404 means at this step (a hidden repository and a
 * missing branch both answer 404 on GitHub).
 */
export function toGitHubError(
  error: unknown,
  context: { notFound?: 'repo-missing' | 'branch-missing' } = {},
): GitHubError {
  if (isGitHubError(error)) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as ResponseLike;
  const status = e.status;
  const message = githubMessage(e);
  if (!e.response || status === undefined)
    return new GitHubError('network', message || 'The network request failed');
  const remaining = header(e, 'x-ratelimit-remaining');
  const retryAfter = header(e, 'retry-after');
  if ((status === 403 || status === 429) && retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    return new GitHubError('secondary-rate-limit', message, {
      status,
      retryAt: new Date(Date.now() + (Number.isFinite(seconds) ? seconds : 60) * 1000),
    });
  }
  if ((status === 403 || status === 429) && remaining === '0') {
    const reset = Number(header(e, 'x-ratelimit-reset'));
    return new GitHubError('rate-limit', message, {
      status,
      retryAt: new Date(Number.isFinite(reset) && reset > 0 ? reset * 1000 : Date.now() + 3600_000),
    });
  }
  if ((status === 403 || status === 429) && /secondary rate limit/i.test(message))
    return new GitHubError('secondary-rate-limit', message, {
      status,
      retryAt: new Date(Date.now() + 60_000),
    });
  if (status === 401) return new GitHubError('bad-token', message, { status });
  if (status === 403) {
    const permission = header(e, 'x-accepted-github-permissions');
    return new GitHubError('permission', message, {
      status,
      ...(permission ? { permission } : {}),
    });
  }
  if (status === 404)
    return new GitHubError(context.notFound ?? 'repo-missing', message, { status });
  if (status === 422 && /rule violation|protected branch/i.test(message))
    return new GitHubError('protected', message, { status });
  if (status === 409 || status === 422) return new GitHubError('invalid', message, { status });
  return new GitHubError('server', message, { status });
}
