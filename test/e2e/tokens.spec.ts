import { readFile } from 'node:fs/promises';
import { DESIGN_SYSTEM_FILE, expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { openGeneratedFile } from './pages/generated-files';

const GRACE_FILE = 'GRACEds00000000000000008';

test('design-system variables → Variables tab → CSS and DTCG downloads hold light and dark values', async ({
  page,
  signIn,
}) => {
  await signIn('ada', `/files/${DESIGN_SYSTEM_FILE}/variables`);
  const table = page.getByRole('table', { name: /Primitives variables/ });
  await expect(table.getByRole('rowheader', { name: /^color\/blue\/500 / })).toBeVisible();
  await page.getByRole('tab', { name: /Semantic/ }).click();
  const semantic = page.getByRole('table', { name: /Semantic variables/ });
  await expect(semantic.getByRole('columnheader', { name: /Light/ })).toBeVisible();
  await expect(semantic.getByRole('columnheader', { name: /Dark/ })).toBeVisible();
  await expect(semantic.getByRole('rowheader', { name: /^color\/bg\/surface / })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Tokens', exact: true }).click();
  await openGeneratedFile(page, 'tokens.css');
  const css = page.getByLabel('Contents of tokens.css');
  await expect(css).toContainText('--acme-color-bg-surface: var(--primitives-color-gray-0);');
  await expect(css).toContainText('[data-semantic="dark"]');
  await expectNoSeriousA11yViolations(page);

  const cssDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download tokens.css' }).click();
  const cssText = await readFile((await (await cssDownload).path()) ?? '', 'utf8');
  const dark = cssText.slice(cssText.indexOf('[data-semantic="dark"]'));
  expect(cssText).toMatch(
    /:root \{[^}]*--acme-color-bg-surface: var\(--primitives-color-gray-0\);/,
  );
  expect(dark).toContain('--acme-color-bg-surface: var(--primitives-color-gray-900);');
  expect(cssText).toContain('--primitives-color-gray-900: #111827;');

  await openGeneratedFile(page, 'tokens/semantic/dark.tokens.json');
  const dtcgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download dark.tokens.json' }).click();
  const darkTokens = JSON.parse(await readFile((await (await dtcgDownload).path()) ?? '', 'utf8'));
  expect(darkTokens.semantic.color.bg.surface.$value).toBe('{primitives.color.gray.900}');
  expect(darkTokens.semantic.color.bg.surface.$extensions['com.figma'].variableId).toMatch(
    /^VariableID:/,
  );
});

test('a Professional-plan user sees why variables are unavailable and gets tokens from styles', async ({
  page,
  signIn,
}) => {
  await signIn('grace', `/files/${GRACE_FILE}/variables`);
  await expect(page.getByText('Variables need a Figma Enterprise plan')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Tokens from styles' }).click();
  await expect(page.getByText('Brand/Primary', { exact: true })).toBeVisible();
  await openGeneratedFile(page, 'tokens.css');
  await expect(page.getByLabel('Contents of tokens.css')).toContainText(
    '--styles-brand-primary: #4f46e5;',
  );
  await expectNoSeriousA11yViolations(page);
});

test('importing a broken JSON file names the file and the problem', async ({ page, signIn }) => {
  await signIn('grace', '/import');
  await page.locator('input[type=file]').setInputFiles({
    name: 'variables.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"meta": {"variables": [}'),
  });
  await expect(page.getByText(/variables\.json/).first()).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be imported' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The dark theme must pass too: switch with the keyboard-accessible theme control.
  await page.getByRole('radio', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoSeriousA11yViolations(page);
});

test('importing DTCG tokens written in an earlier draft lists every value to fix, with what to write', async ({
  page,
  signIn,
}) => {
  await signIn('grace', '/import');
  const space = Object.fromEntries(
    [4, 8, 12].map((px) => [`space-${px}`, { $type: 'dimension', $value: `${px}px` }]),
  );
  const tokens = {
    space,
    motion: { fast: { $type: 'duration', $value: '80ms' } },
    opacity: { half: { $type: 'number', $value: '0.5' } },
  };
  await page.locator('input[type=file]').setInputFiles({
    name: 'draft.tokens.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(tokens)),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'could not be imported' });
  await expect(alert).toContainText(
    'draft.tokens.json at $.space["space-4"].$value: a dimension is an object {value, unit}: write {"value": 4, "unit": "px"}',
  );
  await expect(alert).toContainText('4 more problems');
  const others = alert.getByRole('listitem');
  await expect(others).toHaveCount(4);
  await expect(others.filter({ hasText: '$.motion.fast.$value' })).toContainText(
    'write {"value": 80, "unit": "ms"}',
  );
  await expect(others.filter({ hasText: '$.opacity.half.$value' })).toContainText(
    'a number is a JSON number, found the string "0.5" (rule: number)',
  );
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('radio', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoSeriousA11yViolations(page);

  // On a phone the long paths wrap inside the callout instead of widening the page.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(390);
});

test('5,000 variables × 4 modes: the table stays virtual and search narrows it', async ({
  page,
  signIn,
}) => {
  await signIn('ada', '/files/LARGEvars000000000000005/variables');
  await expect(page.getByRole('tab', { name: /Primitives 3000/ })).toBeVisible();
  await page.getByRole('tab', { name: /Theme 2000/ }).click();
  const table = page.getByRole('table', { name: /Theme variables/ });
  await expect(table.getByRole('columnheader')).toHaveCount(5);
  expect(await table.getByRole('row').count()).toBeLessThan(80);
  await page.getByRole('searchbox', { name: 'Search variables' }).fill('border-4999');
  await expect(page.getByRole('status').filter({ hasText: /^1 variable\b/ })).toBeVisible();
  await expect(table.getByRole('rowheader')).toHaveCount(1);
});

test('a download becomes the baseline; one uploaded file of an older export shows the token it lacked, and the collections it lacks are named, not counted', async ({
  page,
  signIn,
}) => {
  await signIn('ada', `/files/${DESIGN_SYSTEM_FILE}/tokens`);
  const diff = page.getByRole('region', { name: 'Changes since the last sync' });
  await expect(diff).toContainText('No previous export yet');

  const zip = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all (.zip)' }).click();
  await zip;
  await expect(page.getByText('Downloaded and saved as the baseline')).toBeVisible();
  const sentence = diff.locator('.sync__sentence');
  await expect(sentence).toHaveText('Nothing changed since the baseline.');

  // An "older export": the primitives file without one token, so today's export adds it.
  await openGeneratedFile(page, 'tokens/primitives.tokens.json');
  const primitives = JSON.parse(
    (await page.getByLabel('Contents of tokens/primitives.tokens.json').textContent()) ?? '',
  );
  delete primitives.primitives.color.blue['500'];
  await diff.locator('input[type=file]').setInputFiles({
    name: 'primitives.tokens.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(primitives)),
  });
  await expect(diff).toContainText('Compared with primitives.tokens.json');
  // One file of a multi-file export: the two collections it lacks (17 tokens) are named and left
  // out of the counts, so only the one token removed from it shows as added.
  await expect(sentence).toHaveText('1 token added.');
  await expect(diff.getByText('This comparison is partial')).toBeVisible();
  await expect(diff).toContainText('2 collections not in the uploaded files — not compared');
  await expect(
    diff.getByRole('list', { name: 'Collections not compared' }).getByRole('listitem'),
  ).toHaveText(['Semantic (14 tokens)', 'Density (3 tokens)']);
  await diff.getByText('Details').click();
  await expect(diff.getByRole('listitem').filter({ hasText: /Added .*blue.*500/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('importing DTCG composites (shadow, typography) counts them and writes them to CSS, in both themes', async ({
  page,
  signIn,
}) => {
  await signIn('grace', '/import');
  const px = (value: number) => ({ value, unit: 'px' });
  const tokens = {
    color: {
      shadow: {
        $type: 'color',
        $value: { colorSpace: 'srgb', components: [0, 0, 0], alpha: 0.25 },
      },
    },
    elevation: {
      card: {
        $type: 'shadow',
        $value: {
          color: '{color.shadow}',
          offsetX: px(0),
          offsetY: px(1),
          blur: px(2),
          spread: px(0),
        },
      },
    },
    type: {
      body: {
        $type: 'typography',
        $value: {
          fontFamily: ['Inter', 'sans-serif'],
          fontSize: px(16),
          fontWeight: 400,
          letterSpacing: px(0),
          lineHeight: 1.5,
        },
      },
    },
  };
  await page.locator('input[type=file]').setInputFiles({
    name: 'system.tokens.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(tokens)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Read as DTCG tokens: 1 variable and 2 composite tokens',
  );
  await openGeneratedFile(page, 'tokens.css');
  await expect(page.getByLabel('Contents of tokens.css')).toContainText(
    '--system-elevation-card: 0px 1px 2px 0px var(--system-color-shadow);',
  );
  await expect(page.getByLabel('Contents of tokens.css')).toContainText(
    '--system-type-body-font-family: Inter, sans-serif;',
  );
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('radio', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoSeriousA11yViolations(page);
});
