/**
 * A fetch stand-in for component tests: the network edge is the only thing tests replace. Routes
 * match method + URL prefix; anything unmatched fails loudly, so a test never silently hits nothing.
 */
import { vi } from 'vitest';

export type Handler = (request: Request) => Response | Promise<Response>;

export interface StubbedNetwork {
  requests: Request[];
  on(method: string, urlPrefix: string, handler: Handler): StubbedNetwork;
  count(method: string, urlPrefix: string): number;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export const APPWRITE = 'http://localhost:8787/v1';
export const FIGMA = 'http://localhost:8788';

export function stubNetwork(): StubbedNetwork {
  const routes: { method: string; prefix: string; handler: Handler }[] = [];
  const requests: Request[] = [];
  const network: StubbedNetwork = {
    requests,
    on(method, prefix, handler) {
      routes.unshift({ method, prefix, handler });
      return network;
    },
    count(method, prefix) {
      return requests.filter((r) => r.method === method && r.url.startsWith(prefix)).length;
    },
  };
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    const route = routes.find(
      (r) => r.method === request.method && request.url.startsWith(r.prefix),
    );
    if (!route) throw new Error(`Unexpected request in test: ${request.method} ${request.url}`);
    return route.handler(request);
  });
  return network;
}

/** The Appwrite session the token gate reads first, with a token far from expiry. */
export function withFigmaSession(network: StubbedNetwork, token = 'test-token'): StubbedNetwork {
  return network.on('GET', `${APPWRITE}/account/sessions/current`, () =>
    json({
      $id: 'session-1',
      provider: 'figma',
      providerAccessToken: token,
      providerAccessTokenExpiry: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    }),
  );
}
