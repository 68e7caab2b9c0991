import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildFigmaUrl, createFigmaClient, FIGMA_TIMEOUT_MS } from './create-figma-client';
import type { TokenSource } from './create-figma-client';
import type { FigmaApiError } from './figma-api-error';
import { FigmaAuthError } from '../auth/figma-auth-error';

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** Tokens that rotate on rejection, like the gate after a refresh. */
function rotatingTokens(): TokenSource & { rejected: string[] } {
  let current = 1;
  const rejected: string[] = [];
  return {
    rejected,
    token: async () => `t${current}`,
    reportRejected(token) {
      rejected.push(token);
      if (token === `t${current}`) current += 1;
    },
  };
}

function clientWith(responses: Response[], tokens = rotatingTokens()) {
  const seen: { url: string; auth: string | null }[] = [];
  const client = createFigmaClient({
    baseUrl: 'https://api.figma.test/',
    tokens,
    fetch: async (input, init) => {
      seen.push({
        url: String(input),
        auth: new Headers(init?.headers).get('Authorization'),
      });
      const next = responses.shift();
      if (!next) throw new TypeError('Failed to fetch');
      return next;
    },
  });
  return { client, seen, tokens };
}

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

describe('figma client', () => {
  it('answers with a Blob, unread, when asked, through the same token and retry path', async () => {
    // Not JSON on purpose: the body is handed on as it came, and parsed (or refused) by its reader.
    const text = '{"meta":{"variables":{}}';
    const { client, seen, tokens } = clientWith([
      json(403, { status: 403, err: 'Invalid token' }),
      new Response(text, { status: 200 }),
    ]);
    const blob = await client.getBlob('/v1/files/abc/variables/local');
    await expect(blob.text()).resolves.toBe(text);
    expect(tokens.rejected).toEqual(['t1']);
    expect(seen.map((s) => s.auth)).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('still reads a failure’s body when a Blob was asked for', async () => {
    const { client } = clientWith([
      json(403, { error: true, status: 403, message: 'Limited by Figma plan' }),
    ]);
    const error = (await failure(client.getBlob('/v1/files/k/variables/local'))) as FigmaApiError;
    expect(error.kind).toBe('plan');
  });

  it('sends the gate’s token as a bearer and encodes the query', async () => {
    const { client, seen } = clientWith([json(200, { id: '1' })]);
    await expect(
      client.get('/v1/files/abc', { query: { depth: 2, ids: ['1:2', '3:4'] } }),
    ).resolves.toEqual({
      id: '1',
    });
    expect(seen[0]).toEqual({
      url: 'https://api.figma.test/v1/files/abc?depth=2&ids=1%3A2%2C3%3A4',
      auth: 'Bearer t1',
    });
  });

  it('retries once with a refreshed token when Figma says the token expired', async () => {
    const { client, seen, tokens } = clientWith([
      json(403, { status: 403, err: 'Token expired' }),
      json(200, { ok: true }),
    ]);
    await expect(client.get('/v1/me')).resolves.toEqual({ ok: true });
    expect(tokens.rejected).toEqual(['t1']);
    expect(seen.map((s) => s.auth)).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('asks the user to reconnect when the refreshed token is rejected too', async () => {
    const { client, seen } = clientWith([
      json(403, { status: 403, err: 'Invalid token' }),
      json(403, { error: true, status: 403, message: 'Invalid token' }),
    ]);
    const error = await failure(client.get('/v1/me'));
    expect(error).toBeInstanceOf(FigmaAuthError);
    expect((error as FigmaAuthError).reason).toBe('revoked');
    expect(seen).toHaveLength(2);
  });

  it('reads both Figma error shapes and names the missing scope', async () => {
    const { client } = clientWith([
      json(403, {
        status: 403,
        error: true,
        message:
          'Invalid scope(s): file_content:read. This endpoint requires the file_variables:read scope',
      }),
      json(404, { status: 404, err: 'Not found' }),
    ]);
    const scope = (await failure(client.get('/v1/files/k/variables/local'))) as FigmaApiError;
    expect(scope.kind).toBe('scope');
    expect(scope.requiredScope).toBe('file_variables:read');
    const missing = (await failure(client.get('/v1/files/k'))) as FigmaApiError;
    expect(missing.kind).toBe('not-found');
    expect(missing.message).toBe('Not found');
  });

  it('classifies plan limits', async () => {
    const { client } = clientWith([
      json(403, { error: true, status: 403, message: 'Limited by Figma plan' }),
    ]);
    const error = (await failure(client.get('/v1/files/k/variables/local'))) as FigmaApiError;
    expect(error.kind).toBe('plan');
  });

  it('carries Retry-After and the plan headers of a 429, dropping a non-http upgrade link', async () => {
    const { client } = clientWith([
      json(
        429,
        { status: 429, err: 'Rate limit exceeded' },
        {
          'Retry-After': '396749',
          'X-Figma-Plan-Tier': 'pro',
          'X-Figma-Rate-Limit-Type': 'low',
          'X-Figma-Upgrade-Link': 'javascript:alert(1)',
        },
      ),
    ]);
    const error = (await failure(client.get('/v1/files/k'))) as FigmaApiError;
    expect(error.kind).toBe('rate-limit');
    expect(error.rateLimit).toEqual({
      retryAfterSeconds: 396749,
      planTier: 'pro',
      limitType: 'low',
      upgradeLink: undefined,
    });
  });

  it('turns a failed fetch into a network error with advice', async () => {
    const { client } = clientWith([]);
    const error = (await failure(client.get('/v1/me'))) as FigmaApiError;
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/connection/);
  });

  it('reads non-JSON error bodies as the message', async () => {
    const { client } = clientWith([new Response('upstream exploded', { status: 502 })]);
    const error = (await failure(client.get('/v1/me'))) as FigmaApiError;
    expect(error.kind).toBe('server');
    expect(error.message).toBe('upstream exploded');
  });

  describe('a Figma that never answers', () => {
    afterEach(() => vi.useRealTimers());

    /** Headers never come; the request only ends when its signal aborts. */
    function hangingClient() {
      const signals: AbortSignal[] = [];
      const client = createFigmaClient({
        baseUrl: 'https://api.figma.test',
        tokens: rotatingTokens(),
        fetch: (_input, init) =>
          new Promise<Response>((_resolve, reject) => {
            const signal = init?.signal as AbortSignal;
            signals.push(signal);
            signal.addEventListener('abort', () => reject(signal.reason));
          }),
      });
      return { client, signals };
    }

    it('gives up after the timeout with a timeout error and aborts the request', async () => {
      vi.useFakeTimers();
      const { client, signals } = hangingClient();
      const pending = failure(client.get('/v1/files/k'));
      await vi.advanceTimersByTimeAsync(FIGMA_TIMEOUT_MS - 1);
      expect(signals[0]?.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const error = (await pending) as FigmaApiError;
      expect(error.kind).toBe('timeout');
      expect(signals[0]?.aborted).toBe(true);
    });

    it('a body that stalls after the headers times out too', async () => {
      vi.useFakeTimers();
      const client = createFigmaClient({
        baseUrl: 'https://api.figma.test',
        tokens: rotatingTokens(),
        timeoutMs: 5_000,
        fetch: async () =>
          new Response(new ReadableStream({ start: () => undefined }), { status: 200 }),
      });
      const pending = failure(client.get('/v1/me'));
      await vi.advanceTimersByTimeAsync(5_000);
      expect(((await pending) as FigmaApiError).kind).toBe('timeout');
    });

    it('a caller’s abort stays an abort (a cancelled query), not a timeout', async () => {
      const { client } = hangingClient();
      const controller = new AbortController();
      const pending = failure(client.get('/v1/me', { signal: controller.signal }));
      await Promise.resolve();
      controller.abort();
      expect(((await pending) as Error).name).toBe('AbortError');
    });
  });

  it('refuses paths outside the REST API', () => {
    expect(() => buildFigmaUrl('https://api.figma.com', '/../oauth')).toThrow(/start with/);
  });
});
