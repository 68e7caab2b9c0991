/**
 * The fault suite: each fault the outside audit used, on the emulator, asserting the exact number
 * of Figma-token refreshes (PATCH /v1/account/sessions/:sessionId, the call Appwrite limits to 10
 * per hour and that kills the previous token) and the screen the user sees. Faults are armed
 * before the state change they are meant to meet.
 */
import type { Page } from '@playwright/test';
import {
  ACME_TEAM_ID,
  SignInFlow,
  count,
  emulator,
  expect,
  expectNoSeriousA11yViolations,
  figmaRequestTotal,
  persistedFigmaCacheKeys,
  test,
} from './fixtures';

const PATCH_SESSION = 'PATCH /v1/account/sessions/:sessionId';
const TEAM_URL = `/teams/${ACME_TEAM_ID}`;
const DAY = 86_400_000;

const patches = async () => count(await emulator.stats(), PATCH_SESSION);
const appwriteError = (code: number, type: string) => ({
  message: `Injected ${type}`,
  code,
  type,
  version: '1.9.6',
});

async function expectTeamLoaded(page: Page) {
  await expect(page.getByRole('link', { name: /Design System/ }).first()).toBeVisible();
}

test('revoked Figma access: one refresh, then the reconnect screen on every reload and tab', async ({
  page,
  context,
  signIn,
}) => {
  test.slow(); // several page loads and tabs on a shared, loaded machine
  await signIn('ada');
  await emulator.revokeTokens('ada');
  await page.goto(TEAM_URL);
  const reconnect = page.getByText('Figma access was revoked or expired — reconnect').first();
  await expect(reconnect).toBeVisible();
  expect(await patches()).toBe(1);

  for (let view = 0; view < 3; view += 1) {
    await page.reload();
    await expect(reconnect).toBeVisible();
  }
  const second = await context.newPage();
  await second.goto(TEAM_URL);
  await expect(second.getByRole('button', { name: /Reconnect/ })).toBeVisible();
  expect(await patches()).toBe(1);
  await expectNoSeriousA11yViolations(second);
});

test('an expired token across three tabs and reloads costs one refresh', async ({
  page,
  context,
  signIn,
}) => {
  test.slow(); // several page loads and tabs on a shared, loaded machine
  await signIn('ada');
  const tabs = [page, await context.newPage(), await context.newPage()];
  await emulator.expireTokens('ada');
  await Promise.all(tabs.map((tab) => tab.goto(TEAM_URL)));
  for (const tab of tabs) await expectTeamLoaded(tab);
  await page.reload();
  await expectTeamLoaded(page);
  expect(await patches()).toBe(1);
});

test('Appwrite 429 on the refresh: one PATCH, then the retry time on every reload and tab', async ({
  page,
  context,
  signIn,
}) => {
  test.slow(); // several page loads and tabs on a shared, loaded machine
  await signIn('ada');
  await emulator.fault({
    route: PATCH_SESSION,
    count: 10,
    status: 429,
    body: appwriteError(429, 'general_rate_limit_exceeded'),
  });
  await emulator.expireTokens('ada');
  await page.goto(TEAM_URL);
  const limited = page.getByText('Figma access needs renewing, but the renewal limit is reached');
  await expect(limited).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    /Try again in \d+ (min|s)|You can try again at /,
  );
  for (let view = 0; view < 3; view += 1) {
    await page.reload();
    await expect(limited).toBeVisible();
  }
  const second = await context.newPage();
  await second.goto(TEAM_URL);
  await expect(
    second.getByText('Figma access needs renewing, but the renewal limit is reached'),
  ).toBeVisible();
  expect(await patches()).toBe(1);
});

test('Appwrite 500 on the refresh: one PATCH, then "could not be renewed" with a countdown', async ({
  page,
  signIn,
}) => {
  await signIn('ada');
  await emulator.fault({
    route: PATCH_SESSION,
    count: 10,
    status: 500,
    body: appwriteError(500, 'general_server_error'),
  });
  await emulator.expireTokens('ada');
  await page.goto(TEAM_URL);
  const failed = page.getByRole('heading', { name: 'Figma access could not be renewed' });
  await expect(failed).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeDisabled();
  for (let view = 0; view < 2; view += 1) {
    await page.reload();
    await expect(failed).toBeVisible();
  }
  expect(await patches()).toBe(1);
  await expectNoSeriousA11yViolations(page);
});

test('a token lifetime shorter than the 5-minute margin is not refreshed on every view', async ({
  page,
  signIn,
}) => {
  test.slow(); // several page loads and tabs on a shared, loaded machine
  await emulator.config({ tokenLifetimeSeconds: 240 });
  await signIn('ada');
  for (let view = 0; view < 4; view += 1) {
    await page.goto(TEAM_URL);
    await expectTeamLoaded(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Your Figma files' })).toBeVisible();
  }
  expect(await patches()).toBe(0);
});

test('a refresh that leaves the expiry in the past (clock skew): one PATCH across reloads', async ({
  page,
  signIn,
}) => {
  await signIn('ada');
  // This browser's clock runs 120 days ahead: every expiry Appwrite reports looks past, even
  // right after a refresh. Trust the token until Figma rejects it.
  await page.clock.install({ time: Date.now() + 120 * DAY });
  for (let view = 0; view < 4; view += 1) {
    await page.goto(TEAM_URL);
    await expectTeamLoaded(page);
  }
  expect(await patches()).toBe(1);
});

test('a Figma request that never answers ends in a retry state, not skeletons forever', async ({
  page,
  signIn,
}) => {
  await signIn('ada');
  await page.clock.install();
  await emulator.fault({ route: 'GET /v1/teams/:teamId/projects', count: 1, hang: true });
  await page.goto(TEAM_URL);
  await expect(page.getByLabel('Loading the team’s projects')).toBeVisible();
  await expect
    .poll(async () => count(await emulator.stats(), 'GET /v1/teams/:teamId/projects'))
    .toBe(1);
  await page.clock.fastForward(30_000);
  await expect(page.getByRole('heading', { name: 'Figma is not answering' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expectTeamLoaded(page);
  expect(await patches()).toBe(0);
});

test('an Appwrite that never answers: "Can’t reach Appwrite", then Retry works', async ({
  page,
  signIn,
}) => {
  await signIn('ada');
  await emulator.fault({ route: 'GET /v1/account', count: 1, hang: true });
  await page.goto(TEAM_URL);
  await expect(page.getByRole('main')).toContainText('Loading Tokenport');
  // The app's own 15 s deadline, on the real clock: the wait ends when the screen appears.
  await expect(page.getByRole('heading', { name: 'Can’t reach Appwrite' })).toBeVisible({
    timeout: 60_000,
  });
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expectTeamLoaded(page);
});

async function seedUserData(page: Page) {
  await page.evaluate(async () => {
    localStorage.setItem('tokenport.float-types.DSYSacme0000000000000001', '{"v":"opacity"}');
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('tokenport', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('last-exports');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const tx = request.result.transaction('last-exports', 'readwrite');
        tx.objectStore('last-exports').put({ files: [], savedAt: 'then' }, 'ada-file');
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
      };
    });
  });
}

async function userDataLeft(page: Page) {
  return page.evaluate(async () => {
    const float = localStorage.getItem('tokenport.float-types.DSYSacme0000000000000001');
    const exports = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open('tokenport', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('last-exports');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const counting = request.result
          .transaction('last-exports')
          .objectStore('last-exports')
          .count();
        counting.onsuccess = () => {
          request.result.close();
          resolve(counting.result);
        };
      };
    });
    return { float, exports };
  });
}

/** `other` signs out; both tabs end at sign-in, this one with the way back to the team page. */
async function signOutInOtherTab(other: Page, page: Page) {
  await other.getByRole('button', { name: 'Sign out' }).click();
  await expect(other.getByRole('heading', { name: 'Sign in to Tokenport' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sign in to Tokenport' })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fteams%2F/);
}

test('sign-out in another tab: this tab goes to sign-in, loads no more Figma data, data at rest is gone', async ({
  page,
  context,
  signIn,
}) => {
  test.slow(); // several page loads and tabs on a shared, loaded machine
  await signIn('ada');
  await seedUserData(page);
  expect(await userDataLeft(page)).toEqual({ float: '{"v":"opacity"}', exports: 1 });
  const other = await context.newPage();
  await Promise.all([page.goto(TEAM_URL), other.goto('/')]);
  await expectTeamLoaded(page);

  await signOutInOtherTab(other, page);
  const figmaAfterSignOut = figmaRequestTotal(await emulator.stats());

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Sign in to Tokenport' })).toBeVisible();
  expect(figmaRequestTotal(await emulator.stats())).toBe(figmaAfterSignOut);
  expect(await userDataLeft(page)).toEqual({ float: null, exports: 0 });
  expect(count(await emulator.stats(), 'DELETE /v1/account/sessions/current')).toBe(1);
  expect(await patches()).toBe(0);
});

test('a refresh in flight in this tab when another tab signs out: its token is never used, this tab ends at sign-in, nothing left', async ({
  page,
  context,
  signIn,
}) => {
  test.slow(); // several page loads and tabs on a shared, loaded machine
  await signIn('ada');
  await seedUserData(page);
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByRole('heading', { name: 'Your Figma files' })).toBeVisible();
  // This tab's refresh reaches Appwrite (a new Figma token is minted) but its answer is held.
  await emulator.fault({ route: PATCH_SESSION, count: 1, hang: true });
  await emulator.expireTokens('ada');
  await page.goto(TEAM_URL);
  await expect.poll(patches).toBe(1);
  await expect(page.getByLabel('Loading the team’s projects')).toBeVisible();
  const figmaBeforeSignOut = figmaRequestTotal(await emulator.stats());

  await signOutInOtherTab(other, page);
  const released = (await emulator.releaseHeld()) as { released: number };
  expect(released.released).toBe(1);

  // The late answer changes nothing: no Figma call with its token, this tab stays at sign-in.
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { name: 'Sign in to Tokenport' })).toBeVisible();
  expect(figmaRequestTotal(await emulator.stats())).toBe(figmaBeforeSignOut);
  await expect.poll(() => userDataLeft(page)).toEqual({ float: null, exports: 0 });
  await expect.poll(() => persistedFigmaCacheKeys(page)).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('tokenport.user'))).toBeNull();
  expect(count(await emulator.stats(), 'DELETE /v1/account/sessions/current')).toBe(1);
  expect(await patches()).toBe(1);
});

test('a different user signing in after a session that ended without sign-out finds nothing of the first', async ({
  page,
  context,
  signIn,
}) => {
  test.slow(); // several page loads and tabs on a shared, loaded machine
  await signIn('ada');
  await seedUserData(page);
  await context.clearCookies(); // the session ends (expired) without a sign-out
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in to Tokenport' })).toBeVisible();
  expect(await userDataLeft(page)).toEqual({ float: '{"v":"opacity"}', exports: 1 });
  await new SignInFlow(page).allow('grace');
  await expect(page.getByText('grace', { exact: false }).first()).toBeVisible();
  expect(await userDataLeft(page)).toEqual({ float: null, exports: 0 });
});
