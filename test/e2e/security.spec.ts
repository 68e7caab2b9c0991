/**
 * The security suite: every probe of the outside audit (issue 9) as a browser test against the
 * production build on the emulator. CSP violations fail every test (fixtures.ts).
 */
import { E2E_PORTS } from '../../scripts/e2e-env.mjs';
import { EVIL_HOST, OPEN_REDIRECT_PAYLOADS } from '../../src/auth/open-redirect-payloads';
import { DESIGN_SYSTEM_FILE, SignInFlow, expect, test } from './fixtures';
import { openGeneratedFile } from './pages/generated-files';
import type { Page } from '@playwright/test';
import { LeakRecorder, figmaTokensOf } from './secret-search';

const APP = `http://localhost:${E2E_PORTS.app}`;
const TOKEN_FLOW_APP = `http://localhost:${E2E_PORTS.tokenFlowApp}`;
const ACME_PROJECT = '2200000000000000001';

/** Any request to the attacker's host is recorded and never leaves the machine. */
async function trapEvilHost(page: Page): Promise<string[]> {
  const hits: string[] = [];
  await page.context().route(
    (url) => url.hostname.endsWith(EVIL_HOST),
    async (route) => {
      hits.push(route.request().url());
      await route.abort();
    },
  );
  return hits;
}

/** Sign in on this busy machine: every wait is on something visible, with room to breathe. */
async function signInAs(page: Page, user: 'ada' | 'grace', path = '/') {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Sign in to Tokenport' })).toBeVisible({
    timeout: 30_000,
  });
  await new SignInFlow(page).allow(user);
  await expect(page).toHaveURL(`${APP}${path}`, { timeout: 30_000 });
}

/** Payloads in the address bar: the raw value, percent-encoded once, as a link would carry it. */
const nextParam = (payload: string) => encodeURIComponent(payload);

test('open redirect: a hostile `next` through the whole OAuth round trip lands on the app', async ({
  page,
}) => {
  const hits = await trapEvilHost(page);
  await page.goto(`/sign-in?next=${nextParam(`/.//${EVIL_HOST}`)}`);
  await new SignInFlow(page).allow('ada');
  await expect(page.getByRole('region', { name: 'Your Figma profile' })).toBeVisible({
    timeout: 30_000,
  });
  expect(page.url()).toBe(`${APP}/`);
  expect(hits).toEqual([]);
});

test(`open redirect: ${OPEN_REDIRECT_PAYLOADS.length} payloads on the sign-in and callback pages stay on the app`, async ({
  page,
}) => {
  test.setTimeout(900_000);
  const hits = await trapEvilHost(page);
  await signInAs(page, 'ada');
  const landed: string[] = [];
  for (const payload of OPEN_REDIRECT_PAYLOADS) {
    // A signed-in user opening the sign-in page is sent on to `next` at once (the router's
    // loader); the callback page sends everyone there after sign-in. Every payload goes through
    // the first; the dot-segment tricks of the audit also through the second (each is a full
    // page load on a busy machine).
    const dotSegments = /^\/(\.|%2e)/i.test(payload);
    for (const path of dotSegments ? ['/sign-in', '/auth/callback'] : ['/sign-in']) {
      await page.goto(`${path}?next=${nextParam(payload)}`);
      await expect(page.getByRole('region', { name: 'Your Figma profile' })).toBeVisible({
        timeout: 30_000,
      });
      landed.push(`${path} ${JSON.stringify(payload)} → ${page.url()}`);
      expect(new URL(page.url()).origin, landed.at(-1)).toBe(APP);
    }
  }
  expect(landed.filter((line) => !line.endsWith(`→ ${APP}/`))).toEqual([]);
  expect(hits).toEqual([]);
});

test('a link cannot choose the OAuth scopes', async ({ page }) => {
  await page.goto('/sign-in?scopes=file_variables:write%20webhooks:write&next=/');
  await page.getByRole('button', { name: 'Sign in with Figma' }).click();
  await expect(page.getByRole('button', { name: 'Allow access' })).toBeVisible();
  const asked = (new URL(page.url()).searchParams.get('scope') ?? '').split(' ');
  expect(asked).toContain('file_content:read');
  expect(asked).not.toContain('file_variables:write');
  expect(asked).not.toContain('webhooks:write');
});

test('token flow: the one-minute secret never leaves in a Referer', async ({ page }) => {
  const recorder = new LeakRecorder(page);
  let secret = '';
  page.on('framenavigated', (frame) => {
    const value = new URL(frame.url()).searchParams.get('secret');
    if (frame === page.mainFrame() && value) secret = value;
  });
  test.setTimeout(180_000);
  await page.goto(`${TOKEN_FLOW_APP}/`);
  await new SignInFlow(page).allow('ada');
  await expect(page.getByRole('region', { name: 'Your Figma profile' })).toBeVisible({
    timeout: 30_000,
  });
  expect(secret).not.toBe('');
  const referers = await recorder.referers();
  // The page's own requests do carry a Referer — the origin only.
  expect(referers).toContain(`${TOKEN_FLOW_APP}/`);
  expect(
    referers.filter((referer) => referer.includes(secret) || referer.includes('secret=')),
  ).toEqual([]);
});

test('production headers: CSP with frame-ancestors, Referrer-Policy, nosniff, Permissions-Policy', async ({
  request,
}) => {
  for (const path of ['/', '/auth/callback', '/favicon.svg']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toMatch(/frame-ancestors 'none'/);
    expect(headers['content-security-policy'], path).not.toMatch(/img-src[^;]* https:( |;|$)/);
    expect(headers['referrer-policy'], path).toBe('strict-origin');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['permissions-policy'], path).toMatch(/camera=\(\)/);
  }
});

test('clickjacking: a cross-origin page cannot frame the app', async ({ page, cspViolations }) => {
  test.setTimeout(120_000);
  const attacker = 'http://attacker.test';
  await page.route(`${attacker}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Win a prize</title><iframe id="victim" src="${APP}/sign-in" width="800" height="600"></iframe>`,
    }),
  );
  await page.goto(`${attacker}/`);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  expect(frame).toBeDefined();
  // Chromium replaces a refused frame with its error page; an allowed one shows the app.
  await expect.poll(() => frame?.url(), { timeout: 30_000 }).toBe('chrome-error://chromewebdata/');
  await expect(
    page.frameLocator('#victim').getByRole('heading', { name: 'Sign in to Tokenport' }),
  ).toHaveCount(0);
  // That refusal is the one expected violation; anything else still fails the test.
  const others = cspViolations.filter((text) => !/frame-ancestors/.test(text));
  cspViolations.splice(0, cspViolations.length, ...others);
});

test('hostile Figma names render as text on every page that shows them', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => {
    window.alert = () => {
      (window as unknown as { __xss: boolean }).__xss = true;
    };
  });
  await signInAs(page, 'ada', `/projects/${ACME_PROJECT}`);
  const hostile = ['<img src=x onerror=alert(1)>', 'Brand "Q4" 🎨 ../launch'];
  for (const name of hostile) {
    await expect(page.getByText(name).first()).toBeVisible({ timeout: 30_000 });
  }
  for (const path of ['/files/XSSfile00000000000000003', '/files/QUOTEfile000000000000004', '/']) {
    await page.goto(path);
    await expect(page.getByText(hostile[path.includes('QUOTE') ? 1 : 0] ?? '').first()).toBeVisible(
      {
        timeout: 30_000,
      },
    );
    expect(await page.locator('img[src="x"]').count(), path).toBe(0);
  }
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: boolean }).__xss),
  ).toBeUndefined();
});

const POLLUTING_IMPORT = {
  status: 200,
  error: false,
  meta: {
    variableCollections: {
      'VariableCollectionId:9:0': {
        id: 'VariableCollectionId:9:0',
        name: '__proto__',
        key: 'c9',
        modes: [{ modeId: '9:0', name: 'constructor' }],
        defaultModeId: '9:0',
        remote: false,
        hiddenFromPublishing: false,
        variableIds: ['VariableID:9:1', 'VariableID:9:2', 'VariableID:9:3'],
      },
    },
    variables: Object.fromEntries(
      [
        ['VariableID:9:1', '__proto__/x'],
        ['VariableID:9:2', 'constructor/prototype/y'],
        ['VariableID:9:3', '<img src=x onerror=alert(1)>/z'],
      ].map(([id, name]) => [
        id,
        {
          id,
          name,
          key: id,
          variableCollectionId: 'VariableCollectionId:9:0',
          resolvedType: 'COLOR',
          valuesByMode: { '9:0': { r: 1, g: 0, b: 0, a: 1 } },
          remote: false,
          description: '',
          hiddenFromPublishing: false,
          scopes: ['ALL_SCOPES'],
          codeSyntax: {},
        },
      ]),
    ),
  },
};

test('a hostile import file neither pollutes prototypes nor injects markup', async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, 'grace', '/import');
  await page.locator('input[type=file]').setInputFiles({
    name: '__proto__.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(POLLUTING_IMPORT)),
  });
  await expect(page.getByText(/^Imported /)).toBeVisible({ timeout: 30_000 });
  // The DTCG file is built from the names, so open it to make sure the exporter ran.
  await openGeneratedFile(page, /\.tokens\.json$/);
  await expect(page.getByLabel(/^Contents of .*\.tokens\.json$/)).toContainText('$value');
  const polluted = await page.evaluate(() => {
    const probe = {} as Record<string, unknown>;
    return {
      x: probe.x,
      y: probe.y,
      z: probe.z,
      fnY: (Object as unknown as Record<string, unknown>).y,
    };
  });
  expect(polluted).toEqual({ x: undefined, y: undefined, z: undefined, fnY: undefined });
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

for (const flow of ['cookie', 'token'] as const) {
  test(`${flow} flow: the Figma token is nowhere in storage, DOM, URLs, console or Referer`, async ({
    page,
    context,
  }) => {
    test.setTimeout(240_000);
    const recorder = new LeakRecorder(page);
    await page.goto(flow === 'token' ? `${TOKEN_FLOW_APP}/` : '/');
    await new SignInFlow(page).allow('ada');
    const profile = page.getByRole('region', { name: 'Your Figma profile' });
    await expect(profile.getByText('ada@acme.test')).toBeVisible({ timeout: 30_000 });
    await page.goto(
      `${flow === 'token' ? TOKEN_FLOW_APP : APP}/files/${DESIGN_SYSTEM_FILE}/variables`,
    );
    await expect(page.getByRole('table').first()).toBeVisible({ timeout: 30_000 });
    const tokens = await figmaTokensOf('ada');
    expect(tokens.length).toBeGreaterThan(0);
    expect(await recorder.find(page, context, tokens)).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Tokenport' })).toBeVisible({
      timeout: 30_000,
    });
    expect(await recorder.find(page, context, tokens)).toEqual([]);
  });
}
