import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Emulator } from './server';
import { APP, Browser, consent, figma, session, signedIn, withEmulator } from './testing';
import { DESIGN_SYSTEM_KEY, GRACE_DS_KEY } from './seed';
import type { VariablesMeta } from '../fixtures/figma/design-system-variables';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await withEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.state.reset());

const control = (path: string, body: unknown = {}) =>
  fetch(`${emulator.appwriteOrigin}/__emulator/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const stats = async () =>
  (
    (await (await fetch(`${emulator.appwriteOrigin}/__emulator/stats`)).json()) as {
      requests: Record<string, number>;
    }
  ).requests;

describe('sign in with Figma', () => {
  it('cookie flow: consent → session cookie → account and a Figma token that works', async () => {
    const browser = new Browser();
    const { page, landed } = await consent(browser, emulator, 'allow', 'ada');
    expect(page).toContain('Allow access');
    expect(landed).toBe(`${APP}/auth/callback`);
    expect([...browser.cookies.keys()].sort()).toEqual([
      'a_session_tokenport-demo',
      'a_session_tokenport-demo_legacy',
    ]);
    const account = await (await browser.fetch(`${emulator.appwriteEndpoint}/account`)).json();
    expect(account).toMatchObject({ name: 'Ada Lovelace', email: 'ada@acme.test' });
    const { providerAccessToken } = await session(browser, emulator);
    const me = await figma(emulator, providerAccessToken, '/v1/me');
    expect(await me.json()).toMatchObject({ handle: 'Ada Lovelace', email: 'ada@acme.test' });
  });

  it('token flow: secret and userId come back on the success URL, once, for a minute', async () => {
    const browser = new Browser();
    const { landed } = await consent(browser, emulator, 'allow', 'ada', {
      token: true,
      success: `${APP}/auth/callback?next=%2Ffiles#top`,
    });
    const url = new URL(landed);
    expect(url.hash).toBe('#top');
    const body = JSON.stringify({
      userId: url.searchParams.get('userId'),
      secret: url.searchParams.get('secret'),
    });
    const created = await browser.fetch(`${emulator.appwriteEndpoint}/account/sessions/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(created.status).toBe(201);
    expect((await session(browser, emulator)).providerAccessToken).toMatch(/^figu_/);
    const reused = await new Browser().fetch(
      `${emulator.appwriteEndpoint}/account/sessions/token`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body },
    );
    expect(reused.status).toBe(401);
    expect(await reused.json()).toMatchObject({
      type: 'user_invalid_token',
      code: 401,
      version: '1.9.6',
    });
  });

  it('deny sends the browser to the failure URL with Appwrite’s error JSON', async () => {
    const { landed } = await consent(new Browser(), emulator, 'deny');
    const url = new URL(landed);
    expect(url.pathname).toBe('/sign-in');
    expect(JSON.parse(url.searchParams.get('error') ?? '')).toEqual({
      message: 'The Figma OAuth2 provider returned an error: access_denied',
      type: 'user_oauth2_provider_error',
      code: 424,
    });
  });

  it('Figma refuses scopes the app does not have, and the retired files:read', async () => {
    const { page } = await consent(new Browser(), emulator, 'allow', 'ada', {
      scopes: ['files:read'],
    });
    expect(page).toContain('Invalid scopes for app');
  });

  it('refuses success URLs on unregistered hosts', async () => {
    const browser = new Browser();
    const { response } = await browser.navigate(
      `${emulator.appwriteEndpoint}/account/sessions/oauth2/figma?project=tokenport-demo&success=${encodeURIComponent('https://evil.example/ok')}`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Register your new client');
  });

  it('guests get Appwrite’s 401, and CORS is granted only to local origins', async () => {
    const guest = await new Browser().fetch(`${emulator.appwriteEndpoint}/account`);
    expect(guest.status).toBe(401);
    expect(guest.headers.get('access-control-allow-credentials')).toBe('true');
    expect(await guest.json()).toEqual({
      message: 'User (role: guests) missing scopes (["account"])',
      code: 401,
      type: 'general_unauthorized_scope',
      version: '1.9.6',
    });
    const foreign = await new Browser('https://evil.example').fetch(
      `${emulator.appwriteEndpoint}/account`,
    );
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('sessions and Figma tokens', () => {
  it('PATCH session refreshes the Figma token and kills the previous one', async () => {
    const browser = await signedIn(emulator);
    const before = (await session(browser, emulator)).providerAccessToken;
    const patched = await browser.fetch(`${emulator.appwriteEndpoint}/account/sessions/current`, {
      method: 'PATCH',
    });
    expect(patched.status).toBe(200);
    const after = ((await patched.json()) as { providerAccessToken: string }).providerAccessToken;
    expect(after).not.toBe(before);
    expect(await (await figma(emulator, before, '/v1/me')).json()).toEqual({
      status: 403,
      err: 'Invalid token',
    });
    expect((await figma(emulator, after, '/v1/me')).status).toBe(200);
    expect((await stats())['PATCH /v1/account/sessions/current']).toBe(1);
  });

  it('limits PATCH to 10 per hour with Appwrite’s 429', async () => {
    const browser = await signedIn(emulator);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (
          await browser.fetch(`${emulator.appwriteEndpoint}/account/sessions/current`, {
            method: 'PATCH',
          })
        ).status,
      );
    }
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    const last = await browser.fetch(`${emulator.appwriteEndpoint}/account/sessions/current`, {
      method: 'PATCH',
    });
    expect(last.status).toBe(429);
    expect(last.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(await last.json()).toMatchObject({ type: 'general_rate_limit_exceeded' });
  });

  it('expire makes Figma answer "Token expired" and moves the stored expiry to the past', async () => {
    const browser = await signedIn(emulator);
    const { providerAccessToken } = await session(browser, emulator);
    await control('tokens/expire', { user: 'ada' });
    expect(await (await figma(emulator, providerAccessToken, '/v1/me')).json()).toEqual({
      status: 403,
      err: 'Token expired',
    });
    expect(Date.parse((await session(browser, emulator)).providerAccessTokenExpiry)).toBeLessThan(
      Date.now(),
    );
  });

  it('revoke makes the refresh fail as Appwrite reports it', async () => {
    const browser = await signedIn(emulator);
    await control('tokens/revoke', { user: 'ada' });
    const patched = await browser.fetch(`${emulator.appwriteEndpoint}/account/sessions/current`, {
      method: 'PATCH',
    });
    expect(patched.status).toBe(400);
    expect(await patched.json()).toMatchObject({ type: 'user_oauth2_bad_request' });
  });

  it('sign-out deletes the session and clears both cookies', async () => {
    const browser = await signedIn(emulator);
    const deleted = await browser.fetch(`${emulator.appwriteEndpoint}/account/sessions/current`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(204);
    expect(browser.cookies.size).toBe(0);
    expect((await browser.fetch(`${emulator.appwriteEndpoint}/account`)).status).toBe(401);
  });

  it('stores prefs and enforces Appwrite’s size limit', async () => {
    const browser = await signedIn(emulator);
    const patch = (prefs: unknown) =>
      browser.fetch(`${emulator.appwriteEndpoint}/account/prefs`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ prefs }),
      });
    expect((await patch({ teams: [{ id: '1', name: 'A' }] })).status).toBe(200);
    expect(
      await (await browser.fetch(`${emulator.appwriteEndpoint}/account/prefs`)).json(),
    ).toEqual({ teams: [{ id: '1', name: 'A' }] });
    expect((await patch({ blob: 'x'.repeat(70_000) })).status).toBe(400);
  });
});

describe('Figma REST', () => {
  async function adaToken() {
    return (await session(await signedIn(emulator), emulator)).providerAccessToken;
  }

  it('honours depth so a page overview never downloads the whole tree', async () => {
    const token = await adaToken();
    const shallow = (await (
      await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}?depth=1`)
    ).json()) as { document: { children: { children: unknown[] }[] } };
    expect(shallow.document.children.map((page) => page.children.length)).toEqual([0, 0, 0]);
    const two = (await (
      await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}?depth=2`)
    ).json()) as { document: { children: { children: { children: unknown[] }[] }[] } };
    expect(two.document.children[1]?.children.length).toBe(4);
    expect(two.document.children[1]?.children[0]?.children).toEqual([]);
  });

  it('answers branch data only when asked: a main file lists its branches, a branch names its main file', async () => {
    const token = await adaToken();
    const main = 'CHKOUTflow00000000000006';
    const read = async (path: string) =>
      (await (await figma(emulator, token, path)).json()) as {
        name: string;
        branches?: { key: string; name: string }[];
        mainFileKey?: string;
      };
    expect((await read(`/v1/files/${main}?depth=1`)).branches).toBeUndefined();
    const withBranches = await read(`/v1/files/${main}?depth=1&branch_data=true`);
    expect(withBranches.branches?.map((branch) => branch.name)).toEqual([
      'Express pay',
      '<script>alert(1)</script> "quoted" 🎨',
    ]);
    const branch = await read(`/v1/files/CHKOUTbranch000000000062?depth=1&branch_data=true`);
    expect(branch).toMatchObject({
      name: '<script>alert(1)</script> "quoted" 🎨',
      mainFileKey: main,
    });
    expect(branch.branches).toBeUndefined();
  });

  it('answers unknown files with 404 in the err shape and serves hostile names intact', async () => {
    const token = await adaToken();
    expect(await (await figma(emulator, token, '/v1/files/NOPE')).json()).toEqual({
      status: 404,
      err: 'Not found',
    });
    const files = (await (
      await figma(emulator, token, '/v1/projects/2200000000000000001/files')
    ).json()) as { files: { name: string }[] };
    expect(files.files.map((file) => file.name)).toContain('<img src=x onerror=alert(1)>');
  });

  it('variables are Enterprise-only, in the error shape of the variables endpoints', async () => {
    const token = (await session(await signedIn(emulator, 'grace'), emulator)).providerAccessToken;
    const response = await figma(emulator, token, `/v1/files/${GRACE_DS_KEY}/variables/local`);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: true,
      status: 403,
      message: 'Limited by Figma plan',
    });
  });

  it('rate limits per tier with Figma’s headers', async () => {
    const token = await adaToken();
    let last: Response | undefined;
    for (let i = 0; i < 21; i++)
      last = await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}?depth=1`);
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last?.headers.get('x-figma-plan-tier')).toBe('enterprise');
    expect(last?.headers.get('x-figma-rate-limit-type')).toBe('high');
  });

  it('injects faults and counts requests by route', async () => {
    const token = await adaToken();
    await control('faults', { route: 'GET /v1/me', count: 1, status: 500 });
    expect((await figma(emulator, token, '/v1/me')).status).toBe(500);
    expect((await figma(emulator, token, '/v1/me')).status).toBe(200);
    expect((await stats())['GET /v1/me']).toBe(2);
  });

  it('stats count calls per Figma rate-limit tier', async () => {
    const token = await adaToken();
    await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}?depth=1`);
    await figma(emulator, token, `/v1/images/${DESIGN_SYSTEM_KEY}?ids=1:2`);
    await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}/variables/local`);
    await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}/meta`);
    await figma(emulator, token, '/v1/me');
    const body = (await (await fetch(`${emulator.appwriteOrigin}/__emulator/stats`)).json()) as {
      tiers: Record<string, number>;
    };
    expect(body.tiers).toEqual({ '1': 2, '2': 1, '3': 2 });
  });

  it('touch moves the file version in meta, the file and the lists; unknown files are 404', async () => {
    const token = await adaToken();
    const read = async () => {
      const meta = (await (
        await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}/meta`)
      ).json()) as { file: { version: string; last_touched_at: string } };
      const file = (await (
        await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}?depth=1`)
      ).json()) as { version: string; lastModified: string };
      const list = (await (
        await figma(emulator, token, '/v1/projects/2200000000000000001/files')
      ).json()) as { files: { key: string; last_modified: string }[] };
      const listed = list.files.find((f) => f.key === DESIGN_SYSTEM_KEY)?.last_modified;
      return { meta: meta.file, file, listed };
    };
    const before = await read();
    expect(before.meta.version).toBe(before.file.version);
    expect((await control(`files/${DESIGN_SYSTEM_KEY}/touch`)).status).toBe(200);
    const after = await read();
    expect(after.meta.version).not.toBe(before.meta.version);
    expect(after.file.version).toBe(after.meta.version);
    expect(after.listed).toBe(after.file.lastModified);
    expect(Date.parse(after.file.lastModified)).toBeGreaterThan(
      Date.parse(before.file.lastModified),
    );
    expect((await control('files/NOPE/touch')).status).toBe(404);
  });

  it('a hang fault never answers; a reset ends the held request', async () => {
    const token = await adaToken();
    await control('faults', { route: 'GET /v1/me', count: 1, hang: true });
    const held = figma(emulator, token, '/v1/me').then(
      (response) => `answered ${response.status}`,
      () => 'connection closed',
    );
    await vi.waitFor(async () => expect((await stats())['GET /v1/me']).toBe(1));
    await control('reset');
    await expect(held).resolves.toBe('connection closed');
    expect((await figma(emulator, await adaToken(), '/v1/me')).status).toBe(200);
  });

  it('a released hang delivers the answer it held, counted once', async () => {
    const token = await adaToken();
    await control('faults', { route: 'GET /v1/me', count: 1, hang: true });
    const held = figma(emulator, token, '/v1/me').then((response) => response.status);
    await vi.waitFor(async () => expect((await stats())['GET /v1/me']).toBe(1));
    const release = (await (await control('faults/release')).json()) as { released: number };
    expect(release.released).toBe(1);
    await expect(held).resolves.toBe(200);
    expect((await stats())['GET /v1/me']).toBe(1);
  });

  it('POST variables is atomic: one bad change rejects everything', async () => {
    const token = await adaToken();
    const before = await (
      await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}/variables/local`)
    ).json();
    const bad = await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}/variables`, {
      method: 'POST',
      body: JSON.stringify({
        variables: [
          {
            action: 'CREATE',
            id: 'tmp1',
            name: 'color/new',
            variableCollectionId: 'VariableCollectionId:1:1',
            resolvedType: 'COLOR',
          },
          {
            action: 'CREATE',
            id: 'tmp2',
            name: 'bad.name',
            variableCollectionId: 'VariableCollectionId:1:1',
            resolvedType: 'COLOR',
          },
        ],
      }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: true,
      status: 400,
      message: expect.stringContaining('cannot contain'),
    });
    expect(
      await (await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}/variables/local`)).json(),
    ).toEqual(before);

    const good = await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}/variables`, {
      method: 'POST',
      body: JSON.stringify({
        variables: [
          {
            action: 'CREATE',
            id: 'tmp1',
            name: 'color/new',
            variableCollectionId: 'VariableCollectionId:1:1',
            resolvedType: 'COLOR',
          },
        ],
        variableModeValues: [
          { variableId: 'tmp1', modeId: '1:0', value: { r: 1, g: 0, b: 0, a: 1 } },
        ],
      }),
    });
    const { meta } = (await good.json()) as { meta: { tempIdToRealId: Record<string, string> } };
    expect(meta.tempIdToRealId.tmp1).toMatch(/^VariableID:/);
  });

  it('POST variables refuses alias cycles', async () => {
    const token = await adaToken();
    const response = await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}/variables`, {
      method: 'POST',
      body: JSON.stringify({
        variables: [
          {
            action: 'CREATE',
            id: 'a',
            name: 'loop/a',
            variableCollectionId: 'VariableCollectionId:1:1',
            resolvedType: 'FLOAT',
          },
          {
            action: 'CREATE',
            id: 'b',
            name: 'loop/b',
            variableCollectionId: 'VariableCollectionId:1:1',
            resolvedType: 'FLOAT',
          },
        ],
        variableModeValues: [
          { variableId: 'a', modeId: '1:0', value: { type: 'VARIABLE_ALIAS', id: 'b' } },
          { variableId: 'b', modeId: '1:0', value: { type: 'VARIABLE_ALIAS', id: 'a' } },
        ],
      }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/cycle/);
  });
  describe('composed colours in POST variables (VariableComposedColor)', () => {
    const variablesOf = async (token: string) =>
      (
        (await (
          await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}/variables/local`)
        ).json()) as { meta: VariablesMeta }
      ).meta;
    const idOf = (meta: VariablesMeta, name: string) =>
      Object.values(meta.variables).find((v) => v.name === name)!.id;
    const alias = (id: string) => ({ type: 'VARIABLE_ALIAS', id });
    const post = (token: string, value: unknown, variableId: string) =>
      figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}/variables`, {
        method: 'POST',
        body: JSON.stringify({ variableModeValues: [{ variableId, modeId: '1:0', value }] }),
      });

    it('stores a colour linked to a variable or to an opacity variable, as sent', async () => {
      const token = await adaToken();
      const meta = await variablesOf(token);
      const [blue, disabled, target] = ['color/blue/500', 'opacity/disabled', 'color/gray/0'].map(
        (name) => idOf(meta, name),
      ) as [string, string, string];
      for (const value of [
        { color: alias(blue), opacity: 0.25 },
        { color: alias(blue), opacity: alias(disabled) },
        { color: { r: 1, g: 0, b: 0, a: 1 }, opacity: alias(disabled) },
      ]) {
        expect((await post(token, value, target)).status).toBe(200);
        expect((await variablesOf(token)).variables[target]!.valuesByMode['1:0']).toEqual(value);
      }
    });

    it('refuses one with no variable, a link of the wrong type, or a cycle through it', async () => {
      const token = await adaToken();
      const meta = await variablesOf(token);
      const [blue, disabled, target] = ['color/blue/500', 'opacity/disabled', 'color/gray/0'].map(
        (name) => idOf(meta, name),
      ) as [string, string, string];
      const refusals: [unknown, string, RegExp][] = [
        [{ color: { r: 1, g: 0, b: 0 }, opacity: 0.5 }, target, /needs a variable/],
        [{ color: alias(disabled), opacity: 0.5 }, target, /cannot alias a FLOAT/],
        [{ color: alias(blue), opacity: alias(blue) }, target, /cannot alias a COLOR/],
        [{ color: alias(blue), opacity: 1.5 }, target, /between 0 and 1/],
        [{ color: alias(target), opacity: 0.5 }, blue, /cycle/],
      ];
      // `blue` → `target` (a plain alias) first, so the last one closes a loop through a composed colour.
      expect((await post(token, alias(blue), target)).status).toBe(200);
      for (const [value, variableId, message] of refusals) {
        const response = await post(token, value, variableId);
        expect(response.status).toBe(400);
        expect(((await response.json()) as { message: string }).message).toMatch(message);
      }
    });
  });

  it('loads a saved variables/local response into a file, read back as sent', async () => {
    const token = await adaToken();
    const saved = {
      variableCollections: {
        C: { id: 'C', name: 'c', modes: [{ modeId: '1:0', name: 'm' }], defaultModeId: '1:0' },
      },
      variables: {
        V: {
          id: 'V',
          name: 'v',
          variableCollectionId: 'C',
          resolvedType: 'FLOAT',
          valuesByMode: { '1:0': 1 },
        },
      },
    };
    const before = await (
      await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}/meta`)
    ).json();
    expect((await control(`files/${DESIGN_SYSTEM_KEY}/variables`, { meta: saved })).status).toBe(
      200,
    );
    const read = await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}/variables/local`);
    expect(((await read.json()) as { meta: unknown }).meta).toEqual(saved);
    const after = await (
      await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}/meta`)
    ).json();
    expect(after).not.toEqual(before);
    // Figma's example responses leave a collection's variableIds out; a POST still works on them.
    const posted = await figma(emulator, token, `/v1/files/${DESIGN_SYSTEM_KEY}/variables`, {
      method: 'POST',
      body: JSON.stringify({ variableModeValues: [{ variableId: 'V', modeId: '1:0', value: 2 }] }),
    });
    expect(posted.status).toBe(200);
    expect((await control('files/NOPE/variables', { meta: saved })).status).toBe(404);
    expect((await control(`files/${DESIGN_SYSTEM_KEY}/variables`, { variables: {} })).status).toBe(
      400,
    );
  });
});
