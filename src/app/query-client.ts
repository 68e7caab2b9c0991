import { QueryClient } from '@tanstack/react-query';
import { isFigmaApiError } from '../figma/figma-api-error';

/**
 * Retries only what a retry can fix: network blips and Figma 5xx, twice with backoff. Rate limits
 * are never retried automatically (the UI counts down Retry-After instead), nor are 4xx or auth.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (isFigmaApiError(error)) return error.kind === 'network' || error.kind === 'server';
  return error instanceof TypeError;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
