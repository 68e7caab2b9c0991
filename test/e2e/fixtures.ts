/**
 * Page objects and the emulator's control API for the end-to-end specs. Every test starts from a
 * reset emulator, fails on any Content-Security-Policy violation, and can run axe on the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test as base } from '@playwright/test';
import type { Page } from '@playwright/test';
import { E2E_PORTS } from '../../scripts/e2e-env.mjs';

const CONTROL = `http://localhost:${E2E_PORTS.appwrite}/__emulator`;
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export const ACME_TEAM_ID = '1100000000000000001';
export const DESIGN_SYSTEM_FILE = 'DSYSacme0000000000000001';

export type DemoUser = 'ada' | 'grace' | 'linus';

async function control(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${CONTROL}/${path}`, {
    method: body === undefined && path === 'stats' ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined && path === 'stats' ? undefined : JSON.stringify(body ?? {}),
  });
  if (!response.ok) throw new Error(`emulator ${path}: HTTP ${response.status}`);
  return response.headers.get('content-type')?.includes('json') ? response.json() : undefined;
}

export const emulator = {
  reset: () => control('reset'),
  stats: async () => ((await control('stats')) as { requests: Record<string, number> }).requests,
  expireTokens: (user?: DemoUser) => control('tokens/expire', user ? { user } : {}),
  revokeTokens: (user?: DemoUser) => control('tokens/revoke', user ? { user } : {}),
  fault: (fault: {
    route: string;
    count: number;
    status?: number;
    headers?: Record<string, string>;
    body?: unknown;
    delayMs?: number;
    /** Handle the request but hold its answer until the app gives up, `releaseHeld`, or a reset. */
    hang?: boolean;
  }) => control('faults', fault),
  /** The answers `hang` faults hold arrive now, as a slow network would deliver them. */
  releaseHeld: () => control('faults/release'),
  /** Emulator settings such as `tokenLifetimeSeconds` (reset by `reset`). */
  config: (patch: Record<string, unknown>) => control('config', patch),
};

export function count(requests: Record<string, number>, key: string): number {
  return requests[key] ?? 0;
}

/** Figma requests only (the emulator's Figma routes), for request-economy checks. */
export function figmaRequestTotal(requests: Record<string, number>): number {
  return Object.entries(requests)
    .filter(([key]) => /^(GET|POST) \/v[12]\/(?!account)/.test(key) && !key.includes('/oauth/'))
    .reduce((sum, [, n]) => sum + n, 0);
}

/** Keys this browser holds in the persisted Figma cache. */
export function persistedFigmaCacheKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('tokenport-cache');
        open.onerror = () => reject(new Error('cannot open the cache'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('queries')) return resolve([]);
          const request = db.transaction('queries').objectStore('queries').getAllKeys();
          request.onsuccess = () => resolve(request.result.map(String));
        };
      }),
  );
}

export async function expectNoSeriousA11yViolations(page: Page) {
  // page.evaluate runs through the DevTools protocol, so the app's strict CSP stays on.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target) }));
  });
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

export class SignInFlow {
  constructor(private readonly page: Page) {}

  async start() {
    await this.page.getByRole('button', { name: 'Sign in with Figma' }).click();
    await expect(this.page.getByRole('button', { name: 'Allow access' })).toBeVisible();
  }

  async chooseUser(user: DemoUser) {
    await this.page.locator(`input[type=radio][value="${user}"]`).check();
  }

  async allow(user: DemoUser = 'ada') {
    await this.start();
    await this.chooseUser(user);
    await this.page.getByRole('button', { name: 'Allow access' }).click();
  }

  async deny() {
    await this.start();
    await this.page.getByRole('button', { name: 'Deny' }).click();
  }
}

type Fixtures = {
  signIn: (user?: DemoUser, path?: string) => Promise<void>;
  cspViolations: string[];
  freshEmulator: void;
};

export const test = base.extend<Fixtures>({
  freshEmulator: [
    async ({}, use) => {
      await emulator.reset();
      await use();
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  signIn: async ({ page }, use) => {
    await use(async (user: DemoUser = 'ada', path = '/') => {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'Sign in to Tokenport' })).toBeVisible();
      await new SignInFlow(page).allow(user);
      await expect(page).toHaveURL(new RegExp(`${path.replace(/[/?]/g, '\\$&')}$`));
      // The landing page's Figma requests must be over before a test arms a fault or expires a
      // token: a request still in flight would meet it, and a navigation would cut its answer off.
      await expect(page.locator('main#main')).toBeVisible();
      await expect(page.locator('main#main')).not.toHaveAttribute('data-busy');
    });
  },
});

export { expect };
