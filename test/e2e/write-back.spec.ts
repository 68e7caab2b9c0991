import { readFile } from 'node:fs/promises';
import {
  DESIGN_SYSTEM_FILE,
  SignInFlow,
  expect,
  expectNoSeriousA11yViolations,
  test,
} from './fixtures';
import { generatedFilePaths, openGeneratedFile } from './pages/generated-files';

test('export DTCG, edit a colour and add a variable, preview exactly those two changes, apply', async ({
  page,
  signIn,
}) => {
  await signIn('ada', `/files/${DESIGN_SYSTEM_FILE}/tokens`);
  await page
    .getByRole('group', { name: 'Formats', exact: true })
    .getByRole('checkbox', { name: 'CSS', exact: true })
    .uncheck();
  await openGeneratedFile(page, 'tokens/primitives.tokens.json');
  await expect(page.getByLabel('Contents of tokens/primitives.tokens.json')).toBeVisible();
  const zipDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all (.zip)' }).click();
  expect((await zipDownload).suggestedFilename()).toMatch(/\.zip$/);

  // Read the files from the preview (what the zip holds) and edit the primitives set.
  const files: { name: string; buffer: Buffer; mimeType: string }[] = [];
  // The files are rebuilt in a worker after each option change: wait for the list, then read it.
  for (const name of await generatedFilePaths(page)) {
    await openGeneratedFile(page, name);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Download ${name.split('/').pop()}` }).click();
    let text = await readFile((await (await download).path()) ?? '', 'utf8');
    if (name === 'tokens/primitives.tokens.json') {
      const json = JSON.parse(text);
      json.primitives.color.blue['500'].$value = {
        colorSpace: 'srgb',
        components: [1, 0, 0],
        alpha: 1,
        hex: '#ff0000',
      };
      json.primitives.color.blue['950'] = {
        $type: 'color',
        $value: { colorSpace: 'srgb', components: [0, 0, 0.2], alpha: 1, hex: '#000033' },
      };
      text = JSON.stringify(json);
    }
    files.push({
      name: name.split('/').pop() ?? name,
      buffer: Buffer.from(text),
      mimeType: 'application/json',
    });
  }

  await page.getByRole('link', { name: 'Sync to Figma' }).click();
  await page.getByRole('switch', { name: /Enable write-back/ }).check();
  await expect(page.getByText(/Writing needs an Enterprise plan/)).toBeVisible();
  // Write access is a second consent: Figma asks for file_variables:write, then returns here.
  await page.getByRole('button', { name: 'Grant write access' }).click();
  await new SignInFlow(page).chooseUser('ada');
  await expect(page.getByText('file_variables:write')).toBeVisible();
  await page.getByRole('button', { name: 'Allow access' }).click();
  await expect(page).toHaveURL(new RegExp(`/files/${DESIGN_SYSTEM_FILE}/sync$`));
  await expect(page.getByRole('switch', { name: /Enable write-back/ })).toBeChecked();
  await expect(page.getByText('Write access granted')).toBeVisible();
  expect(files.length).toBeGreaterThan(1);
  await page
    .locator('input[type=file]')
    .setInputFiles(files.map((file) => ({ ...file, name: file.name })));
  const rows = page.getByRole('table', { name: 'Changes to send to Figma' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'color/blue/500' })).toContainText('#ff0000');
  await expect(rows.filter({ hasText: 'color/blue/950' })).toContainText('create');
  await expect(
    page.getByText('Figma will add 1 variable and update 1 variable, setting 2 values.'),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: /Apply 2 changes/ }).click();
  await page.getByRole('button', { name: 'Confirm and write to Figma' }).click();
  await expect(page.getByText('Figma updated')).toBeVisible();

  await page.getByRole('link', { name: 'Variables', exact: true }).click();
  const table = page.getByRole('table', { name: /Primitives variables/ });
  await page.getByRole('searchbox', { name: 'Search variables' }).fill('color/blue/');
  await expect(table.getByRole('rowheader', { name: /^color\/blue\/950 / })).toBeVisible();
  await expect(table.getByRole('row', { name: /^color\/blue\/500 / })).toContainText('#ff0000');
});

test('a viewer learns they cannot write before being asked to do anything', async ({
  page,
  signIn,
}) => {
  await signIn('linus', `/files/${DESIGN_SYSTEM_FILE}/sync`);
  await expect(
    page.getByRole('heading', { name: 'You can view this file, but not change it' }),
  ).toBeVisible();
  await expect(page.getByRole('switch', { name: /Enable write-back/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Grant write access' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
