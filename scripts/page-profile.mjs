#!/usr/bin/env node
// A CPU profile of one page load (production build, unminified, 4× CPU slowdown as Lighthouse's
// mobile preset simulates), summed per function by bench/profile-summary.mjs, plus the page's own
// long tasks: `npm run page-profile -- [variables|tokens]`. For finding what blocks the main
// thread behind `npm run lighthouse`'s TBT; numbers, not a test. The profile and a Chromium trace
// are left in node_modules/.cache/tokenport-page-profile/ for a closer look.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { appUrl, build, forgetCache, LARGE_FILE, signIn, startStack } from './measure-stack.mjs';

const tab = process.argv[2] ?? 'variables';
if (tab !== 'variables' && tab !== 'tokens') throw new Error('Say which tab: variables or tokens.');
// Under node_modules/.cache: ignored by git, lint and the dev server's watcher.
const OUT_DIR = 'node_modules/.cache/tokenport-page-profile';

// Unminified, so the profile names functions as the source does.
build(OUT_DIR, ['--minify', 'false']);
const stack = await startStack(OUT_DIR);
try {
  const found = await findChromium();
  if ('error' in found) throw new Error(found.error);
  const browser = await chromium.launch({ executablePath: found.path, headless: true });
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  await forgetCache(page);
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
  await page.goto(`${appUrl}/files/${LARGE_FILE}/${tab}`);
  const ready =
    tab === 'variables'
      ? page.getByRole('row').nth(5)
      : page.getByRole('button', { name: /download/i }).first();
  await ready.waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !globalThis.document.querySelector('[data-busy="true"]'), null, {
    timeout: 120_000,
  });
  // Settled is not the end: the cache save and the last slices of the model come after it.
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
  stack.stop();
}
