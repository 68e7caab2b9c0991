import { defineConfig } from '@playwright/test';
import { E2E_PORTS } from './scripts/e2e-env.mjs';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  // One emulator holds shared state (rate limits, counters): tests run one at a time and reset it.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Upper bounds, not waits: every step waits on an observable condition, and a CI machine with a
  // CPU-heavy neighbour must not turn slowness into a failure.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${E2E_PORTS.app}`,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs },
  },
  webServer: [
    {
      command: 'node --import tsx test/emulator/cli.ts',
      url: `http://localhost:${E2E_PORTS.appwrite}/__emulator/stats`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
    },
    {
      command: `node node_modules/vite/bin/vite.js preview --outDir dist-e2e --port ${E2E_PORTS.app} --strictPort --host localhost`,
      url: `http://localhost:${E2E_PORTS.app}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `node node_modules/vite/bin/vite.js preview --outDir dist-e2e-token --port ${E2E_PORTS.tokenFlowApp} --strictPort --host localhost`,
      url: `http://localhost:${E2E_PORTS.tokenFlowApp}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
