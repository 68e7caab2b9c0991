/** The emulator's control API for tests: reset, stats, faults, token expiry/revocation, plans, config. */
import type { HeldRequests } from './dispatch';
import type { Route } from './http';
import { route, sendJson } from './http';
import { countByTier } from './figma-rest';
import { demoUserByKey } from './state';
import type { EmulatorConfig, EmulatorState } from './state';
import { TEAMS } from './seed';
import type { Plan } from './seed';

/**
 * `hanging` holds the answers of requests a `hang` fault keeps open: a reset closes them unanswered
 * so no test inherits another's; a release delivers them (an answer that arrives late).
 */
export function createControlRoutes(state: EmulatorState, hanging: HeldRequests): Route[] {
  return [
    route('POST', '/__emulator/reset', (ctx) => {
      state.reset();
      for (const held of [...hanging.keys()]) held.destroy();
      hanging.clear();
      sendJson(ctx.res, 200, { ok: true });
    }),
    route('GET', '/__emulator/stats', (ctx) => {
      sendJson(ctx.res, 200, {
        requests: Object.fromEntries(state.stats),
        tiers: countByTier(state.stats),
      });
    }),
    route('POST', '/__emulator/faults', async (ctx) => {
      const body = (await ctx.body()) as {
        route?: string;
        count?: number;
        status?: number;
        headers?: Record<string, string>;
        body?: unknown;
        delayMs?: number;
        hang?: boolean;
      };
      if (typeof body.route !== 'string' || !/^(GET|POST|PATCH|PUT|DELETE) \//.test(body.route)) {
        return sendJson(ctx.res, 400, { message: 'route must look like "GET /v1/files/:key"' });
      }
      state.faults.push({
        route: body.route,
        remaining: Math.max(1, Number(body.count ?? 1)),
        ...(body.status ? { status: body.status } : {}),
        ...(body.headers ? { headers: body.headers } : {}),
        ...(body.body !== undefined ? { body: body.body } : {}),
        ...(body.delayMs ? { delayMs: body.delayMs } : {}),
        ...(body.hang === true ? { hang: true } : {}),
      });
      sendJson(ctx.res, 200, { faults: state.faults });
    }),
    route('POST', '/__emulator/faults/release', (ctx) => {
      const held = [...hanging.values()];
      hanging.clear();
      for (const release of held) release();
      sendJson(ctx.res, 200, { released: held.length });
    }),
    route('POST', '/__emulator/tokens/expire', async (ctx) => {
      const { user } = (await ctx.body()) as { user?: string };
      const figmaIds = user ? [demoUserByKey(user)?.figmaId] : [...state.grants.keys()];
      const past = Date.now() - 1000;
      for (const figmaId of figmaIds) {
        const grant = figmaId ? state.grants.get(figmaId) : undefined;
        if (!grant) continue;
        grant.accessExpiresAt = past;
        for (const session of state.sessions.values()) {
          if (session.providerUid === figmaId)
            session.providerAccessTokenExpiry = new Date(past).toISOString().replace('Z', '+00:00');
        }
      }
      sendJson(ctx.res, 200, { ok: true });
    }),
    route('POST', '/__emulator/tokens/revoke', async (ctx) => {
      const { user } = (await ctx.body()) as { user?: string };
      const figmaIds = user ? [demoUserByKey(user)?.figmaId] : [...state.grants.keys()];
      for (const figmaId of figmaIds) {
        const grant = figmaId ? state.grants.get(figmaId) : undefined;
        if (grant) grant.revoked = true;
      }
      sendJson(ctx.res, 200, { ok: true });
    }),
    // Read-only: lets the browser suite search the page, storage and traffic for the real token.
    route('GET', '/__emulator/tokens/:user', (ctx) => {
      const figmaId = demoUserByKey(ctx.params.user ?? '')?.figmaId;
      const grant = figmaId ? state.grants.get(figmaId) : undefined;
      if (!grant) return sendJson(ctx.res, 404, { message: 'no grant for that user' });
      sendJson(ctx.res, 200, { accessToken: grant.accessToken, refreshToken: grant.refreshToken });
    }),
    route('POST', '/__emulator/users/:user/plan', async (ctx) => {
      const { plan } = (await ctx.body()) as { plan?: Plan };
      const figmaId = demoUserByKey(ctx.params.user ?? '')?.figmaId;
      if (!figmaId || !plan || !['enterprise', 'org', 'pro', 'starter'].includes(plan)) {
        return sendJson(ctx.res, 400, { message: 'unknown user or plan' });
      }
      for (const team of TEAMS) if (team.members[figmaId]) state.plans.set(team.id, plan);
      sendJson(ctx.res, 200, { ok: true });
    }),
    route('POST', '/__emulator/config', async (ctx) => {
      const patch = (await ctx.body()) as Partial<EmulatorConfig>;
      state.config = { ...state.config, ...patch };
      sendJson(ctx.res, 200, { config: state.config });
    }),
  ];
}
