/**
 * Every page type of the signed-in app, with where it lives and what shows once it has its data.
 * Shared by the responsive spec (and mirrored by scripts/screenshots.mjs) so a new page is checked
 * everywhere by adding one entry.
 */
import type { Locator, Page } from '@playwright/test';
import { ACME_TEAM_ID, DESIGN_SYSTEM_FILE } from '../fixtures';

export interface PageType {
  name: string;
  path: string;
  ready: (page: Page) => Locator;
}

const main = (page: Page) => page.getByRole('main');
const h1 = (page: Page, name: string | RegExp) =>
  main(page).getByRole('heading', { level: 1, name });

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '/', ready: (page) => h1(page, 'Your Figma files') },
  { name: 'team', path: `/teams/${ACME_TEAM_ID}`, ready: (page) => h1(page, 'Acme Design') },
  {
    name: 'project',
    path: `/projects/2200000000000000001?team=${ACME_TEAM_ID}`,
    ready: (page) =>
      main(page)
        .getByRole('link', { name: /Acme Design System/ })
        .first(),
  },
  {
    name: 'project with 1,500 files',
    path: `/projects/2200000000000000003?team=${ACME_TEAM_ID}`,
    ready: (page) => main(page).getByRole('link', { name: /#1\b/ }).first(),
  },
  { name: 'folder', path: '/folders/3300000000000000002', ready: (page) => h1(page, 'Product') },
  {
    name: 'file overview',
    path: `/files/${DESIGN_SYSTEM_FILE}`,
    ready: (page) => main(page).getByRole('link', { name: 'Export tokens' }),
  },
  {
    name: 'FigJam board',
    path: '/files/BOARDresearch00000000007',
    ready: (page) => h1(page, 'Research board'),
  },
  {
    name: 'variables',
    path: `/files/${DESIGN_SYSTEM_FILE}/variables`,
    ready: (page) =>
      page
        .getByRole('table', { name: /Primitives variables/ })
        .getByRole('row')
        .nth(2),
  },
  {
    name: 'styles',
    path: `/files/${DESIGN_SYSTEM_FILE}/styles`,
    ready: (page) => main(page).getByRole('heading', { name: 'Styles', exact: true }),
  },
  {
    name: 'tokens',
    path: `/files/${DESIGN_SYSTEM_FILE}/tokens`,
    ready: (page) =>
      main(page)
        .getByRole('button', { name: /^Download/ })
        .first(),
  },
  {
    name: 'sync to Figma',
    path: `/files/${DESIGN_SYSTEM_FILE}/sync`,
    ready: (page) => main(page).getByRole('heading', { name: /Write tokens back to Figma/ }),
  },
  { name: 'import', path: '/import', ready: (page) => h1(page, /Import/) },
  { name: 'not found', path: '/no/such/page', ready: (page) => h1(page, 'Page not found') },
];
