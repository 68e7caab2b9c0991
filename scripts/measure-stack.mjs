// What `npm run lighthouse` and `npm run page-profile` share: a production build served by
// `vite preview` against the emulator, and a signed-in browser with an empty Figma cache.
import { spawn, spawnSync } from 'node:child_process';
import { E2E_ENV, E2E_PORTS } from './e2e-env.mjs';

export const LARGE_FILE = 'LARGEvars000000000000005';
export const appUrl = `http://localhost:${E2E_PORTS.app}`;
const env = { ...process.env, ...E2E_ENV };

/** Builds the app into `outDir`; exits the process if the build fails. */
export function build(outDir, extraArgs = []) {
  const vite = ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir'];
  const result = spawnSync(process.execPath, [...vite, '--logLevel', 'warn', ...extraArgs], {
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function until(url) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const up = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

/** The emulator and `vite preview` of `outDir`, up; `stop()` ends both. */
export async function startStack(outDir) {
  const start = (args) => spawn(process.execPath, args, { stdio: 'ignore', env });
  const emulator = start(['--import', 'tsx', 'test/emulator/cli.ts']);
  const preview = start([
    ...['node_modules/vite/bin/vite.js', 'preview', '--outDir', outDir],
    ...['--port', String(E2E_PORTS.app), '--strictPort', '--host', 'localhost'],
  ]);
  const stop = () => {
    emulator.kill();
    preview.kill();
  };
  try {
    await until(`http://localhost:${E2E_PORTS.appwrite}/__emulator/stats`);
    await until(appUrl);
  } catch (error) {
    stop();
    throw error;
  }
  return { stop };
}

/** Signs in as the emulator's `ada` in `page`. */
export async function signIn(page) {
  await page.goto(`${appUrl}/`);
  await page.getByRole('button', { name: 'Sign in with Figma' }).click();
  await page.locator('input[type=radio][value="ada"]').check();
  await page.getByRole('button', { name: 'Allow access' }).click();
  await page.getByRole('link', { name: 'Import JSON' }).waitFor();
}

/** Each measurement starts from an empty Figma cache, as a first visit would. */
export async function forgetCache(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = globalThis.indexedDB.deleteDatabase('tokenport-cache');
        request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
      }),
  );
}
