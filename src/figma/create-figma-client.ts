/**
 * The Figma REST client: every call takes its bearer token from the token gate, and a response
 * that says the token is dead gets exactly one refresh-and-retry before the user is asked to
 * reconnect.
 */
import { FigmaAuthError } from '../auth/figma-auth-error';
import { isTimeoutError, withDeadline } from '../lib/deadline';
import { classifyFigmaError, FigmaApiError, figmaErrorMessage } from './figma-api-error';
import { endpointOf } from './endpoints';
import type { FigmaEndpoint } from './endpoints';

/** Figma's slowest reads (a large file at depth 2) take seconds, not half a minute. */
export const FIGMA_TIMEOUT_MS = 30_000;

export interface TokenSource {
  token(): Promise<string>;
  reportRejected(token: string): void;
}

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal | undefined;
  /** How long to wait for Figma's answer, body included (default FIGMA_TIMEOUT_MS). */
  timeoutMs?: number;
}

interface SendOptions extends RequestOptions {
  /** A successful answer's body is kept as a Blob (getBlob). */
  asBlob?: boolean;
}

export interface FigmaClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  /**
   * A successful answer as a Blob, never read on the main thread: megabytes it would decode and
   * parse only to hand them to a worker (see lib/json-blob.ts). Failures are read and thrown as
   * `get` throws them.
   */
  getBlob(path: string, options?: RequestOptions): Promise<Blob>;
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
  timeoutMs?: number;
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

interface Body {
  parsed: unknown;
  /** Set instead of `parsed` for a successful answer asked for as a Blob (getBlob). */
  blob?: Blob;
}

async function readBody(response: Response, asBlob: boolean): Promise<Body> {
  if (asBlob && response.ok) return { parsed: undefined, blob: await response.blob() };
  const text = await response.text();
  if (!text) return { parsed: undefined };
  try {
    return { parsed: JSON.parse(text) as unknown };
  } catch {
    return { parsed: text };
  }
}

function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function createFigmaClient(options: FigmaClientOptions): FigmaClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const defaultTimeoutMs = options.timeoutMs ?? FIGMA_TIMEOUT_MS;

  async function send(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    requestOptions: SendOptions,
    attempt: number,
  ): Promise<Body> {
    const metered = endpointOf(method, path);
    options.meter?.before(metered, method);
    const token = await options.tokens.token();
    const url = buildFigmaUrl(options.baseUrl, path, requestOptions.query);
    const endpoint = `${method} ${path}`;
    let response: Response;
    let answerBody: Body;
    try {
      // The deadline covers the body too: a server can stall after the headers.
      ({ response, answerBody } = await withDeadline(
        'Figma',
        requestOptions.timeoutMs ?? defaultTimeoutMs,
        async (signal) => {
          const answer = await doFetch(url, {
            method,
            headers: {
              Authorization: `Bearer ${token}`,
              ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            },
            body: body === undefined ? null : JSON.stringify(body),
            signal,
            // The token must never leave with a referrer or be cached by intermediaries.
            referrerPolicy: 'no-referrer',
            cache: 'no-store',
          });
          return {
            response: answer,
            answerBody: await readBody(answer, requestOptions.asBlob === true),
          };
        },
        requestOptions.signal,
      ));
    } catch (error) {
      if (isAbortError(error)) throw error;
      if (isTimeoutError(error)) {
        throw new FigmaApiError({
          kind: 'timeout',
          status: 0,
          endpoint,
          message: 'Figma did not answer in time.',
        });
      }
      throw new FigmaApiError({
        kind: 'network',
        status: 0,
        endpoint,
        message: 'Could not reach Figma. Check your connection and try again.',
      });
    }
    const error = response.ok
      ? undefined
      : classifyFigmaError(
          response.status,
          figmaErrorMessage(answerBody.parsed, response.statusText || `HTTP ${response.status}`),
          endpoint,
          response.headers,
        );
    options.meter?.after(metered, {
      status: response.status,
      headers: response.headers,
      missingScope: error?.kind === 'scope' ? (error.requiredScope ?? metered.scope) : undefined,
    });
    if (!error) return answerBody;

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
    get: async <T>(path: string, requestOptions: RequestOptions = {}) =>
      (await send('GET', path, undefined, requestOptions, 0)).parsed as T,
    getBlob: async (path: string, requestOptions: RequestOptions = {}) => {
      const { blob } = await send('GET', path, undefined, { ...requestOptions, asBlob: true }, 0);
      if (!blob) throw new Error('Figma’s answer had no body.');
      return blob;
    },
    post: async <T>(path: string, body: unknown, requestOptions: RequestOptions = {}) =>
      (await send('POST', path, body, requestOptions, 0)).parsed as T,
  };
}
