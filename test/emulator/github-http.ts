/** GitHub's error body and route patterns, shared by the emulator's GitHub route modules. */
import type { Ctx, Route } from './http';
import { route } from './http';

const DOCS = 'https://docs.github.com/rest';

export class GitHubHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
  body() {
    return {
      message: this.message,
      documentation_url: DOCS,
      status: String(this.status),
      ...this.extra,
    };
  }
}

export const notFound = () => new GitHubHttpError(404, 'Not Found');

/** Patterns ending in `:ref` take the rest of the URL, slashes included. */
export function ghRoute(
  method: string,
  pattern: string,
  handler: (ctx: Ctx) => void | Promise<void>,
) {
  const base = route(method, pattern, handler);
  const source = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/:(\w+)/g, (_, name: string) => (name === 'ref' ? '(.+)' : '([^/]+)'));
  return { ...base, regex: new RegExp(`^${source}$`) } satisfies Route;
}

export function bearer(ctx: Ctx): string | undefined {
  const header = ctx.req.headers.authorization ?? '';
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header);
  return match?.[1];
}
