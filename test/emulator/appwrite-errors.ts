/** Appwrite's JSON error replies (research/appwrite.md §10). */
import type { ServerResponse } from 'node:http';
import { sendJson } from './http';

export const APPWRITE_VERSION = '1.9.6';

export class AppwriteError extends Error {
  constructor(
    readonly code: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendAppwriteError(
  res: ServerResponse,
  error: AppwriteError,
  headers: Record<string, string> = {},
) {
  sendJson(
    res,
    error.code,
    { message: error.message, code: error.code, type: error.type, version: APPWRITE_VERSION },
    {
      'Cache-Control': 'no-cache, no-store, must-revalidate',
      Expires: '0',
      Pragma: 'no-cache',
      ...headers,
    },
  );
}

export const guestError = () =>
  new AppwriteError(
    401,
    'general_unauthorized_scope',
    'User (role: guests) missing scopes (["account"])',
  );

export const rateLimitError = () =>
  new AppwriteError(
    429,
    'general_rate_limit_exceeded',
    'Rate limit for the current endpoint has been exceeded. Please try again after some time.',
  );
