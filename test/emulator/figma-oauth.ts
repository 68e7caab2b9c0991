/**
 * Figma's OAuth 2 side: the consent page (www.figma.com/oauth), authorization codes (30 s, single
 * use), and the token and refresh endpoints, where every refresh kills the previous access token.
 */
import type { Ctx, Route } from './http';
import { escapeHtml, redirect, route, sendHtml, sendJson } from './http';
import type { EmulatorState, FigmaGrant } from './state';
import {
  APP_SCOPES,
  demoUserByKey,
  FIGMA_CLIENT_ID,
  FIGMA_CLIENT_SECRET,
  issueGrant,
  newId,
} from './state';
import { DEMO_USERS } from './seed';

type Result<T> = ({ ok: true } & T) | { ok: false; status: number; message: string };

export interface FigmaOAuth {
  clientId: string;
  exchangeCode(code: string, redirectUri: string): Result<{ grant: FigmaGrant }>;
  refresh(refreshToken: string): Result<{ accessToken: string; expiresIn: number }>;
}

const figmaError = (status: number, message: string) => ({
  error: true,
  status,
  message,
  i18n: null,
});

export function createFigmaOAuth(state: EmulatorState): FigmaOAuth {
  return {
    clientId: FIGMA_CLIENT_ID,
    exchangeCode(code, redirectUri) {
      const entry = state.codes.get(code);
      if (!entry || entry.used || entry.expiresAt < Date.now()) {
        return { ok: false, status: 400, message: 'Invalid code' };
      }
      if (entry.redirectUri !== redirectUri)
        return { ok: false, status: 400, message: 'Invalid redirect_uri' };
      entry.used = true;
      return { ok: true, grant: issueGrant(state, entry.figmaId, entry.scopes) };
    },
    refresh(refreshToken) {
      const grant = [...state.grants.values()].find(
        (candidate) => candidate.refreshToken === refreshToken,
      );
      if (!refreshToken || !grant || grant.revoked)
        return { ok: false, status: 400, message: 'Invalid refresh token' };
      const next = issueGrant(state, grant.figmaId, grant.scopes);
      return {
        ok: true,
        accessToken: next.accessToken,
        expiresIn: state.config.tokenLifetimeSeconds,
      };
    },
  };
}

function parseScopes(raw: string): string[] {
  return [...new Set(raw.split(/[\s,+]+/).filter(Boolean))];
}

function consentPage(params: URLSearchParams, error?: string): string {
  const scopes = parseScopes(params.get('scope') ?? '');
  const hidden = ['client_id', 'redirect_uri', 'scope', 'state']
    .map(
      (name) =>
        `<input type="hidden" name="${name}" value="${escapeHtml(params.get(name) ?? '')}">`,
    )
    .join('');
  const users = DEMO_USERS.map(
    (user, index) => `
      <label class="user">
        <input type="radio" name="user" value="${user.key}"${index === 0 ? ' checked' : ''}>
        <span><strong>${escapeHtml(user.handle)}</strong> <small>${escapeHtml(user.email)} · ${escapeHtml(user.description)}</small></span>
      </label>`,
  ).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Authorize Tokenport — Figma (emulator)</title>
<style>
  :root{color-scheme:light dark;--bg:#f5f5f5;--surface:#fff;--text:#1e1e1e;--muted:#5c5c5c;--line:#e5e5e5;--accent:#0d5fd9;--error-bg:#fde8e8;--error-text:#8a1c1c}
  @media (prefers-color-scheme:dark){:root{--bg:#121212;--surface:#1f1f1f;--text:#f0f0f0;--muted:#b3b3b3;--line:#3a3a3a;--accent:#5b9bff;--error-bg:#4a1c1c;--error-text:#ffd4d4}}
  *{box-sizing:border-box}
  body{font:15px/1.5 system-ui,sans-serif;background:var(--bg);color:var(--text);display:grid;place-items:center;min-height:100vh;margin:0;padding:16px}
  main{background:var(--surface);border-radius:12px;box-shadow:0 2px 16px rgba(0,0,0,.12);padding:clamp(16px,5vw,32px);max-width:30rem;width:100%}
  h1{font-size:20px;margin:0 0 8px}
  ul{padding-left:20px;margin:8px 0 16px}
  code,small{overflow-wrap:anywhere}
  fieldset{border:1px solid var(--line);border-radius:8px;padding:12px;margin:0 0 20px;min-width:0}
  .user{display:flex;gap:8px;align-items:flex-start;padding:6px 0}
  small{color:var(--muted);display:block}
  .actions{display:flex;gap:12px;justify-content:flex-end;flex-wrap:wrap}
  button{font:inherit;border-radius:6px;padding:8px 16px;border:1px solid var(--text);background:var(--surface);color:var(--text);cursor:pointer}
  button[value=allow]{background:#0d5fd9;border-color:#0d5fd9;color:#fff}
  button:focus-visible,input:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
  .error{background:var(--error-bg);color:var(--error-text);padding:12px;border-radius:8px}
  .note{font-size:13px;color:var(--muted)}
</style></head>
<body><main>
<h1>Tokenport wants to access your Figma account</h1>
<p class="note">Local Figma emulator: nothing leaves this machine.</p>
${
  error
    ? `<p class="error" role="alert">${escapeHtml(error)}</p>`
    : `<p>It is asking to:</p><ul>${scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('')}</ul>
<form method="post" action="/oauth/decision">${hidden}
<fieldset><legend>Continue as</legend>${users}</fieldset>
<div class="actions"><button type="submit" name="decision" value="deny">Deny</button><button type="submit" name="decision" value="allow">Allow access</button></div>
</form>`
}
</main></body></html>`;
}

function basicAuthOk(ctx: Ctx): boolean {
  const header = ctx.req.headers.authorization ?? '';
  const expected = `Basic ${Buffer.from(`${FIGMA_CLIENT_ID}:${FIGMA_CLIENT_SECRET}`).toString('base64')}`;
  return header === expected;
}

export function createFigmaOAuthRoutes(
  state: EmulatorState,
  oauth: FigmaOAuth,
  appwriteOrigin: () => string,
): Route[] {
  const registeredRedirect = () => `${appwriteOrigin()}/v1/account/sessions/oauth2/callback/figma/`;

  return [
    route('GET', '/oauth', (ctx) => {
      const params = ctx.url.searchParams;
      if (params.get('client_id') !== FIGMA_CLIENT_ID || params.get('response_type') !== 'code') {
        return sendHtml(
          ctx.res,
          400,
          consentPage(
            params,
            JSON.stringify(figmaError(400, 'Invalid client_id or response_type')),
          ),
        );
      }
      if (!(params.get('redirect_uri') ?? '').startsWith(registeredRedirect())) {
        return sendHtml(
          ctx.res,
          400,
          consentPage(params, JSON.stringify(figmaError(400, 'Invalid redirect_uri'))),
        );
      }
      const invalid = parseScopes(params.get('scope') ?? '').filter(
        (scope) => !APP_SCOPES.includes(scope),
      );
      if (invalid.length > 0) {
        return sendHtml(
          ctx.res,
          400,
          consentPage(params, JSON.stringify(figmaError(400, 'Invalid scopes for app'))),
        );
      }
      sendHtml(ctx.res, 200, consentPage(params));
    }),
    route('POST', '/oauth/decision', async (ctx) => {
      const form = (await ctx.body()) as Record<string, string>;
      const redirectUri = form.redirect_uri ?? '';
      if (!redirectUri.startsWith(registeredRedirect()))
        return sendHtml(ctx.res, 400, '<h1>Invalid redirect_uri</h1>');
      const target = new URL(redirectUri);
      target.searchParams.set('state', form.state ?? '');
      // Real Figma sends no callback when the user declines; the emulator reports it the OAuth
      // way (error=access_denied) so the app can show why sign-in stopped.
      if (form.decision !== 'allow') {
        target.searchParams.set('error', 'access_denied');
        return redirect(ctx.res, target.toString(), 302);
      }
      const user = demoUserByKey(form.user ?? '');
      if (!user) return sendHtml(ctx.res, 400, '<h1>Choose a demo user</h1>');
      const code = newId(16);
      state.codes.set(code, {
        figmaId: user.figmaId,
        scopes: parseScopes(form.scope ?? ''),
        redirectUri,
        expiresAt: Date.now() + 30_000,
        used: false,
      });
      target.searchParams.set('code', code);
      redirect(ctx.res, target.toString(), 302);
    }),
    route('POST', '/v1/oauth/token', async (ctx) => {
      if (!basicAuthOk(ctx))
        return sendJson(ctx.res, 401, figmaError(401, 'Invalid client credentials'));
      const form = (await ctx.body()) as Record<string, string>;
      if (form.grant_type === 'refresh_token') {
        const result = oauth.refresh(form.refresh_token ?? '');
        if (!result.ok)
          return sendJson(ctx.res, result.status, figmaError(result.status, result.message));
        return sendJson(ctx.res, 200, {
          access_token: result.accessToken,
          token_type: 'bearer',
          expires_in: result.expiresIn,
        });
      }
      if (form.grant_type !== 'authorization_code')
        return sendJson(ctx.res, 400, figmaError(400, 'Unsupported grant_type'));
      const result = oauth.exchangeCode(form.code ?? '', form.redirect_uri ?? '');
      if (!result.ok)
        return sendJson(ctx.res, result.status, figmaError(result.status, result.message));
      sendJson(ctx.res, 200, {
        user_id_string: result.grant.figmaId,
        access_token: result.grant.accessToken,
        token_type: 'bearer',
        expires_in: state.config.tokenLifetimeSeconds,
        refresh_token: result.grant.refreshToken,
      });
    }),
    route('POST', '/v1/oauth/refresh', async (ctx) => {
      if (!basicAuthOk(ctx))
        return sendJson(ctx.res, 401, figmaError(401, 'Invalid client credentials'));
      const form = (await ctx.body()) as Record<string, string>;
      const result = oauth.refresh(form.refresh_token ?? '');
      if (!result.ok)
        return sendJson(ctx.res, result.status, figmaError(result.status, result.message));
      sendJson(ctx.res, 200, {
        access_token: result.accessToken,
        token_type: 'bearer',
        expires_in: result.expiresIn,
      });
    }),
  ];
}
