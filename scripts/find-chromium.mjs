// Playwright's own browser download cannot run here, so e2e uses a Chromium found in this order:
// CHROMIUM_PATH, a system Chromium on the PATH, then the build shipped inside the
// @sparticuz/chromium npm package (unpacked on first use), so a fresh machine needs nothing else.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

function onPath(name) {
  try {
    return execFileSync('which', [name], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

async function npmShipped() {
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return await chromium.executablePath();
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * @returns {Promise<{ path: string, source: 'CHROMIUM_PATH' | 'system' | 'npm' } | { error: string }>}
 *   `TOKENPORT_CHROMIUM=npm` skips the system browser, to prove the npm-shipped one works.
 */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { path: fromEnv, source: 'CHROMIUM_PATH' }
      : {
          error: `CHROMIUM_PATH points at ${fromEnv}, which does not exist: unset it or fix the path.`,
        };
  }
  if (process.env.TOKENPORT_CHROMIUM !== 'npm') {
    for (const name of SYSTEM_NAMES) {
      const path = onPath(name);
      if (path) return { path, source: 'system' };
    }
  }
  const shipped = await npmShipped();
  if (typeof shipped === 'string' && existsSync(shipped)) return { path: shipped, source: 'npm' };
  return {
    error:
      'No Chromium for the end-to-end tests: run `npm install` (it ships one in @sparticuz/chromium), ' +
      'or `apt-get install chromium`, or set CHROMIUM_PATH' +
      (shipped?.error ? ` (the npm-shipped build failed: ${shipped.error})` : '.'),
  };
}
