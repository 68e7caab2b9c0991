/**
 * Request economy (issue 10): Figma's Tier-1 calls (file, nodes, images) are 6 a month for View
 * and Collab seats, so seen files come from the persisted per-user cache and revalidate through
 * the Tier-3 meta call. Every count here is read from the emulator's `/__emulator/stats`.
 */
import type { Page } from '@playwright/test';
import { E2E_PORTS } from '../../scripts/e2e-env.mjs';
import {
  ACME_TEAM_ID,
  DESIGN_SYSTEM_FILE,
  emulator,
  expect,
  persistedFigmaCacheKeys,
  test,
} from './fixtures';

const CONTROL = `http://localhost:${E2E_PORTS.appwrite}/__emulator`;
const FILE_PATH = `/files/${DESIGN_SYSTEM_FILE}`;
const FILE_CALLS = 'GET /v1/files/:key';
const IMAGE_CALLS = 'GET /v1/images/:key';

interface Stats {
  requests: Record<string, number>;
  tiers: Record<'1' | '2' | '3', number>;
}

async function stats(): Promise<Stats> {
  const response = await fetch(`${CONTROL}/stats`);
  return (await response.json()) as Stats;
}

/** Makes a new revision of the file, as an edit in Figma would; returns its last-modified time. */
async function touch(fileKey: string): Promise<string> {
  const response = await fetch(`${CONTROL}/files/${fileKey}/touch`, { method: 'POST' });
  expect(response.ok).toBe(true);
  return ((await response.json()) as { lastModified: string }).lastModified;
}

/** The file page is shown and every request it started has settled. */
async function fileShown(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Design System' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Saved for the next visit too: a reload before the save ends asks Figma again.
  await expect(page.locator('main#main:not([data-busy])')).toBeVisible();
}

async function previewsShown(page: Page) {
  const previews = page.locator('main img[alt]:not([alt=""]):not([alt="File thumbnail"])');
  await expect(previews.first()).toBeVisible();
}

test('reload of a seen, unchanged file page costs no Tier-1 call', async ({ page, signIn }) => {
  await signIn('ada', FILE_PATH);
  await previewsShown(page);
  await fileShown(page);
  const before = await stats();
  expect(before.requests[FILE_CALLS]).toBe(1);
  expect(before.requests[IMAGE_CALLS]).toBe(1);

  await page.reload();
  await fileShown(page);
  await previewsShown(page);
  const after = await stats();
  expect(after.tiers['1']).toBe(before.tiers['1']);
  // The check that the file is unchanged is one Tier-3 meta call.
  expect(after.tiers['3'] - before.tiers['3']).toBe(1);
});

test('after the file changes: exactly one file call, no images until asked', async ({
  page,
  signIn,
}) => {
  await signIn('ada', FILE_PATH);
  await previewsShown(page);
  await fileShown(page);
  const before = await stats();

  const lastModified = await touch(DESIGN_SYSTEM_FILE);
  await page.reload();
  await fileShown(page);
  // The header shows the new revision once it has been fetched (the cached one shows at once).
  await expect(page.locator(`.file-header time[datetime="${lastModified}"]`)).toBeAttached();
  await page.waitForLoadState('networkidle');
  await previewsShown(page);
  const after = await stats();
  expect(after.requests[FILE_CALLS]).toBe((before.requests[FILE_CALLS] ?? 0) + 1);
  expect(after.requests[IMAGE_CALLS]).toBe(before.requests[IMAGE_CALLS]);
});

test('a new tab opening a seen file costs no Tier-1 call', async ({ page, context, signIn }) => {
  await signIn('ada', FILE_PATH);
  await previewsShown(page);
  await fileShown(page);
  const before = await stats();

  const tab = await context.newPage();
  await tab.goto(FILE_PATH);
  await fileShown(tab);
  await previewsShown(tab);
  expect((await stats()).tiers['1']).toBe(before.tiers['1']);
});

test('sign-out, then another user: nothing of the first user is served', async ({
  page,
  signIn,
}) => {
  await signIn('ada', FILE_PATH);
  await fileShown(page);
  await expect(page.locator('.file-header__role')).toHaveText('editor');
  expect((await persistedFigmaCacheKeys(page)).length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Tokenport' })).toBeVisible();
  await expect.poll(() => persistedFigmaCacheKeys(page)).toEqual([]);

  const before = await stats();
  await signIn('linus', FILE_PATH);
  await fileShown(page);
  // Linus's own answer (he is a viewer of this file), fetched for him, not Ada's cached one.
  await expect(page.locator('.file-header__role')).toHaveText('viewer');
  expect((await stats()).requests[FILE_CALLS]).toBe((before.requests[FILE_CALLS] ?? 0) + 1);
  const keys = await persistedFigmaCacheKeys(page);
  expect(keys.length).toBeGreaterThan(0);
  expect(new Set(keys.map((key) => key.split('/')[0])).size).toBe(1);
});

test('a View-seat user opens the same file 20 times across reloads with at most 2 Tier-1 calls', async ({
  page,
  signIn,
}) => {
  test.setTimeout(180_000);
  await signIn('linus', FILE_PATH);
  await fileShown(page);
  for (let visit = 2; visit <= 20; visit++) {
    await page.reload();
    await fileShown(page);
  }
  expect((await stats()).tiers['1']).toBeLessThanOrEqual(2);
  // Previews wait for the user, with what they cost; the list thumbnail stands in meanwhile.
  const render = page.getByRole('button', { name: /Render previews — uses 1 of your ~6/ });
  await expect(render).toBeVisible();
  await expect(page.getByRole('img', { name: 'File thumbnail' })).toBeVisible();
  await page.getByText('Figma requests', { exact: true }).click();
  await expect(page.getByRole('row', { name: /Tier 1/ })).toContainText('reached — lifts');
});

test('a scope Figma refused is remembered: the team page asks for folders once', async ({
  page,
  signIn,
}) => {
  await emulator.fault({
    route: 'GET /v2/teams/:teamId/folders',
    count: 5,
    status: 403,
    body: {
      status: 403,
      err: 'Invalid scope(s): projects:read. This endpoint requires the folders:read scope',
    },
  });
  await signIn('ada', `/teams/${ACME_TEAM_ID}`);
  await expect(page.getByText(/Folders need the folders:read permission/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Folders need the folders:read permission/)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect((await stats()).requests['GET /v2/teams/:teamId/folders']).toBe(1);
});
