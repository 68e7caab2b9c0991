import {
  ACME_TEAM_ID,
  DESIGN_SYSTEM_FILE,
  SignInFlow,
  count,
  emulator,
  expect,
  expectNoSeriousA11yViolations,
  test,
} from './fixtures';

const PATCH_SESSION = 'PATCH /v1/account/sessions/:sessionId';

test('sign in through the consent page, see the Figma profile, keep the session on reload', async ({
  page,
  signIn,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectNoSeriousA11yViolations(page);
  await signIn('ada');
  const profile = page.getByRole('region', { name: 'Your Figma profile' });
  await expect(profile.getByText('ada@acme.test')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(profile.getByText('ada@acme.test')).toBeVisible();
  expect(count(await emulator.stats(), PATCH_SESSION)).toBe(0);
});

test('an expired token costs exactly one refresh, for a parallel burst and for a rejected request', async ({
  page,
  signIn,
}) => {
  const teamUrl = `/teams/${ACME_TEAM_ID}`;
  await signIn('ada', teamUrl);
  await expect(page.getByRole('link', { name: /Design System/ }).first()).toBeVisible();

  // On a fresh load the token is read from the session and found expired; a page not seen before
  // (a reload of the team page is served from the persisted cache and asks Figma nothing) sends
  // its parallel requests (the file and its previews), which must share one refresh.
  await emulator.expireTokens('ada');
  let before = count(await emulator.stats(), PATCH_SESSION);
  await page.goto(`/files/${DESIGN_SYSTEM_FILE}`);
  await expect(page.getByRole('heading', { name: /Acme Design System/ }).first()).toBeVisible();
  expect(count(await emulator.stats(), PATCH_SESSION) - before).toBe(1);
  await page.goto(teamUrl);
  await expect(page.getByRole('link', { name: /Design System/ }).first()).toBeVisible();

  // Without a reload the dead token is still in memory: Figma rejects it, the gate refreshes once
  // and the request is retried. (A folder page: the project cards already hold their files.)
  await emulator.expireTokens('ada');
  before = count(await emulator.stats(), PATCH_SESSION);
  await page
    .getByRole('region', { name: 'Folders' })
    .getByRole('link', { name: 'Product' })
    .click();
  await expect(page.getByRole('link', { name: /Checkout flows/ })).toBeVisible();
  expect(count(await emulator.stats(), PATCH_SESSION) - before).toBe(1);
});

test('two tabs that need a new token at once still refresh only once', async ({
  page,
  context,
  signIn,
}) => {
  await signIn('ada');
  const second = await context.newPage();
  const teamUrl = `/teams/${ACME_TEAM_ID}`;
  await Promise.all([page.goto(teamUrl), second.goto(teamUrl)]);
  await emulator.expireTokens('ada');
  // A file neither tab has seen, so both must ask Figma (seen pages come from the persisted cache).
  const fileUrl = `/files/${DESIGN_SYSTEM_FILE}`;
  await Promise.all([page.goto(fileUrl), second.goto(fileUrl)]);
  for (const tab of [page, second]) {
    await expect(tab.getByRole('heading', { name: /Acme Design System/ }).first()).toBeVisible();
  }
  expect(count(await emulator.stats(), PATCH_SESSION)).toBe(1);
});

test('revoked Figma access leads to the reconnect screen', async ({ page, signIn }) => {
  await signIn('ada');
  await emulator.revokeTokens('ada');
  await page.goto(`/teams/${ACME_TEAM_ID}`);
  await expect(
    page.getByText('Figma access was revoked or expired — reconnect').first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Reconnect/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('sign out: private pages show sign-in, also through the back button', async ({
  page,
  signIn,
}) => {
  await signIn('ada');
  await expect(page.getByText('ada@acme.test')).toBeVisible();
  await page.goto(`/teams/${ACME_TEAM_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Tokenport' })).toBeVisible();
  expect(count(await emulator.stats(), 'DELETE /v1/account/sessions/current')).toBe(1);

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Sign in to Tokenport' })).toBeVisible();
  await expect(page.getByText('ada@acme.test')).toHaveCount(0);

  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('denying consent brings the user back to sign-in with the reason', async ({ page }) => {
  await page.goto('/');
  await new SignInFlow(page).deny();
  await expect(page).toHaveURL(/\/sign-in\?/);
  await expect(page.getByText('You declined access on Figma')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a deep link survives sign-in, and an absolute next URL is ignored', async ({ page }) => {
  await page.goto(`/teams/${ACME_TEAM_ID}`);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fteams%2F/);
  await new SignInFlow(page).allow('ada');
  await expect(page).toHaveURL(new RegExp(`/teams/${ACME_TEAM_ID}$`));

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto('/sign-in?next=https%3A%2F%2Fevil.example%2F');
  await new SignInFlow(page).allow('ada');
  await expect(page).toHaveURL(/localhost:\d+\/$/);
});

test('Appwrite’s refresh limit with an expired token says when to try again', async ({
  page,
  signIn,
}) => {
  await signIn('ada');
  // Arm the limit before the token expires: any request in between must meet the 429, as it would
  // on a real Appwrite whose hourly window is spent.
  await emulator.fault({
    route: 'PATCH /v1/account/sessions/:sessionId',
    count: 10,
    status: 429,
    body: {
      message:
        'Rate limit for the current endpoint has been exceeded. Please try again after some time.',
      code: 429,
      type: 'general_rate_limit_exceeded',
      version: '1.9.6',
    },
  });
  await emulator.expireTokens('ada');
  await page.goto(`/teams/${ACME_TEAM_ID}`);
  await expect(
    page.getByText('Figma access needs renewing, but the renewal limit is reached'),
  ).toBeVisible();
  // Appwrite's window resets at the top of the hour: a countdown when close, else the time.
  await expect(page.getByRole('main')).toContainText(
    /Try again in \d+ (min|s)|You can try again at /,
  );
  await expectNoSeriousA11yViolations(page);
});
