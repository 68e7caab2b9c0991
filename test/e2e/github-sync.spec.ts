/**
 * Figma file → reviewed diff against the demo repository → one pull request, through the
 * emulator's GitHub subset. The emulator's stats are the oracle: one commit holding every changed
 * file, a PR body listing exactly the changed tokens, the same PR updated by the next sync, and
 * nothing written when nothing changed or when the base moved under the preview.
 */
import type { Page } from '@playwright/test';
import { E2E_PORTS } from '../../scripts/e2e-env.mjs';
import { designSystemVariables } from '../fixtures/figma/design-system-variables';
import { DEMO_FOLDER, readDemoRepoFiles } from '../fixtures/github-demo/build-demo-repo';
import { EARLIER_EDITS } from '../fixtures/github-demo/earlier-design-system';
import { convertVariables } from '../../src/tokens/convert';
import { buildFormat } from '../../src/tokens/formats';
import { DEMO_GITHUB_TOKENS } from '../emulator/github-state';
import { DESIGN_SYSTEM_FILE, expect, expectNoSeriousA11yViolations, test } from './fixtures';

const CONTROL = `http://localhost:${E2E_PORTS.github}/__emulator`;
const REPO = 'acme/design-tokens';

interface RepoStats {
  refs: Record<string, string>;
  pulls: {
    number: number;
    title: string;
    body: string;
    head: string;
    state: string;
    headSha: string;
  }[];
  commits: { sha: string; parents: string[]; files: { path: string; status: string }[] }[];
}
interface Stats {
  requests: Record<string, number>;
  repos: Record<string, RepoStats>;
}

async function github(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${CONTROL}/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`github emulator ${path}: HTTP ${response.status}`);
  return response.json();
}
const stats = async () => (await github('stats')) as Stats;
const writes = (requests: Record<string, number>) =>
  Object.entries(requests)
    .filter(([key]) => !key.startsWith('GET '))
    .reduce((n, [, c]) => n + c, 0);

/** Today's export of the demo file as the app builds it for the repository (DTCG + CSS). */
function currentRepositoryFiles(formats: ('dtcg' | 'css' | 'scss')[] = ['dtcg', 'css']) {
  const model = convertVariables(designSystemVariables(), { includeHidden: true });
  return Object.fromEntries(
    formats.flatMap((format) =>
      buildFormat(model, format, { modeSelector: 'data-attribute' }).map((f) => [
        `${DEMO_FOLDER}/${f.path}`,
        f.contents,
      ]),
    ),
  );
}

async function connect(page: Page, token: string = DEMO_GITHUB_TOKENS.write) {
  const panel = page.getByRole('region', { name: 'Code repository' });
  await panel.getByLabel('GitHub token', { exact: true }).fill(token);
  await panel.getByLabel('Repository', { exact: true }).fill(REPO);
  await panel.getByLabel('Base branch', { exact: true }).fill('main');
  await panel.getByLabel('Folder', { exact: true }).fill(DEMO_FOLDER);
  await panel.getByRole('button', { name: 'Connect repository' }).click();
  await expect(panel.getByText(`Compared with ${REPO} @ main`, { exact: false })).toBeVisible();
  return panel;
}

test.beforeEach(async () => {
  await github('reset', {});
});

test('connect the demo repository, review the diff, open one pull request, update it on the next sync', async ({
  page,
  signIn,
}) => {
  await signIn('ada', `/files/${DESIGN_SYSTEM_FILE}/tokens`);
  const panel = await connect(page);
  const counts = panel.getByRole('list', { name: 'Changes against the repository' });
  await expect(counts).toContainText('Added: 1');
  await expect(counts).toContainText('Removed: 1');
  await expect(counts).toContainText('Renamed: 1');
  await expect(counts).toContainText('Changed: 2');
  const table = panel.getByRole('table', { name: `Token changes against ${REPO}` });
  const hover = table.getByRole('row').filter({ hasText: 'semantic.color.accent.hover' });
  await expect(hover).toContainText('Dark');
  await expect(hover).toContainText('#93c5fd');
  await expect(hover).toContainText('#bfdbfe');
  await expect(table.getByRole('row').filter({ hasText: 'semantic.radius.button' })).toContainText(
    'semantic.radius.control',
  );
  await expectNoSeriousA11yViolations(page);
  const beforeSync = (await stats()).requests;
  expect(writes(beforeSync)).toBe(0);

  await panel.getByRole('button', { name: 'Open pull request' }).click();
  await expect(panel.getByText('Pull request #1 opened')).toBeVisible();
  const after = await stats();
  const repo = after.repos[REPO]!;
  // One commit holds every file whose content differs from the repository's.
  const earlier = readDemoRepoFiles();
  const changed = Object.entries(currentRepositoryFiles())
    .filter(([path, text]) => earlier[path] !== text)
    .map(([path]) => path)
    .sort();
  expect(changed.length).toBeGreaterThan(1);
  expect(repo.commits).toHaveLength(1);
  expect(repo.commits[0]!.files.map((f) => f.path)).toEqual(changed);
  expect(repo.commits[0]!.parents).toEqual([repo.refs.main]);
  // The body's table lists exactly the changed tokens.
  expect(repo.pulls).toHaveLength(1);
  const pull = repo.pulls[0]!;
  expect(pull.head).toMatch(/^tokenport\/acme-design-system-\d{4}-\d{2}-\d{2}$/);
  expect(tokenCells(pull.body)).toEqual(
    new Set([
      ...Object.keys(EARLIER_EDITS.changed),
      ...EARLIER_EDITS.added,
      ...EARLIER_EDITS.removed,
      ...EARLIER_EDITS.renamed.map(([from, to]) => `${from} → ${to}`),
    ]),
  );
  expect(pull.body).toContain(`https://www.figma.com/design/${DESIGN_SYSTEM_FILE}`);
  const syncRequests = diffCounts(after.requests, beforeSync);
  console.log('GitHub requests for the first sync (new PR):', JSON.stringify(syncRequests));
  expect(syncRequests['POST /repos/:owner/:repo/git/commits']).toBe(1);
  expect(syncRequests['POST /repos/:owner/:repo/git/refs']).toBe(1);
  expect(syncRequests['POST /repos/:owner/:repo/pulls']).toBe(1);

  // Second sync with one more format: a new commit on the same branch, the same pull request.
  await panel.getByRole('button', { name: 'Change', exact: true }).click();
  await panel.getByRole('checkbox', { name: 'SCSS' }).check();
  await panel.getByRole('button', { name: 'Connect repository' }).click();
  await expect(panel.getByRole('button', { name: 'Open pull request' })).toBeEnabled();
  const beforeSecond = (await stats()).requests;
  await panel.getByRole('button', { name: 'Open pull request' }).click();
  await expect(panel.getByText('Pull request #1 updated')).toBeVisible();
  const second = (await stats()).repos[REPO]!;
  expect(second.pulls).toHaveLength(1);
  expect(second.commits).toHaveLength(2);
  expect(second.commits[1]!.parents).toEqual([second.commits[0]!.sha]);
  expect(second.commits[1]!.files.map((f) => f.path)).toEqual(
    Object.keys(currentRepositoryFiles(['scss'])).sort(),
  );
  expect(second.pulls[0]!.headSha).toBe(second.commits[1]!.sha);
  console.log(
    'GitHub requests for the second sync (update):',
    JSON.stringify(diffCounts((await stats()).requests, beforeSecond)),
  );

  // Nothing new to write: no commit, the PR is named.
  await panel.getByRole('button', { name: 'Open pull request' }).click();
  await expect(panel.getByText('already holds exactly these files')).toBeVisible();
  expect((await stats()).repos[REPO]!.commits).toHaveLength(2);
  await expectNoSeriousA11yViolations(page);
});

test('an export the repository already holds opens nothing', async ({ page, signIn }) => {
  await github('push', {
    repo: REPO,
    branch: 'main',
    files: currentRepositoryFiles(),
    message: 'Synced',
  });
  await signIn('ada', `/files/${DESIGN_SYSTEM_FILE}/tokens`);
  const panel = await connect(page);
  await expect(panel.getByText('The repository matches this export')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Open pull request' })).toHaveCount(0);
  const { requests, repos } = await stats();
  expect(writes(requests)).toBe(0);
  expect(repos[REPO]!.pulls).toHaveLength(0);
});

test('a base that moved since the preview is recomputed, never overwritten', async ({
  page,
  signIn,
}) => {
  await signIn('ada', `/files/${DESIGN_SYSTEM_FILE}/tokens`);
  const panel = await connect(page);
  await expect(panel.getByRole('button', { name: 'Open pull request' })).toBeEnabled();
  const moved = (await github('push', {
    repo: REPO,
    branch: 'main',
    files: { [`${DEMO_FOLDER}/tokens.css`]: currentRepositoryFiles()[`${DEMO_FOLDER}/tokens.css`] },
    message: 'Someone synced the CSS by hand',
  })) as { sha: string };
  await panel.getByRole('button', { name: 'Open pull request' }).click();
  await expect(panel.getByText('main moved since the preview')).toBeVisible();
  expect(writes((await stats()).requests)).toBe(0);
  await expect(panel.getByText(`(${moved.sha.slice(0, 7)})`)).toBeVisible();
  await panel.getByRole('button', { name: 'Open pull request' }).click();
  await expect(panel.getByText('Pull request #1 opened')).toBeVisible();
  const repo = (await stats()).repos[REPO]!;
  expect(repo.commits[0]!.parents).toEqual([moved.sha]);
  expect(repo.commits[0]!.files.map((f) => f.path)).not.toContain(`${DEMO_FOLDER}/tokens.css`);
});

test('token files in the repository that are not valid DTCG: every value named where it is, then a retry once fixed', async ({
  page,
  signIn,
}) => {
  const path = `${DEMO_FOLDER}/tokens/density/compact.tokens.json`;
  const original = readDemoRepoFiles()[path]!;
  const draft = JSON.parse(original) as {
    density: { space: Record<string, { $value: unknown }> };
  };
  draft.density.space.inset!.$value = '4px';
  draft.density.space.stack!.$value = '8px';
  await github('push', {
    repo: REPO,
    branch: 'main',
    files: { [path]: JSON.stringify(draft, null, 2) },
    message: 'Spacing in the old draft form',
  });
  await signIn('ada', `/files/${DESIGN_SYSTEM_FILE}/tokens`);
  const panel = await connect(page);
  const problem = panel
    .getByRole('alert')
    .filter({ hasText: `The token files in ${REPO} could not be read` });
  await expect(problem).toContainText(
    `${path} at $.density.space.inset.$value: a dimension is an object {value, unit}: write {"value": 4, "unit": "px"}`,
  );
  await expect(problem.getByRole('listitem')).toHaveText([
    `${path} at $.density.space.stack.$value: a dimension is an object {value, unit}: write {"value": 8, "unit": "px"} for the pre-2025.10 string "8px" (rule: dimension)`,
  ]);
  await expect(panel.getByRole('button', { name: 'Open pull request' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await github('push', {
    repo: REPO,
    branch: 'main',
    files: { [path]: original },
    message: 'Spacing fixed',
  });
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(panel.getByRole('button', { name: 'Open pull request' })).toBeEnabled();
  expect(writes((await stats()).requests)).toBe(0);
});

test('GitHub failures are explained with a next step, and the choices stay', async ({
  page,
  signIn,
}) => {
  await signIn('ada', `/files/${DESIGN_SYSTEM_FILE}/tokens`);
  const panel = page.getByRole('region', { name: 'Code repository' });
  await panel.getByLabel('GitHub token', { exact: true }).fill(DEMO_GITHUB_TOKENS.otherRepos);
  await panel.getByLabel('Repository', { exact: true }).fill(REPO);
  await panel.getByLabel('Folder', { exact: true }).fill(DEMO_FOLDER);
  await panel.getByRole('button', { name: 'Connect repository' }).click();
  await expect(panel.getByText(`Repository ${REPO} not found`)).toBeVisible();
  await expect(panel.getByLabel('Repository', { exact: true })).toHaveValue(REPO);
  await expect(panel.getByLabel('Folder', { exact: true })).toHaveValue(DEMO_FOLDER);

  await panel.getByLabel('GitHub token', { exact: true }).fill(DEMO_GITHUB_TOKENS.write);
  await panel.getByLabel('Base branch', { exact: true }).fill('trunk');
  await panel.getByRole('button', { name: 'Connect repository' }).click();
  await expect(panel.getByText(`Branch trunk not found in ${REPO}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await panel.getByLabel('GitHub token', { exact: true }).fill(DEMO_GITHUB_TOKENS.readOnly);
  await panel.getByLabel('Base branch', { exact: true }).fill('main');
  await panel.getByRole('button', { name: 'Connect repository' }).click();
  await panel.getByRole('button', { name: 'Open pull request' }).click();
  await expect(panel.getByText('The token lacks a permission')).toBeVisible();

  const reset = Math.floor(Date.now() / 1000) + 1800;
  await github('faults', {
    route: 'GET /repos/:owner/:repo/git/ref/:ref',
    count: 1,
    status: 403,
    headers: { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(reset) },
    body: {
      message: 'API rate limit exceeded for user ID 1001.',
      documentation_url: 'https://docs.github.com/rest',
    },
  });
  await panel.getByRole('button', { name: 'Open pull request' }).click();
  await expect(panel.getByText('GitHub rate limit reached')).toBeVisible();
  await expect(panel.getByText(/Try again in \d+ min/)).toBeVisible();

  await github('faults', {
    route: 'GET /repos/:owner/:repo/git/ref/:ref',
    count: 1,
    status: 403,
    headers: { 'Retry-After': '45' },
    body: {
      message: 'You have exceeded a secondary rate limit.',
      documentation_url: 'https://docs.github.com/rest',
    },
  });
  await page.getByRole('button', { name: 'Open pull request' }).click();
  await expect(panel.getByText('GitHub asked to slow down')).toBeVisible();
  await expect(panel.getByText(/Try again in \d+ s/)).toBeVisible();

  const repo = (await stats()).repos[REPO]!;
  expect([repo.commits.length, repo.pulls.length, Object.keys(repo.refs)]).toEqual([
    0,
    0,
    ['main'],
  ]);
});

function tokenCells(body: string): Set<string> {
  return new Set(
    body
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split(' | ')[0]!.slice(2).replace(/`/g, '')),
  );
}

function diffCounts(after: Record<string, number>, before: Record<string, number>) {
  return Object.fromEntries(
    Object.entries(after)
      .map(([key, n]) => [key, n - (before[key] ?? 0)] as const)
      .filter(([, n]) => n > 0),
  );
}
