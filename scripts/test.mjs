#!/usr/bin/env node
// `npm test`: lint, typecheck, Vitest (unit, component, contract, integration) and Playwright e2e,
// stopping at the first failure, then one closing line with the totals for humans and CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const out = 'test-results/summary';
mkdirSync(out, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

function finish(code) {
  console.log(
    `\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
  );
  process.exit(code);
}

const node = process.execPath;
if (run('lint', node, ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings=0']) !== 0)
  finish(1);
if (run('typecheck', node, ['node_modules/typescript/bin/tsc', '-b', '--noEmit']) !== 0) finish(1);

const unitCode = run('unit, component, contract and integration tests (Vitest)', node, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}/vitest.json`,
]);
const unit = readJson(`${out}/vitest.json`);
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (unitCode !== 0) finish(unitCode);

const e2eCode = run(
  'end-to-end tests (Playwright)',
  node,
  ['scripts/e2e.mjs', '--reporter=list,json'],
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json`,
  },
);
const e2e = readJson(`${out}/playwright.json`);
if (e2e) {
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
}
finish(e2eCode);
