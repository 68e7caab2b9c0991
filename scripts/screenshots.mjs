#!/usr/bin/env node
// `npm run screenshots`: build the app against the emulator, sign in through the consent page with
// a real Chromium and capture every page type in light and dark at desktop and phone sizes, so
// anyone can look before merging. Output goes to `.screenshots/` (ignored by git).
//
//   npm run screenshots                  # build, then capture everything
//   npm run screenshots -- --no-build    # reuse the last build in .screenshots/dist
//   npm run screenshots -- --only=tokens # capture the pages whose name contains "tokens"
//   npm run screenshots -- --variant=phone-dark   # one size/theme only
//
// Ports follow TOKENPORT_E2E_PORT_OFFSET (plus 50, so a screenshot run and an e2e run of the same
// checkout do not collide).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { openToolStack } from './tool-stack.mjs';

const { APP, buildApp, signIn, startStack } = await openToolStack(50);

const OUT = '.screenshots';
const DIST = join(OUT, 'dist');
const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const variantFilter = args.find((arg) => arg.startsWith('--variant='))?.slice('--variant='.length);

const ACME_TEAM = '1100000000000000001';
const DS_FILE = 'DSYSacme0000000000000001';

/** Every page type; `ready` is text that is on screen once the page has its data. */
const PAGES = [
  { name: 'home', path: '/', ready: 'Your Figma files' },
  { name: 'team', path: `/teams/${ACME_TEAM}`, ready: 'Design System' },
  { name: 'project', path: `/projects/2200000000000000001?team=${ACME_TEAM}`, ready: 'Icons' },
  { name: 'project-large', path: `/projects/2200000000000000003?team=${ACME_TEAM}`, ready: '#1' },
  { name: 'folder', path: '/folders/3300000000000000002', ready: 'Experiments' },
  { name: 'file-overview', path: `/files/${DS_FILE}`, ready: 'Export tokens' },
  { name: 'file-board', path: '/files/BOARDresearch00000000007', ready: 'Research board' },
  { name: 'file-variables', path: `/files/${DS_FILE}/variables`, ready: 'Primitives' },
  { name: 'file-styles', path: `/files/${DS_FILE}/styles`, ready: 'Styles' },
  { name: 'file-tokens', path: `/files/${DS_FILE}/tokens`, ready: 'Download' },
  { name: 'file-sync', path: `/files/${DS_FILE}/sync`, ready: 'Write tokens back to Figma' },
  { name: 'import', path: '/import', ready: 'Import' },
  { name: 'not-found', path: '/no/such/page', ready: 'Page not found' },
];

const VARIANTS = [
  { name: 'desktop-light', viewport: { width: 1280, height: 800 }, theme: 'light' },
  { name: 'desktop-dark', viewport: { width: 1280, height: 800 }, theme: 'dark' },
  { name: 'phone-light', viewport: { width: 390, height: 844 }, theme: 'light' },
  { name: 'phone-dark', viewport: { width: 390, height: 844 }, theme: 'dark' },
];

async function capture(browser, variant) {
  const context = await browser.newContext({
    viewport: variant.viewport,
    colorScheme: variant.theme,
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  const dir = join(OUT, variant.name);
  mkdirSync(dir, { recursive: true });
  if (!only || 'sign-in'.includes(only)) {
    await page.goto(`${APP}/sign-in`);
    await page.getByRole('button', { name: 'Sign in with Figma' }).waitFor();
    await page.screenshot({ path: join(dir, 'sign-in.png'), fullPage: true });
    await page.getByRole('button', { name: 'Sign in with Figma' }).click();
    await page.getByRole('button', { name: 'Allow access' }).waitFor();
    await page.screenshot({ path: join(dir, 'consent.png'), fullPage: true });
  }
  await signIn(page, APP, 'ada');
  for (const target of PAGES) {
    if (only && !target.name.includes(only)) continue;
    await page.goto(`${APP}${target.path}`);
    await page.locator('main').getByText(target.ready).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(dir, `${target.name}.png`), fullPage: true });
    console.log(`  ${variant.name}/${target.name}.png`);
  }
  await context.close();
}

const found = await findChromium();
if ('error' in found) {
  console.error(found.error);
  process.exit(1);
}
const executablePath = found.path;
if (!args.includes('--no-build')) buildApp(DIST);
for (const variant of VARIANTS) {
  if (!only && (!variantFilter || variant.name.includes(variantFilter)))
    rmSync(join(OUT, variant.name), { recursive: true, force: true });
}

const stack = startStack(DIST);
let failed = false;
try {
  await stack.ready;
  // The demo team is saved in ada's account prefs once, through the real API, as a user would.
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const setup = await browser.newPage();
  setup.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  setup.on('console', (message) => {
    if (message.type() === 'error') console.error(`  console: ${message.text()}`);
  });
  await signIn(setup, APP, 'ada');
  await setup
    .getByRole('textbox', { name: /team/i })
    .fill(`https://www.figma.com/files/team/${ACME_TEAM}/Acme-Design`);
  await setup.getByRole('button', { name: /add team/i }).click();
  await setup
    .getByRole('link', { name: /Acme Design/ })
    .first()
    .waitFor();
  await setup.close();
  for (const variant of VARIANTS) {
    if (!variantFilter || variant.name.includes(variantFilter)) await capture(browser, variant);
  }
  await browser.close();
  console.log(`\nScreenshots in ${OUT}/`);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  stack.stop();
}
process.exit(failed ? 1 : 0);
