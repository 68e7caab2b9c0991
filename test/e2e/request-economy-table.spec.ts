/**
 * The request-economy table of issue 10: every page type × every way of arriving at it, with the
 * Figma calls per rate-limit tier each costs, read from the emulator's `/__emulator/stats`. Each
 * row asserts the budget rules; the whole table is written to
 * test-results/request-economy.md (and printed) for the closing note.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { E2E_PORTS } from '../../scripts/e2e-env.mjs';
import { DESIGN_SYSTEM_FILE, expect, test } from './fixtures';
import { AppShellPage } from './pages/app-shell';
import { PAGE_TYPES } from './pages/catalog';
import type { PageType } from './pages/catalog';

const CONTROL = `http://localhost:${E2E_PORTS.appwrite}/__emulator`;
const TABLE_PATH = 'test-results/request-economy.md';
const FILE_CALLS = 'GET /v1/files/:key';
const IMAGE_CALLS = 'GET /v1/images/:key';
const TIERS = ['1', '2', '3'] as const;

const MEASURED = [
  'home',
  'team',
  'project',
  'folder',
  'file overview',
  'variables',
  'styles',
  'tokens',
] as const;
const VISITS = ['first visit', 'in-app revisit', 'reload', 'new tab', 'after change'] as const;
type Visit = (typeof VISITS)[number];

interface Stats {
  requests: Record<string, number>;
  tiers: Record<(typeof TIERS)[number], number>;
}

/** What one visit cost: calls per tier, and the two Tier-1 routes the after-change rule names. */
interface Cost {
  tiers: Record<(typeof TIERS)[number], number>;
  files: number;
  images: number;
}

async function stats(): Promise<Stats> {
  const response = await fetch(`${CONTROL}/stats`);
  return (await response.json()) as Stats;
}

function costBetween(before: Stats, after: Stats): Cost {
  const routeDelta = (key: string) => (after.requests[key] ?? 0) - (before.requests[key] ?? 0);
  return {
    tiers: {
      '1': after.tiers['1'] - before.tiers['1'],
      '2': after.tiers['2'] - before.tiers['2'],
      '3': after.tiers['3'] - before.tiers['3'],
    },
    files: routeDelta(FILE_CALLS),
    images: routeDelta(IMAGE_CALLS),
  };
}

/**
 * The page shows and its Figma data has settled: `data-busy` leaves the page region once nothing
 * is loading or revalidating (set from the first render, so a revalidation that starts after the
 * cached page shows is waited for too).
 */
async function settled(pageType: PageType, page: Page) {
  await expect(pageType.ready(page)).toBeVisible();
  await expect(page.locator('main#main')).not.toHaveAttribute('data-busy');
  await page.waitForLoadState('networkidle');
}

/** Runs `visit` and returns the Figma calls it caused once the page has settled. */
async function measure(pageType: PageType, visit: () => Promise<Page>): Promise<Cost> {
  const before = await stats();
  const page = await visit();
  await settled(pageType, page);
  return costBetween(before, await stats());
}

async function touch(fileKey: string) {
  const response = await fetch(`${CONTROL}/files/${fileKey}/touch`, { method: 'POST' });
  expect(response.ok).toBe(true);
}

type Tiers = Cost['tiers'];
const NOTHING: Tiers = { '1': 0, '2': 0, '3': 0 };

/**
 * Exact costs where a page's economy was designed, not just bounded. The team page's first visit
 * is the projects list and the folders list, plus each project card's file list (the acme team's
 * three projects are all in view): the cards show file counts and thumbnails, and it is the same
 * cached answer the project page reads, so opening a project afterwards costs nothing. Every later
 * visit reads the persisted cache.
 */
const EXACT: Partial<Record<(typeof MEASURED)[number], Partial<Record<Visit, Tiers>>>> = {
  team: {
    'first visit': { '1': 0, '2': 5, '3': 0 },
    'in-app revisit': NOTHING,
    reload: NOTHING,
    'new tab': NOTHING,
  },
};

const IMPORT_PAGE = PAGE_TYPES.find((candidate) => candidate.name === 'import') as PageType;
const rows = new Map<string, Record<Visit, Cost>>();

const cell = ({ tiers }: Cost) => TIERS.map((tier) => tiers[tier]).join(' / ');

function markdownTable(): string {
  const header = `| Page | ${VISITS.join(' | ')} |`;
  const rule = `|${' --- |'.repeat(VISITS.length + 1)}`;
  const body = MEASURED.filter((name) => rows.has(name)).map((name) => {
    const row = rows.get(name) as Record<Visit, Cost>;
    return `| ${name} | ${VISITS.map((visit) => cell(row[visit])).join(' | ')} |`;
  });
  return [
    '# Figma calls per page view (Tier 1 / Tier 2 / Tier 3)',
    '',
    'Measured through the emulator’s `/__emulator/stats` by test/e2e/request-economy-table.spec.ts',
    `(user ada; "after change" is a reload after \`POST /__emulator/files/${DESIGN_SYSTEM_FILE}/touch\`).`,
    '',
    header,
    rule,
    ...body,
    '',
  ].join('\n');
}

test.afterAll(() => {
  if (rows.size === 0) return;
  const table = markdownTable();
  mkdirSync('test-results', { recursive: true });
  writeFileSync(TABLE_PATH, table);
  console.log(`\n${table}`);
});

for (const name of MEASURED) {
  const pageType = PAGE_TYPES.find((candidate) => candidate.name === name);
  if (!pageType) throw new Error(`no page type "${name}" in pages/catalog.ts`);

  test(`Figma calls of the ${name} page on every kind of visit`, async ({
    page,
    context,
    signIn,
  }) => {
    test.slow(); // six page loads and a second tab on a shared, loaded machine
    // Import makes no Figma call: every visit below starts from a signed-in, empty cache.
    await signIn('ada', '/import');
    const shell = new AppShellPage(page);

    const first = await measure(pageType, async () => {
      await page.goto(pageType.path);
      return page;
    });

    await shell.goTo('Import JSON');
    await settled(IMPORT_PAGE, page);
    const revisit = await measure(pageType, async () => {
      await page.goBack();
      return page;
    });

    const reload = await measure(pageType, async () => {
      await page.reload();
      return page;
    });

    const tab = await context.newPage();
    const newTab = await measure(pageType, async () => {
      await tab.goto(pageType.path);
      return tab;
    });
    await tab.close();

    await touch(DESIGN_SYSTEM_FILE);
    const afterChange = await measure(pageType, async () => {
      await page.reload();
      return page;
    });

    const row = {
      'first visit': first,
      'in-app revisit': revisit,
      reload,
      'new tab': newTab,
      'after change': afterChange,
    };
    rows.set(name, row);

    // Issue 10's budget rules, each with the measured row in its message.
    const seen = JSON.stringify(row);
    expect(revisit.tiers, `in-app revisit within staleness asks nothing: ${seen}`).toEqual({
      '1': 0,
      '2': 0,
      '3': 0,
    });
    expect(reload.tiers['1'], `reload of a seen, unchanged page: ${seen}`).toBe(0);
    expect(newTab.tiers['1'], `new tab on a seen, unchanged page: ${seen}`).toBe(0);
    expect(afterChange.files, `after a change, at most one file call: ${seen}`).toBeLessThanOrEqual(
      1,
    );
    expect(afterChange.images, `after a change, no images until asked: ${seen}`).toBe(0);
    const exact = EXACT[name];
    for (const visit of VISITS) {
      const expected = exact?.[visit];
      if (expected) expect(row[visit].tiers, `${name}, ${visit}: ${seen}`).toEqual(expected);
    }
  });
}
