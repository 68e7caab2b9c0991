#!/usr/bin/env node
// `npm run test:e2e`: build the app against the e2e emulator ports (with the production CSP), then
// let Playwright start the emulator + `vite preview` and drive a real Chromium.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';
import { E2E_ENV, E2E_TOKEN_FLOW_ENV } from './e2e-env.mjs';

const chromium = await findChromium();
if ('error' in chromium) {
  console.error(chromium.error);
  process.exit(1);
}

function step(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step(
  'vite build (e2e configuration)',
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--outDir', 'dist-e2e', '--emptyOutDir'],
  E2E_ENV,
);
step(
  'vite build (token-flow configuration)',
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'build',
    '--outDir',
    'dist-e2e-token',
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ],
  E2E_TOKEN_FLOW_ENV,
);
step(
  'playwright test',
  process.execPath,
  ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)],
  {
    ...E2E_ENV,
    CHROMIUM_PATH: chromium.path,
  },
);
