import { E2E_PORTS } from '../../scripts/e2e-env.mjs';
import { SignInFlow, count, emulator, expect, test } from './fixtures';

const TOKEN_FLOW_APP = `http://localhost:${E2E_PORTS.tokenFlowApp}`;

test('token flow: the one-minute secret becomes a session and leaves the address bar', async ({
  page,
}) => {
  const urls: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url());
  });
  await page.goto(`${TOKEN_FLOW_APP}/`);
  await new SignInFlow(page).allow('ada');
  await expect(page.getByText('ada@acme.test')).toBeVisible();
  await expect(page).toHaveURL(`${TOKEN_FLOW_APP}/`);
  expect(page.url()).not.toContain('secret=');
  // The callback URL carried the secret once; the app exchanged it and replaced the entry.
  expect(urls.some((url) => url.includes('/auth/callback') && url.includes('secret='))).toBe(true);
  const stats = await emulator.stats();
  expect(count(stats, 'POST /v1/account/sessions/token')).toBe(1);
  expect(count(stats, 'GET /v1/account/tokens/oauth2/figma')).toBe(1);
  await page.goBack();
  await expect(page).not.toHaveURL(/secret=/);
});
