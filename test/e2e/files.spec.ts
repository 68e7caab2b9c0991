import {
  ACME_TEAM_ID,
  DESIGN_SYSTEM_FILE,
  count,
  emulator,
  expect,
  expectNoSeriousA11yViolations,
  figmaRequestTotal,
  test,
} from './fixtures';

const TEAM_URL = `https://www.figma.com/files/team/${ACME_TEAM_ID}/Acme-Design`;
const FILE_CALLS = 'GET /v1/files/:key';

test('add a team, open a project and a file; back and forward cost no Figma request', async ({
  page,
  signIn,
}) => {
  await signIn('ada');
  await page.getByRole('textbox', { name: /team/i }).fill(TEAM_URL);
  await page.getByRole('button', { name: /add team/i }).click();
  await page
    .getByRole('link', { name: /Acme Design/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/teams/${ACME_TEAM_ID}$`));
  await expectNoSeriousA11yViolations(page);

  // Each project card has loaded its files, the same answer the project page shows.
  const projects = page.getByRole('list', { name: 'Projects' });
  const designSystem = page.getByRole('link', { name: 'Design System', exact: true });
  const projectCard = projects.getByRole('listitem').filter({ has: designSystem });
  await expect(projectCard.getByRole('link')).toHaveAccessibleDescription('5 files');
  await expect(projectCard.locator('img')).toHaveCount(3);
  await page.waitForLoadState('networkidle');
  const beforeProject = figmaRequestTotal(await emulator.stats());
  await projectCard.getByRole('link').click();
  await expect(page.getByRole('link', { name: /Acme Design System/ }).first()).toBeVisible();
  expect(figmaRequestTotal(await emulator.stats())).toBe(beforeProject);
  await expectNoSeriousA11yViolations(page);

  const beforeFile = figmaRequestTotal(await emulator.stats());
  await page
    .getByRole('link', { name: /Acme Design System/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/files/${DESIGN_SYSTEM_FILE}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Design System' })).toBeVisible();
  const previews = page.locator('main img[alt]:not([alt=""])');
  await expect(previews.first()).toBeVisible();
  await expect
    .poll(async () =>
      previews.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    )
    .toBe(true);
  // Each frame's name is said once: by its preview's alt text, not again by the caption under it
  // (the preview, like Figma's renders, holds the frame's content and not its name label).
  const typography = page.getByRole('img', { name: 'Typography', exact: true });
  await expect(typography).toBeVisible();
  expect(await page.locator('li', { has: typography }).ariaSnapshot()).toBe(
    '- listitem:\n  - img "Typography"',
  );
  const render = await page.request.get((await typography.getAttribute('src')) ?? '');
  expect(await render.text()).not.toContain('Typography');
  // The file page may still be revalidating in the background: count once the network is quiet.
  await page.waitForLoadState('networkidle');
  const afterFile = figmaRequestTotal(await emulator.stats());
  expect(afterFile - beforeFile).toBeLessThanOrEqual(3);
  await expectNoSeriousA11yViolations(page);

  await page.goBack();
  await expect(page.getByRole('link', { name: /Acme Design System/ }).first()).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Design System' })).toBeVisible();
  expect(figmaRequestTotal(await emulator.stats())).toBe(afterFile);
});

test('saved teams live in account prefs: they survive a reload and can be removed', async ({
  page,
  signIn,
}) => {
  await signIn('ada');
  await page.getByRole('textbox', { name: /team/i }).fill(TEAM_URL);
  await page.getByRole('button', { name: /add team/i }).click();
  const teams = page.getByRole('region', { name: 'Teams' });
  await expect(teams.getByRole('link', { name: 'Acme Design' })).toBeVisible();
  await page.reload();
  await expect(teams.getByRole('link', { name: 'Acme Design' })).toBeVisible();
  await teams.getByRole('button', { name: 'Remove Acme Design' }).click();
  await expect(teams.getByRole('link', { name: 'Acme Design' })).toHaveCount(0);
  await page.reload();
  await expect(teams.getByText('No teams yet')).toBeVisible();
});

test('find a file among 1,500 by typing', async ({ page, signIn }) => {
  await signIn('ada', `/teams/${ACME_TEAM_ID}`);
  await page
    .getByRole('link', { name: /Archive/ })
    .first()
    .click();
  await expect(page.getByText(/1,500 files|of 1,500/)).toBeVisible();
  const rendered = await page.locator('main a[href^="/files/"]').count();
  expect(rendered).toBeLessThan(200);
  await page.getByRole('searchbox').fill('1234');
  await expect(page.locator('main a[href^="/files/"]').first()).toContainText('1234');
});

test('an invalid file URL gets an inline explanation', async ({ page, signIn }) => {
  await signIn('ada');
  await page.getByRole('textbox', { name: /file link/i }).fill('https://example.com/not-figma');
  await page.getByRole('button', { name: /open/i }).click();
  await expect(page.getByText(/figma\.com\/design\//)).toBeVisible();
  await expect(page).toHaveURL(/localhost:\d+\/$/);
});

test('a file that does not exist shows a clear not-found state', async ({ page, signIn }) => {
  await signIn('ada', '/files/NOPE000000000000000000000');
  await expect(page.getByText(/not found|no access/i).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a hostile file name renders as text', async ({ page, signIn }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn('ada', `/teams/${ACME_TEAM_ID}`);
  // The hostile file lives in Design System (projects are listed by name, so not necessarily first).
  await page
    .getByRole('list', { name: 'Projects' })
    .getByRole('link', { name: 'Design System', exact: true })
    .click();
  await expect(page.getByText('<img src=x onerror=alert(1)>').first()).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('v2 folders: nested folders and their files', async ({ page, signIn }) => {
  await signIn('ada', `/teams/${ACME_TEAM_ID}`);
  await page
    .getByRole('region', { name: 'Folders' })
    .getByRole('link', { name: 'Product' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Product' })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Folders' }).getByRole('link', { name: 'Experiments' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /Checkout flows/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a file lists its branches from the one file call it already makes; a branch opens as a file', async ({
  page,
  signIn,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = '<script>alert(1)</script> "quoted" 🎨';
  await signIn('ada', '/import');
  const before = await emulator.stats();
  await page.goto('/files/CHKOUTflow00000000000006');
  const branches = page.getByRole('region', { name: 'Branches' });
  await expect(branches.getByRole('link')).toHaveText([hostile, 'Express pay']);
  await page.waitForLoadState('networkidle');
  const opened = await emulator.stats();
  // Branch data rides on the overview's file call: still one Tier-1 file request, none extra.
  expect(count(opened, FILE_CALLS) - count(before, FILE_CALLS)).toBe(1);
  await expectNoSeriousA11yViolations(page);

  await branches.getByRole('link', { name: hostile }).click();
  await expect(page).toHaveURL(/\/files\/CHKOUTbranch000000000062$/);
  await expect(page.getByRole('heading', { level: 1, name: hostile })).toBeVisible();
  const mainLink = page.getByRole('main').getByRole('link', { name: 'Checkout flows' });
  await expect(page.getByText(/Branch of/)).toContainText('Branch of Checkout flows');
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText(
    'Checkout flows',
  );
  await page.waitForLoadState('networkidle');
  const onBranch = await emulator.stats();
  // The branch is a file of its own: one file call for it, and the main file is not asked again.
  expect(count(onBranch, FILE_CALLS) - count(opened, FILE_CALLS)).toBe(1);
  expect(
    count(onBranch, 'GET /v1/files/:key/meta') - count(opened, 'GET /v1/files/:key/meta'),
  ).toBe(0);
  await expectNoSeriousA11yViolations(page);

  await mainLink.last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout flows' })).toBeVisible();
  await expect(branches).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(count(await emulator.stats(), FILE_CALLS)).toBe(count(onBranch, FILE_CALLS));
  expect(dialogs).toEqual([]);
});

test('a project card says it is loading its files until they come', async ({ page, signIn }) => {
  await signIn('ada', '/import');
  // The first project's files answer is held on the wire; the other cards fill in meanwhile.
  await emulator.fault({ route: 'GET /v1/projects/:projectId/files', count: 1, hang: true });
  await page.goto(`/teams/${ACME_TEAM_ID}`);
  const projects = page.getByRole('list', { name: 'Projects' });
  await expect(projects.getByText(/^\d[\d,]* files$/)).toHaveCount(2);
  await expect(projects.getByText('Loading files…')).toHaveCount(1);
  await emulator.releaseHeld();
  await expect(projects.getByText(/^\d[\d,]* files$/)).toHaveText([
    '1,500 files',
    '5 files',
    '3 files',
  ]);
});
