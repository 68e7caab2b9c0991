export type FigmaErrorKind =
  | 'auth'
  | 'scope'
  | 'plan'
  | 'permission'
  | 'not-found'
  | 'rate-limit'
  | 'bad-request'
  | 'too-large'
  | 'network'
  /** Figma did not answer in time: not retried automatically, the user decides. */
  | 'timeout'
  | 'server';

export interface FigmaRateLimitInfo {
  retryAfterSeconds: number | undefined;
  planTier: string | undefined;
  /** `low` = View/Collab seat limits, `high` = Full/Dev seat limits. */
  limitType: string | undefined;
  upgradeLink: string | undefined;
}

/** A failed Figma REST call, classified so the UI can say what happened and what to do next. */
export class FigmaApiError extends Error {
  override readonly name = 'FigmaApiError';
  readonly kind: FigmaErrorKind;
  readonly status: number;
  /** The scope the endpoint asked for, when Figma named it. */
  readonly requiredScope: string | undefined;
  readonly rateLimit: FigmaRateLimitInfo | undefined;
  readonly endpoint: string;

  constructor(init: {
    kind: FigmaErrorKind;
    status: number;
    message: string;
    endpoint: string;
    requiredScope?: string | undefined;
    rateLimit?: FigmaRateLimitInfo | undefined;
  }) {
    super(init.message);
    this.kind = init.kind;
    this.status = init.status;
    this.endpoint = init.endpoint;
    this.requiredScope = init.requiredScope;
    this.rateLimit = init.rateLimit;
  }
}

export function isFigmaApiError(error: unknown): error is FigmaApiError {
  return error instanceof FigmaApiError;
}

/** Figma answers `{status, err}` on most endpoints and `{error, status, message}` on others. */
export function figmaErrorMessage(body: unknown, fallback: string): string {
  if (typeof body === 'object' && body !== null) {
    const { err, message } = body as { err?: unknown; message?: unknown };
    if (typeof err === 'string' && err) return err;
    if (typeof message === 'string' && message) return message;
  }
  if (typeof body === 'string' && body.trim()) return body.trim().slice(0, 300);
  return fallback;
}

const DEAD_TOKEN = /invalid token|token (has )?expired|expired token/i;
const PLAN_LIMIT = /limited by figma plan|incorrect account type/i;
const SCOPE = /invalid scope|requires the [\w:]+ scope/i;

export function classifyFigmaError(
  status: number,
  message: string,
  endpoint: string,
  headers?: Headers,
): FigmaApiError {
  const common = { status, message, endpoint };
  if (status === 401 || (status === 403 && DEAD_TOKEN.test(message))) {
    return new FigmaApiError({ ...common, kind: 'auth' });
  }
  if (status === 403 && PLAN_LIMIT.test(message))
    return new FigmaApiError({ ...common, kind: 'plan' });
  if (status === 403 && SCOPE.test(message)) {
    const requiredScope = /requires the ([\w:]+) scope/i.exec(message)?.[1];
    return new FigmaApiError({ ...common, kind: 'scope', requiredScope });
  }
  if (status === 403) return new FigmaApiError({ ...common, kind: 'permission' });
  if (status === 404) return new FigmaApiError({ ...common, kind: 'not-found' });
  if (status === 413) return new FigmaApiError({ ...common, kind: 'too-large' });
  if (status === 429) {
    const retryAfter = Number.parseInt(headers?.get('Retry-After') ?? '', 10);
    return new FigmaApiError({
      ...common,
      kind: 'rate-limit',
      rateLimit: {
        retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined,
        planTier: headers?.get('X-Figma-Plan-Tier') ?? undefined,
        limitType: headers?.get('X-Figma-Rate-Limit-Type') ?? undefined,
        upgradeLink: safeHttpsUrl(headers?.get('X-Figma-Upgrade-Link')),
      },
    });
  }
  if (status >= 500) return new FigmaApiError({ ...common, kind: 'server' });
  return new FigmaApiError({ ...common, kind: 'bad-request' });
}

/** Only http(s) links from a response header may become an href. */
function safeHttpsUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}
