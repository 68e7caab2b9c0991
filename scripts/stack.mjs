// The production build served by `vite preview` next to the emulator, for scripts that drive a real
// Chromium against it (screenshots, scroll measurements). Ports come from e2e-env.mjs, so callers
// set TOKENPORT_E2E_PORT_OFFSET before importing this module.
import { spawn, spawnSync } from 'node:child_process';
import { E2E_ENV, E2E_PORTS } from './e2e-env.mjs';

const CONTROL = `http://localhost:${E2E_PORTS.appwrite}/__emulator`;

export function buildApp(dist) {
  console.log('▶ vite build →', dist);
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      dist,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { stdio: 'inherit', env: { ...process.env, ...E2E_ENV } },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function startServer(command, commandArgs, readyUrl) {
  const child = spawn(command, commandArgs, {
    stdio: 'ignore',
    env: { ...process.env, ...E2E_ENV },
  });
  const ready = (async () => {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      try {
        if ((await fetch(readyUrl)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${readyUrl} did not answer`);
  })();
  return { child, ready };
}

/** Emulator plus preview server; `ready` resolves once both answer and the emulator is reset. */
export function startStack(dist) {
  const app = `http://localhost:${E2E_PORTS.app}`;
  const emulator = startServer(
    process.execPath,
    ['--import', 'tsx', 'test/emulator/cli.ts'],
    `${CONTROL}/stats`,
  );
  const preview = startServer(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      dist,
      '--port',
      String(E2E_PORTS.app),
      '--strictPort',
      '--host',
      'localhost',
    ],
    app,
  );
  const ready = Promise.all([emulator.ready, preview.ready]).then(() =>
    fetch(`${CONTROL}/reset`, { method: 'POST' }),
  );
  return {
    ready,
    stop() {
      emulator.child.kill();
      preview.child.kill();
    },
  };
}

/** Through the emulator's consent page, as a user would. */
export async function signIn(page, app, user) {
  await page.goto(`${app}/`);
  await page.getByRole('button', { name: 'Sign in with Figma' }).click();
  await page.locator(`input[type=radio][value="${user}"]`).check();
  await page.getByRole('button', { name: 'Allow access' }).click();
  await page.getByRole('heading', { name: 'Your Figma files' }).waitFor();
}
