import { describe, expect, it } from 'vitest';
import { toGitHubError } from './github-error';

const failure = (status: number, message: string, headers: Record<string, string> = {}) => ({
  status,
  message,
  response: { headers, data: { message } },
});

describe('toGitHubError', () => {
  it('tells the primary rate limit (remaining 0, reset time) from a secondary one (retry-after)', () => {
    const primary = toGitHubError(
      failure(403, 'API rate limit exceeded', {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '2000000000',
      }),
    );
    expect(primary.kind).toBe('rate-limit');
    expect(primary.details.retryAt?.getTime()).toBe(2_000_000_000_000);
    const before = Date.now();
    const secondary = toGitHubError(
      failure(403, 'You have exceeded a secondary rate limit', {
        'retry-after': '30',
        'x-ratelimit-remaining': '4000',
      }),
    );
    expect(secondary.kind).toBe('secondary-rate-limit');
    expect(secondary.details.retryAt!.getTime()).toBeGreaterThanOrEqual(before + 30_000);
  });

  it('maps credentials, permissions, 404s by step, rules and the network', () => {
    expect(toGitHubError(failure(401, 'Bad credentials')).kind).toBe('bad-token');
    const permission = toGitHubError(
      failure(403, 'Resource not accessible by personal access token', {
        'x-accepted-github-permissions': 'contents=write',
      }),
    );
    expect([permission.kind, permission.details.permission]).toEqual([
      'permission',
      'contents=write',
    ]);
    expect(toGitHubError(failure(404, 'Not Found'), { notFound: 'branch-missing' }).kind).toBe(
      'branch-missing',
    );
    expect(toGitHubError(failure(404, 'Not Found')).kind).toBe('repo-missing');
    expect(toGitHubError(failure(422, 'Repository rule violations found')).kind).toBe('protected');
    expect(toGitHubError(failure(422, 'Update is not a fast forward')).kind).toBe('invalid');
    expect(toGitHubError({ status: 500, message: 'Failed to fetch' }).kind).toBe('network');
    expect(toGitHubError(failure(502, 'Bad gateway')).kind).toBe('server');
  });
});
