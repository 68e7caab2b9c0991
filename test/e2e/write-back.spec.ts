import {
  DESIGN_SYSTEM_FILE,
  expect,
  expectNoSeriousA11yViolations,
  test,
} from './fixtures';

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
