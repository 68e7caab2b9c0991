/**
 * Cross-site deployments, as most are in production (app.example.com with fra.cloud.appwrite.io):
 * here the app runs on 127.0.0.1 and the emulator on localhost, two sites, and the browser blocks
 * third-party cookies (project `cross-site` in playwright.config.ts).
 */
import { E2E_PORTS } from '../../scripts/e2e-env.mjs';
import { ACME_TEAM_ID, SignInFlow, expect, test } from './fixtures';
import { LeakRecorder } from './secret-search';

const TOKEN_FLOW_APP = `http://127.0.0.1:${E2E_PORTS.crossSiteTokenFlowApp}`;
const COOKIE_FLOW_APP = `http://127.0.0.1:${E2E_PORTS.crossSiteApp}`;
const APPWRITE = `http://localhost:${E2E_PORTS.appwrite}/v1`;
const SESSION_KEY = 'a_session_tokenport-demo';

test('token flow: signs in through the fallback session, survives a reload, reaches Figma, and signs out leaving no session secret', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const recorder = new LeakRecorder(page);
  await page.goto(`${TOKEN_FLOW_APP}/`);
  const created = page.waitForResponse((response) =>
    response.url().endsWith('/account/sessions/token'),
  );
  await new SignInFlow(page).allow('ada');
  const fallbackHeader = (await (await created).allHeaders())['x-fallback-cookies'] ?? '';
  const sessionValue = (JSON.parse(fallbackHeader || '{}') as Record<string, string>)[SESSION_KEY];
  expect(sessionValue, 'Appwrite sent the fallback session').toBeTruthy();

  const profile = page.getByRole('region', { name: 'Your Figma profile' });
  await expect(profile.getByText('ada@acme.test')).toBeVisible({ timeout: 30_000 });
  // No cookie carries the session across sites: only the SDK's fallback in localStorage does.
  expect((await context.cookies(APPWRITE)).filter((c) => c.name.startsWith(SESSION_KEY))).toEqual(
    [],
  );
  expect(await page.evaluate(() => localStorage.getItem('cookieFallback'))).toContain(
    sessionValue ?? '',
  );

  await page.reload();
  await expect(profile.getByText('ada@acme.test')).toBeVisible({ timeout: 30_000 });
  await page.goto(`${TOKEN_FLOW_APP}/teams/${ACME_TEAM_ID}`);
  await expect(page.getByRole('link', { name: /Design System/ }).first()).toBeVisible({
    timeout: 30_000,
  });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Tokenport' })).toBeVisible({
    timeout: 30_000,
  });
  const leaks = await recorder.find(page, context, [sessionValue ?? 'missing']);
  // The fallback value travelled in request and response headers only: nothing keeps it now.
  expect(leaks).toEqual([]);
  // And Appwrite no longer knows it: the secret is dead even for someone who copied it.
  const after = await page.request.get(`${APPWRITE}/account`, {
    headers: {
      'X-Appwrite-Project': 'tokenport-demo',
      'X-Fallback-Cookies': fallbackHeader,
    },
  });
  expect(after.status()).toBe(401);
});

test('cookie flow across sites: the callback explains the two real fixes', async ({ page }) => {
  await page.goto(`${COOKIE_FLOW_APP}/`);
  await new SignInFlow(page).allow('ada');
  await expect(
    page.getByRole('heading', {
      name: 'Signed in on Figma, but this browser dropped the session cookie',
    }),
  ).toBeVisible({ timeout: 30_000 });
  const advice = page.locator('[data-cause="cookies-third-party"]');
  await expect(advice).toContainText('custom domain');
  await expect(advice).toContainText('VITE_APPWRITE_AUTH_FLOW=token');
  await expect(advice).toContainText(`localhost`);
  await expect(page.getByRole('link', { name: 'Back to sign-in' })).toBeVisible();
});
