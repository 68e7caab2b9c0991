/** Drives the emulator over real HTTP the way a browser would: redirects by hand, a cookie jar. */
import { startEmulator } from './server';
import type { Emulator } from './server';

export const APP = 'http://localhost:5173';

export class Browser {
  cookies = new Map<string, string>();

  constructor(readonly origin = APP) {}

  private store(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim()));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('Origin', this.origin);
    if (this.cookies.size)
      headers.set('Cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.store(response);
    return response;
  }

  /** Follows redirects until one leaves the emulator (back to the app) or a page answers. */
  async navigate(
    url: string,
    init: RequestInit = {},
  ): Promise<{ url: string; response: Response }> {
    let current = url;
    let response = await this.fetch(current, init);
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops++) {
      current = new URL(response.headers.get('location') ?? '', current).toString();
      if (current.startsWith(this.origin)) return { url: current, response };
      response = await this.fetch(current);
    }
    return { url: current, response };
  }
}

export function startUrl(
  emulator: Emulator,
  options: { token?: boolean; scopes?: string[]; success?: string; failure?: string } = {},
) {
  const url = new URL(
    `${emulator.appwriteEndpoint}/account/${options.token ? 'tokens' : 'sessions'}/oauth2/figma`,
  );
  url.searchParams.set('project', emulator.projectId);
  url.searchParams.set('success', options.success ?? `${APP}/auth/callback`);
  url.searchParams.set('failure', options.failure ?? `${APP}/sign-in`);
  (
    options.scopes ?? [
      'file_content:read',
      'projects:read',
      'folders:read',
      'file_variables:read',
      'file_variables:write',
      'file_metadata:read',
    ]
  ).forEach((scope, index) => url.searchParams.set(`scopes[${index}]`, scope));
  return url.toString();
}

/** Start → consent page → decision; returns where the browser lands back in the app. */
export async function consent(
  browser: Browser,
  emulator: Emulator,
  decision: 'allow' | 'deny',
  user = 'ada',
  options: Parameters<typeof startUrl>[1] = {},
) {
  const { url: consentUrl, response } = await browser.navigate(startUrl(emulator, options));
  const page = await response.text();
  const params = new URL(consentUrl).searchParams;
  const form = new URLSearchParams({
    client_id: params.get('client_id') ?? '',
    redirect_uri: params.get('redirect_uri') ?? '',
    scope: params.get('scope') ?? '',
    state: params.get('state') ?? '',
    user,
    decision,
  });
  const landed = await browser.navigate(`${emulator.figmaApiBase}/oauth/decision`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  return { page, landed: landed.url };
}

export async function signedIn(emulator: Emulator, user = 'ada') {
  const browser = new Browser();
  await consent(browser, emulator, 'allow', user);
  return browser;
}

export async function session(browser: Browser, emulator: Emulator) {
  const response = await browser.fetch(`${emulator.appwriteEndpoint}/account/sessions/current`);
  return (await response.json()) as {
    providerAccessToken: string;
    providerAccessTokenExpiry: string;
    expire: string;
  };
}

export function figma(emulator: Emulator, token: string, path: string, init: RequestInit = {}) {
  return fetch(`${emulator.figmaApiBase}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      ...init.headers,
    },
  });
}

export async function withEmulator() {
  return startEmulator({ appwritePort: 0, figmaPort: 0 });
}
