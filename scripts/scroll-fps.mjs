#!/usr/bin/env node
// Scroll smoothness of the 1,500-file project list (issue 11, item 6): builds the app against the
// emulator, signs in with a real Chromium, flings the list from top to bottom and prints the
// requestAnimationFrame rate during the fling and how many thumbnails were requested meanwhile.
//
//   node scripts/scroll-fps.mjs               # build, then measure
//   node scripts/scroll-fps.mjs --no-build    # reuse the last build in .scroll-fps/dist
//   node scripts/scroll-fps.mjs --runs=5      # more flings (the median is reported too)
//
// Ports follow TOKENPORT_E2E_PORT_OFFSET (plus 60, clear of e2e and screenshot runs).
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { openToolStack } from './tool-stack.mjs';

const { APP, buildApp, signIn, startStack } = await openToolStack(60);

const DIST = '.scroll-fps/dist';
const args = process.argv.slice(2);
const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
const LARGE_PROJECT = '/projects/2200000000000000003?team=1100000000000000001';
/** 40,000 px in two seconds: about 600 rows of the 1,500, far faster than reading speed. */
const FLING_PX = 40_000;
const FLING_PX_PER_S = 20_000;
const THUMBNAIL = /\/thumbnail\.svg$/;

/* global document, window, requestAnimationFrame -- these run in the page */
/** Counts animation frames until `window.__stopFrames()` is called. */
function startFrameCounter() {
  let frames = 0;
  let longest = 0;
  let previous;
  let running = true;
  let endedAt;
  const start = performance.now();
  const box = document.querySelector('.file-list__scroll');
  box.addEventListener('scrollend', () => (endedAt ??= performance.now()));
  function frame(now) {
    if (!running) return;
    frames += 1;
    if (previous !== undefined) longest = Math.max(longest, now - previous);
    previous = now;
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
  window.__stopFrames = () => {
    running = false;
    const seconds = (performance.now() - start) / 1000;
    const thumbnails = performance
      .getEntriesByType('resource')
      .filter((entry) => /\/thumbnail\.svg$/.test(new URL(entry.name).pathname));
    const during = thumbnails.filter(
      (entry) => entry.startTime >= start && entry.startTime < (endedAt ?? Infinity),
    );
    return { fps: frames / seconds, longestFrameMs: longest, seconds, during: during.length };
  };
}

/**
 * A fling as the browser sees one: a synthetic wheel gesture through the compositor (CDP
 * `Input.synthesizeScrollGesture`), so `scroll` events stream and `scrollend` fires once, at the end.
 */
async function fling(page) {
  const box = await page.locator('.file-list__scroll').boundingBox();
  if (!box) throw new Error('no file list');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await mainThreadWork(cdp);
  await cdp.send('Input.synthesizeScrollGesture', {
    x: Math.round(box.x + box.width / 2),
    y: Math.round(box.y + box.height / 2),
    yDistance: -FLING_PX,
    speed: FLING_PX_PER_S,
    gestureSourceType: 'mouse',
  });
  const after = await mainThreadWork(cdp);
  await cdp.detach();
  return Object.fromEntries(Object.entries(after).map(([name, ms]) => [name, ms - before[name]]));
}

/**
 * The renderer's main-thread time by kind (CDP Performance metrics, in ms). On a shared machine the
 * frame rate moves with the load; the work a fling costs the page moves much less.
 */
async function mainThreadWork(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name) => 1000 * (metrics.find((metric) => metric.name === name)?.value ?? 0);
  return {
    script: ms('ScriptDuration'),
    style: ms('RecalcStyleDuration'),
    layout: ms('LayoutDuration'),
  };
}

async function measure(page) {
  await page.goto(`${APP}${LARGE_PROJECT}`);
  await page.locator('.file-list__row').first().waitFor();
  await page.waitForLoadState('networkidle');
  let thumbnails = 0;
  const count = (request) => {
    if (THUMBNAIL.test(new URL(request.url()).pathname)) thumbnails += 1;
  };
  page.on('request', count);
  await page.evaluate(startFrameCounter);
  const work = await fling(page);
  const result = await page.evaluate(() => window.__stopFrames());
  page.off('request', count);
  const scrolled = await page.locator('.file-list__scroll').evaluate((el) => el.scrollTop);
  return { ...result, thumbnails, scrolled, work };
}

const found = await findChromium();
if ('error' in found) {
  console.error(found.error);
  process.exit(1);
}
if (!args.includes('--no-build')) buildApp(DIST);
const stack = startStack(DIST);
let failed = false;
try {
  await stack.ready;
  const browser = await chromium.launch({
    executablePath: found.path,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const results = [];
  for (let run = 1; run <= runs; run += 1) {
    // A fresh context each time: no thumbnail comes from the previous fling's HTTP cache.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, APP, 'ada');
    const result = await measure(page);
    await context.close();
    results.push(result);
    console.log(
      `fling ${run}: ${result.fps.toFixed(1)} fps, longest frame ${result.longestFrameMs.toFixed(0)} ms, ` +
        `${result.during} thumbnail requests during the fling, ${result.thumbnails} in all ` +
        `(${Math.round(result.scrolled)} px in ${result.seconds.toFixed(1)} s); main thread: ` +
        `script ${result.work.script.toFixed(0)} ms, style ${result.work.style.toFixed(0)} ms, ` +
        `layout ${result.work.layout.toFixed(0)} ms`,
    );
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    `median: ${median(results.map((r) => r.fps)).toFixed(1)} fps, ` +
      `${median(results.map((r) => r.during))} thumbnail requests during a fling, ` +
      `main-thread script ${median(results.map((r) => r.work.script)).toFixed(0)} ms per fling`,
  );
  await browser.close();
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  stack.stop();
}
process.exit(failed ? 1 : 0);
