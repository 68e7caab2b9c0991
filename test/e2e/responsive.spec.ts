/**
 * Every page type at phone, tablet and desktop widths, in light and dark: the page never scrolls
 * sideways, table rows never draw text over text, every control is on screen, and axe finds
 * nothing serious.
 */
import { expect, expectNoSeriousA11yViolations, SignInFlow, test } from './fixtures';
import { PAGE_TYPES } from './pages/catalog';
import { AppShellPage } from './pages/app-shell';
import { controlsOffScreen, horizontalOverflow, overlappingRowText } from './pages/layout-checks';

const WIDTHS = [390, 768, 1280] as const;
const THEMES = ['light', 'dark'] as const;

for (const width of WIDTHS) {
  for (const theme of THEMES) {
    test(`every page fits ${width} px in ${theme} theme`, async ({ page, signIn }) => {
      // Thirteen pages with axe on each: slow on a shared machine, but one sign-in per size and theme.
      test.setTimeout(360_000);
      await page.setViewportSize({ width, height: width < 700 ? 844 : 800 });
      await page.emulateMedia({ colorScheme: theme });
      await signIn('ada');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      for (const target of PAGE_TYPES) {
        await test.step(target.name, async () => {
          await page.goto(target.path);
          // Conversion of a file's variables runs in a worker; on a loaded machine it can take a while.
          await expect(target.ready(page)).toBeVisible({ timeout: 30_000 });
          expect(await horizontalOverflow(page), `${target.name}: sideways overflow`).toBe(0);
          expect(await overlappingRowText(page), `${target.name}: overlapping text`).toEqual([]);
          expect(await controlsOffScreen(page), `${target.name}: controls off screen`).toEqual([]);
          await expectNoSeriousA11yViolations(page);
        });
      }
    });
  }
}

test('on a phone the header folds into a menu that reaches every control', async ({
  page,
  signIn,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn('ada');
  const shell = new AppShellPage(page);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
  await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'false');
  await shell.menuButton.click();
  await expect(page.getByRole('radiogroup', { name: 'Colour theme' })).toBeVisible();
  expect(await controlsOffScreen(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(shell.menuButton).toBeFocused();
  await shell.goTo('Import JSON');
  await expect(page.getByRole('heading', { level: 1, name: /Import/ })).toBeVisible();
  await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'false');
  await shell.signOut();
  await expect(page.getByRole('heading', { name: 'Sign in to Tokenport' })).toBeVisible();
});

for (const theme of THEMES) {
  test(`the emulator's Figma consent page fits a phone in ${theme} theme`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/');
    await new SignInFlow(page).start();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // Dark theme means a dark page, not the light card on a phone in dark mode.
    expect(background).toBe(theme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(245, 245, 245)');
    expect(await horizontalOverflow(page), 'consent page: sideways overflow').toBe(0);
    expect(await controlsOffScreen(page), 'consent page: controls off screen').toEqual([]);
    await expectNoSeriousA11yViolations(page);
  });
}

test('on a phone a project still lists its files after a visit to a file’s Tokens tab', async ({
  page,
  signIn,
}) => {
  // Stylesheets of pages opened before stay loaded; one of them once hid this list on phones.
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn('ada');
  const project = PAGE_TYPES.find((target) => target.name === 'project')!;
  const tokens = PAGE_TYPES.find((target) => target.name === 'tokens')!;
  await page.goto(project.path);
  await expect(project.ready(page)).toBeVisible();
  await project.ready(page).click();
  await page.getByRole('main').getByRole('link', { name: 'Tokens', exact: true }).click();
  await expect(tokens.ready(page)).toBeVisible({ timeout: 30_000 });
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${project.path.replace('?', '\\?')}$`));
  await expect(project.ready(page)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /Icons/ })).toBeVisible();
});
