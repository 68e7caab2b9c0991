/** `GET /v1/account` and the account preferences (research/appwrite.md §9). */
import type { Route } from './http';
import { route, sendJson } from './http';
import { AppwriteError, guestError } from './appwrite-errors';
import { userModel } from './appwrite-models';
import type { AppwriteAuth } from './appwrite-auth';
import type { EmulatorState } from './state';

const PREFS_LIMIT = 65_535;

function invalidPrefs(message: string) {
  return new AppwriteError(400, 'general_argument_invalid', `Invalid \`prefs\` param: ${message}`);
}

export function appwriteAccountRoutes(state: EmulatorState, auth: AppwriteAuth): Route[] {
  return [
    route('GET', '/v1/account', (ctx) => {
      const session = auth.requireSession(ctx);
      const user = state.users.get(session.userId);
      if (!user) throw guestError();
      sendJson(ctx.res, 200, userModel(user));
    }),
    route('GET', '/v1/account/prefs', (ctx) => {
      const session = auth.requireSession(ctx);
      sendJson(ctx.res, 200, state.users.get(session.userId)?.prefs ?? {});
    }),
    route('PATCH', '/v1/account/prefs', async (ctx) => {
      const session = auth.requireSession(ctx);
      const body = (await ctx.body()) as { prefs?: unknown };
      if (typeof body.prefs !== 'object' || body.prefs === null || Array.isArray(body.prefs)) {
        throw invalidPrefs('Value must be a valid object.');
      }
      if (JSON.stringify(body.prefs).length > PREFS_LIMIT) {
        throw invalidPrefs(
          `Value must be a valid object and no longer than ${PREFS_LIMIT} characters.`,
        );
      }
      const user = state.users.get(session.userId);
      if (!user) throw guestError();
      user.prefs = body.prefs as Record<string, unknown>;
      sendJson(ctx.res, 200, userModel(user));
    }),
  ];
}
