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
  projects: [
    { name: 'same-site', testIgnore: /cross-site\.spec\.ts$/ },
    {
      // The app on 127.0.0.1, Appwrite on localhost: two sites, as most deployments are. The
      // browser blocks third-party cookies, as Safari, Firefox and Brave do by default.
      name: 'cross-site',
      testMatch: /cross-site\.spec\.ts$/,
      use: {
        baseURL: `http://127.0.0.1:${E2E_PORTS.crossSiteApp}`,
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH,
          args: [...chromiumArgs, '--test-third-party-cookie-phaseout'],
        },
      },
    },
  ],
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
    {
      command: `node node_modules/vite/bin/vite.js preview --outDir dist-e2e --port ${E2E_PORTS.crossSiteApp} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${E2E_PORTS.crossSiteApp}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node node_modules/vite/bin/vite.js preview --outDir dist-e2e-token --port ${E2E_PORTS.crossSiteTokenFlowApp} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${E2E_PORTS.crossSiteTokenFlowApp}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
