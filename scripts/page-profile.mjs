#!/usr/bin/env node
// A CPU profile of one page load (production build, unminified, 4× CPU slowdown as Lighthouse's
// mobile preset simulates), summed per function by bench/profile-summary.mjs, plus the page's own
// long tasks: `node scripts/page-profile.mjs [variables|tokens]`. For finding what blocks the main
// thread behind `npm run lighthouse`'s TBT; numbers, not a test.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { E2E_ENV, E2E_PORTS } from './e2e-env.mjs';

const tab = process.argv[2] ?? 'variables';
const OUT_DIR = 'node_modules/.cache/tokenport-page-profile';
const appUrl = `http://localhost:${E2E_PORTS.app}`;
const env = { ...process.env, ...E2E_ENV };

const start = (args) => spawn(process.execPath, args, { stdio: 'ignore', env });
async function until(url) {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

const built = spawnSync(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'build',
    '--outDir',
    OUT_DIR,
    '--emptyOutDir',
    '--minify',
    'false',
    '--logLevel',
    'warn',
  ],
  { stdio: 'inherit', env },
);
if (built.status !== 0) process.exit(built.status ?? 1);
const emulator = start(['--import', 'tsx', 'test/emulator/cli.ts']);
const preview = start([
  'node_modules/vite/bin/vite.js',
  'preview',
  '--outDir',
  OUT_DIR,
  '--port',
  String(E2E_PORTS.app),
  '--strictPort',
  '--host',
  'localhost',
]);
const profileDir = mkdtempSync(path.join(tmpdir(), 'tokenport-page-profile-'));
try {
  await until(`http://localhost:${E2E_PORTS.appwrite}/__emulator/stats`);
  await until(appUrl);
  const found = await findChromium();
  if ('error' in found) throw new Error(found.error);
  const browser = await chromium.launch({ executablePath: found.path, headless: true });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${appUrl}/`);
  await page.getByRole('button', { name: 'Sign in with Figma' }).click();
  await page.locator('input[type=radio][value="ada"]').check();
  await page.getByRole('button', { name: 'Allow access' }).click();
  await page.getByRole('link', { name: 'Import JSON' }).waitFor();
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = globalThis.indexedDB.deleteDatabase('tokenport-cache');
        request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
      }),
  );
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.addInitScript(() => {
    globalThis.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        globalThis.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'blink.user_timing',
      'toplevel',
    ],
  });
  await page.goto(`${appUrl}/files/LARGEvars000000000000005/${tab}`);
  const ready =
    tab === 'variables'
      ? page.getByRole('row').nth(5)
      : page.getByRole('button', { name: /download/i }).first();
  await ready.waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !globalThis.document.querySelector('[data-busy="true"]'), null, {
    timeout: 120_000,
  });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(path.join(OUT_DIR, `${tab}.trace.json`), await browser.stopTracing());
  const file = path.join(OUT_DIR, `${tab}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const tasks = await page.evaluate(() => globalThis.__longTasks);
  const tbt = tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
  console.log(`long tasks (start, ms): ${tasks.map(([s, d]) => `${s}:${d}`).join(' ')}`);
  console.log(`blocking time over 50 ms (4× slowdown, observed): ${tbt} ms`);
  await browser.close();
  spawnSync(process.execPath, ['bench/profile-summary.mjs', file], {
    stdio: 'inherit',
    env: { ...process.env, PROFILE_ROWS: '45' },
  });
} finally {
  emulator.kill();
  preview.kill();
  rmSync(profileDir, { recursive: true, force: true });
}
