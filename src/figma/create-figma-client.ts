/**
 * The Figma REST client: every call takes its bearer token from the token gate, and a response
 * that says the token is dead gets exactly one refresh-and-retry before the user is asked to
 * reconnect.
 */
import { FigmaAuthError } from '../auth/figma-auth-error';
import { classifyFigmaError, FigmaApiError, figmaErrorMessage } from './figma-api-error';
import { endpointOf } from './endpoints';
import type { FigmaEndpoint } from './endpoints';

export interface TokenSource {
  token(): Promise<string>;
  reportRejected(token: string): void;
}

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal | undefined;
}

export interface FigmaClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
}

/** Watches every call for the rate-limit budget; `before` may refuse a call by throwing. */
export interface RequestMeter {
  before(endpoint: FigmaEndpoint, method: 'GET' | 'POST'): void;
  after(
    endpoint: FigmaEndpoint,
    response: { status: number; headers: Headers; missingScope?: string | undefined },
  ): void;
}

export interface FigmaClientOptions {
  baseUrl: string;
  tokens: TokenSource;
  fetch?: typeof fetch;
  meter?: RequestMeter;
}

export function buildFigmaUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>) {
  if (!path.startsWith('/v1/') && !path.startsWith('/v2/')) {
    throw new Error(`Figma API paths start with /v1/ or /v2/, got ${path}`);
  }
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return url;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function createFigmaClient(options: FigmaClientOptions): FigmaClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function send(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    requestOptions: RequestOptions,
    attempt: number,
  ): Promise<unknown> {
    const metered = endpointOf(method, path);
    options.meter?.before(metered, method);
    const token = await options.tokens.token();
    const url = buildFigmaUrl(options.baseUrl, path, requestOptions.query);
    const endpoint = `${method} ${path}`;
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? null : JSON.stringify(body),
        signal: requestOptions.signal ?? null,
        // The token must never leave with a referrer or be cached by intermediaries.
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new FigmaApiError({
        kind: 'network',
        status: 0,
        endpoint,
        message: 'Could not reach Figma. Check your connection and try again.',
      });
    }
    const parsed = await readBody(response);
    const error = response.ok
      ? undefined
      : classifyFigmaError(
          response.status,
          figmaErrorMessage(parsed, response.statusText || `HTTP ${response.status}`),
          endpoint,
          response.headers,
        );
    options.meter?.after(metered, {
      status: response.status,
      headers: response.headers,
      missingScope: error?.kind === 'scope' ? (error.requiredScope ?? metered.scope) : undefined,
    });
    if (!error) return parsed;

    if (error.kind === 'auth') {
      options.tokens.reportRejected(token);
      if (attempt === 0) return send(method, path, body, requestOptions, 1);
      throw new FigmaAuthError(
        'revoked',
        'Figma access was revoked or expired — reconnect Figma to continue.',
      );
    }
    throw error;
  }

  return {
    get: <T>(path: string, requestOptions: RequestOptions = {}) =>
      send('GET', path, undefined, requestOptions, 0) as Promise<T>,
    post: <T>(path: string, body: unknown, requestOptions: RequestOptions = {}) =>
      send('POST', path, body, requestOptions, 0) as Promise<T>,
  };
}
