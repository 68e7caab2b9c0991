/**
 * Appwrite's fallback session, held to research/appwrite.md (§2, §5.3, §6, §7, §8.3) and the 1.9.6
 * source (`domainVerification`: same registrable domain and not empty; the `user` resource's
 * lookup order and `X-Debug-Fallback`).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { needsFallbackCookies, registrableDomain } from './fallback-cookies';
import type { Emulator } from './server';
import { Browser, consent, withEmulator } from './testing';

const CROSS_SITE_APP = 'http://127.0.0.1:5173';
const COOKIE = 'a_session_tokenport-demo';

describe('the fallback rule', () => {
  it.each([
    ['fra.cloud.appwrite.io', 'appwrite.io'],
    ['app.example.com', 'example.com'],
    ['www.shop.example.co.uk', 'example.co.uk'],
    ['localhost', ''],
    ['127.0.0.1', ''],
    ['::1', ''],
    ['intranet', ''],
  ])('registrable domain of %s is %j', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });

  it.each([
    ['https://app.example.com', 'fra.cloud.appwrite.io', true],
    ['https://app.example.com', 'appwrite.example.com', false],
    ['https://example.com', 'api.example.com', false],
    ['https://app.example.com', 'api.example.org', true],
    // Hosts without a registrable domain are never "verified", so a local Appwrite always sends it.
    ['http://localhost:5173', 'localhost', true],
    ['http://127.0.0.1:5173', 'localhost', true],
    [undefined, 'api.example.com', true],
  ])('Origin %s → API host %s: fallback %s', (origin, apiHostname, expected) => {
    expect(needsFallbackCookies({ origin, apiHostname })).toBe(expected);
  });

  it('falls back to the Referer when there is no Origin', () => {
    expect(
      needsFallbackCookies({
        referer: 'https://app.example.com/x',
        apiHostname: 'api.example.com',
      }),
    ).toBe(false);
    expect(
      needsFallbackCookies({ referer: 'https://app.other.com/x', apiHostname: 'api.example.com' }),
    ).toBe(true);
  });
});

describe('the emulator on a cross-site deployment (app on 127.0.0.1, Appwrite on localhost)', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await withEmulator();
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.state.reset());

  /** Token flow from a browser that drops the API's (third-party) cookies. */
  async function tokenSession() {
    const browser = new Browser(CROSS_SITE_APP);
    const { landed } = await consent(browser, emulator, 'allow', 'ada', {
      token: true,
      success: `${CROSS_SITE_APP}/auth/callback`,
      failure: `${CROSS_SITE_APP}/sign-in`,
    });
    const url = new URL(landed);
    const created = await browser.fetch(`${emulator.appwriteEndpoint}/account/sessions/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        userId: url.searchParams.get('userId'),
        secret: url.searchParams.get('secret'),
      }),
    });
    browser.cookies.clear();
    return { browser, created };
  }

  it('createSession answers with the session in X-Fallback-Cookies, exposed to the app', async () => {
    const { created } = await tokenSession();
    expect(created.status).toBe(201);
    expect(created.headers.get('access-control-allow-origin')).toBe(CROSS_SITE_APP);
    expect(created.headers.get('access-control-expose-headers')).toMatch(/X-Fallback-Cookies/);
    const fallback = JSON.parse(created.headers.get('x-fallback-cookies') ?? 'null') as Record<
      string,
      string
    >;
    expect(Object.keys(fallback)).toEqual([COOKIE]);
    const decoded = JSON.parse(Buffer.from(fallback[COOKIE] ?? '', 'base64').toString('utf8')) as {
      id: string;
      secret: string;
    };
    expect(decoded.id).toMatch(/^user\d+$/);
    expect(decoded.secret).toMatch(/^[0-9a-f]{64}$/);
    // The body never carries the secret to a client.
    expect((await created.json()) as { secret: string }).toMatchObject({ secret: '' });
  });

  it('honours X-Fallback-Cookies on later requests and says so in X-Debug-Fallback', async () => {
    const { browser, created } = await tokenSession();
    const fallback = created.headers.get('x-fallback-cookies') ?? '';
    const account = await browser.fetch(`${emulator.appwriteEndpoint}/account`, {
      headers: { 'X-Fallback-Cookies': fallback },
    });
    expect(account.status).toBe(200);
    expect(account.headers.get('x-debug-fallback')).toBe('true');
    expect(((await account.json()) as { email: string }).email).toBe('ada@acme.test');
  });

  it('treats a missing, malformed or foreign fallback as a guest', async () => {
    await tokenSession();
    for (const header of ['', 'not json', '[]', '{"a_session_other":"x"}', `{"${COOKIE}":"!!"}`]) {
      const response = await new Browser(CROSS_SITE_APP).fetch(
        `${emulator.appwriteEndpoint}/account`,
        { headers: header ? { 'X-Fallback-Cookies': header } : {} },
      );
      expect(response.status, header).toBe(401);
      expect(response.headers.get('x-debug-fallback')).toBe('true');
    }
  });

  it('prefers the cookie and reports X-Debug-Fallback: false when one is sent', async () => {
    const browser = new Browser();
    await consent(browser, emulator, 'allow', 'ada');
    const account = await browser.fetch(`${emulator.appwriteEndpoint}/account`, {
      headers: { 'X-Fallback-Cookies': '[]' },
    });
    expect(account.status).toBe(200);
    expect(account.headers.get('x-debug-fallback')).toBe('false');
  });

  it('deleting the session answers X-Fallback-Cookies: [] and the old value stops working', async () => {
    const { browser, created } = await tokenSession();
    const fallback = created.headers.get('x-fallback-cookies') ?? '';
    const deleted = await browser.fetch(`${emulator.appwriteEndpoint}/account/sessions/current`, {
      method: 'DELETE',
      headers: { 'X-Fallback-Cookies': fallback },
    });
    expect(deleted.status).toBe(204);
    expect(deleted.headers.get('x-fallback-cookies')).toBe('[]');
    const after = await browser.fetch(`${emulator.appwriteEndpoint}/account`, {
      headers: { 'X-Fallback-Cookies': fallback },
    });
    expect(after.status).toBe(401);
  });

  it('the cookie flow sends the fallback on its redirect too, where no script can read it', async () => {
    const browser = new Browser(CROSS_SITE_APP);

    const headers: (string | null)[] = [];
    // Follow the whole round trip by hand, recording each hop's fallback header.
    const original = browser.fetch.bind(browser);
    browser.fetch = async (url, init) => {
      const response = await original(url, init);
      headers.push(response.headers.get('x-fallback-cookies'));
      return response;
    };
    await consent(browser, emulator, 'allow', 'ada', {
      success: `${CROSS_SITE_APP}/auth/callback`,
      failure: `${CROSS_SITE_APP}/sign-in`,
    });
    const withFallback = headers.filter((value): value is string => value !== null);
    expect(withFallback).toHaveLength(1);
    expect(Object.keys(JSON.parse(withFallback[0] ?? '{}') as object)).toEqual([COOKIE]);
  });
});
