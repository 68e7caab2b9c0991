/**
 * The app's request meter: counts every Figma call into the user's budget, and refuses locally a
 * call Figma would refuse anyway — a tier still rate-limited (never retry into a 429 that lasts
 * days) or a read whose scope Figma already said the app lacks (no repeated 403).
 */
import type { RequestMeter } from './create-figma-client';
import { blockedReason, budgetSnapshot, recordFigmaCall } from './budget';
import { FigmaApiError } from './figma-api-error';
import { markFileWritten } from './file-stamp';

export const figmaMeter: RequestMeter = {
  before(endpoint, method) {
    const now = Date.now();
    const blocked = blockedReason(endpoint, method, now);
    if (!blocked) return;
    if (blocked.kind === 'rate-limit') {
      throw new FigmaApiError({
        kind: 'rate-limit',
        status: 429,
        endpoint: endpoint.name,
        message: 'Figma’s rate limit for these requests has not lifted yet.',
        rateLimit: {
          retryAfterSeconds: Math.ceil((blocked.until - now) / 1000),
          planTier: undefined,
          limitType: budgetSnapshot(now).lowLimits ? 'low' : undefined,
          upgradeLink: undefined,
        },
      });
    }
    throw new FigmaApiError({
      kind: 'scope',
      status: 403,
      endpoint: endpoint.name,
      message: `This endpoint requires the ${blocked.scope} scope, which Figma said this app was not granted.`,
      requiredScope: blocked.scope,
    });
  },
  after(endpoint, response) {
    recordFigmaCall(endpoint, response);
    // A write changes the file: cached answers for it must not pass a version check from before.
    if (endpoint.name.startsWith('POST ') && endpoint.fileKey && response.status < 300)
      markFileWritten(endpoint.fileKey);
  },
};
