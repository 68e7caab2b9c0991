/**
 * Fetches `GET /v1/files/:key/variables/local` for the CLI with a personal access token. Figma's
 * replies are classified by the same rules as the app's (src/figma/figma-api-error.ts); only the
 * advice differs, because a CLI user fixes things with flags and tokens, not buttons. The token
 * is never printed.
 */
import { classifyFigmaError, figmaErrorMessage } from '../figma/figma-api-error.ts';
import type { FigmaApiError, FigmaErrorKind } from '../figma/figma-api-error.ts';

export class FigmaFetchError extends Error {
  override name = 'FigmaFetchError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface FetchVariablesOptions {
  fileKey: string;
  token: string;
  apiBase?: string;
  fetchImpl?: typeof fetch;
}

const CLI_ADVICE: Partial<Record<FigmaErrorKind, (error: FigmaApiError) => string>> = {
  plan: () =>
    'the Variables REST API is only available to full members of Enterprise organizations. On other plans, export the variables from Figma (Local variables → Export modes) and pass the files with --input.',
  scope: () => 'the token needs the file_variables:read scope.',
  auth: () => 'check FIGMA_TOKEN (personal access tokens expire after at most 90 days).',
  'not-found': () => 'check the file key and that the token can open the file.',
  'rate-limit': (error) => {
    const seconds = error.rateLimit?.retryAfterSeconds;
    return seconds === undefined
      ? 'rate limited; try again later.'
      : `rate limited; try again in ${seconds} seconds.`;
  },
};

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function fetchLocalVariables(options: FetchVariablesOptions): Promise<string> {
  const base = (options.apiBase ?? 'https://api.figma.com').replace(/\/+$/, '');
  const endpoint = `/v1/files/${encodeURIComponent(options.fileKey)}/variables/local`;
  const doFetch = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${base}${endpoint}`, {
      headers: { 'X-Figma-Token': options.token, Accept: 'application/json' },
    });
  } catch (error) {
    throw new FigmaFetchError(
      `could not reach ${base}: ${error instanceof Error ? error.message : String(error)}`,
      0,
    );
  }
  const text = await response.text();
  if (response.ok) return text;
  const message = figmaErrorMessage(parseBody(text), response.statusText);
  const error = classifyFigmaError(response.status, message, endpoint, response.headers);
  const advice = CLI_ADVICE[error.kind]?.(error);
  throw new FigmaFetchError(
    `Figma answered ${response.status}: ${message}${advice ? ` — ${advice}` : ''}`,
    response.status,
  );
}
