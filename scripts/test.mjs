#!/usr/bin/env node
// `npm test`: find the browser first (so a missing one fails in a second, not after the other
// suites), then lint, typecheck, Vitest and Playwright, stopping at the first failure. The closing
// totals line is printed only when every suite ran; a suite that did not run, or a skipped test,
// fails the run and is named.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const out = 'test-results/summary';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const node = process.execPath;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

function stop(reason) {
  console.log(
    `\nnpm test FAILED: ${reason}\n(so far ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped)`,
  );
  process.exit(1);
}

const chromium = await findChromium();
if ('error' in chromium) stop(`end-to-end tests cannot run. ${chromium.error}`);
console.log(`Chromium for e2e: ${chromium.path} (${chromium.source})`);

if (run('lint', node, ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings=0']) !== 0)
  stop('lint reported problems (above).');
if (run('typecheck', node, ['node_modules/typescript/bin/tsc', '-b', '--noEmit']) !== 0)
  stop('typecheck reported errors (above).');

const unitCode = run('unit, component, contract and integration tests (Vitest)', node, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}/vitest.json`,
]);
const unit = readJson(`${out}/vitest.json`);
if (!unit) stop('Vitest wrote no results: the unit suite did not run.');
totals.passed += unit.numPassedTests;
totals.failed += unit.numFailedTests;
totals.skipped += unit.numPendingTests + unit.numTodoTests;
if (unitCode !== 0 || unit.numFailedTestSuites > 0)
  stop(`Vitest failed (${unit.numFailedTests} tests, ${unit.numFailedTestSuites} suites).`);

const e2eCode = run(
  'end-to-end tests (Playwright)',
  node,
  ['scripts/e2e.mjs', '--reporter=list,json'],
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json`,
    CHROMIUM_PATH: chromium.path,
  },
);
const e2e = readJson(`${out}/playwright.json`);
if (!e2e) stop('Playwright wrote no results: the end-to-end suite did not run.');
totals.passed += e2e.stats.expected;
totals.failed += e2e.stats.unexpected + e2e.stats.flaky;
totals.skipped += e2e.stats.skipped;
if (e2e.errors?.length) stop(`Playwright reported ${e2e.errors.length} error(s) outside tests.`);
if (e2eCode !== 0 || e2e.stats.unexpected > 0) stop('end-to-end tests failed.');
if (e2e.stats.expected === 0) stop('Playwright ran no test.');
if (totals.skipped > 0)
  stop(`${totals.skipped} test(s) were skipped: a test that does not run is a failure here.`);

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
