// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../testing/render';
import { APPWRITE, FIGMA, json, stubNetwork, withFigmaSession } from '../testing/network';
import type { StubbedNetwork } from '../testing/network';
import { useLocation } from 'react-router-dom';
import { Breadcrumbs, trailFrom } from './breadcrumbs';
import { ProjectPage } from './project-page';

const FILES_URL = `${FIGMA}/v1/projects/42/files`;
let network: StubbedNetwork;

beforeEach(() => {
  network = withFigmaSession(stubNetwork());
  // The virtual list measures its scroll box; jsdom has no layout, so give it one.
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(640);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(1024);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const renderProject = () =>
  renderWithProviders(<ProjectPage />, { route: '/projects/42', path: '/projects/:projectId' });

function manyFiles(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    key: `KEY${String(index).padStart(10, '0')}`,
    name: index === 1234 ? 'Checkout — École 1234' : `File ${index}`,
    last_modified: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
  }));
}

describe('ProjectPage states', () => {
  it('shows a skeleton while loading, then the files', async () => {
    network.on('GET', FILES_URL, () => json({ name: 'Design System', files: manyFiles(3) }));
    renderProject();
    expect(screen.getByLabelText('Loading the project’s files')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Design System' }),
    ).toBeInTheDocument();
    expect(screen.getByText('3 files')).toBeInTheDocument();
  });

  it('says when a project is empty', async () => {
    network.on('GET', FILES_URL, () => json({ name: 'Empty', files: [] }));
    renderProject();
    expect(await screen.findByText('No files in this project yet')).toBeInTheDocument();
  });

  it('renders 1,500 files as a window of rows and filters as you type, accent-insensitively', async () => {
    network.on('GET', FILES_URL, () => json({ name: 'Archive', files: manyFiles(1500) }));
    renderProject();
    expect(await screen.findByText('1,500 files')).toBeInTheDocument();
    const rendered = screen.getAllByRole('link').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter files' }), 'ecole');
    expect(await screen.findByText('1 of 1,500 files')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Checkout — École 1234/ })).toHaveAttribute(
      'href',
      '/files/KEY0000001234',
    );
  });

  it('shows file names as text, never as HTML', async () => {
    network.on('GET', FILES_URL, () =>
      json({
        name: 'X',
        files: [
          {
            key: 'KEYhostile01',
            name: '<img src=x onerror=alert(1)>',
            last_modified: '2026-01-01T00:00:00Z',
          },
        ],
      }),
    );
    const { container } = renderProject();
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });

  it('404: not found or no access', async () => {
    network.on('GET', FILES_URL, () => json({ status: 404, err: 'Not found' }, 404));
    renderProject();
    expect(
      await screen.findByRole('heading', { name: 'Not found, or you have no access' }),
    ).toBeInTheDocument();
  });

  it('missing scope: names it and offers to grant it', async () => {
    network.on('GET', FILES_URL, () =>
      json(
        {
          status: 403,
          err: 'Invalid scope(s): file_content:read. This endpoint requires the projects:read scope',
        },
        403,
      ),
    );
    renderProject();
    expect(await screen.findByText('projects:read')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Grant access' })).toBeInTheDocument();
  });

  it('429: counts Retry-After down and enables Retry when it ends', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    network.on('GET', FILES_URL, () =>
      json({ status: 429, err: 'Rate limit exceeded' }, 429, {
        'Retry-After': '3',
        'X-Figma-Plan-Tier': 'pro',
        'X-Figma-Rate-Limit-Type': 'low',
      }),
    );
    renderProject();
    const timer = await screen.findByRole('timer');
    expect(timer).toHaveTextContent('Try again in 3 s');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeDisabled();
    expect(screen.getByText(/plan tier: pro, low limits/)).toBeInTheDocument();
    for (let second = 0; second < 4; second++) {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1000);
      });
    }
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again now');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('429 for days: states the wait in words instead of counting', async () => {
    network.on('GET', FILES_URL, () =>
      json({ status: 429, err: 'Rate limit exceeded' }, 429, { 'Retry-After': '396749' }),
    );
    renderProject();
    expect(await screen.findByText(/resets in about 5 days/)).toBeInTheDocument();
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('offline: explains and retries on request', async () => {
    let calls = 0;
    network.on('GET', FILES_URL, () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return json({ name: 'Back online', files: manyFiles(1) });
    });
    renderProject();
    const problem = await screen.findByRole('alert');
    expect(within(problem).getByText('You seem to be offline')).toBeInTheDocument();
    await userEvent.click(within(problem).getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Back online' }),
    ).toBeInTheDocument();
  });
});

function FileTrailProbe() {
  return (
    <nav aria-label="Breadcrumbs">
      <Breadcrumbs trail={trailFrom(useLocation().state)} />
    </nav>
  );
}

describe('ProjectPage browsing', () => {
  const renderInTeam = () =>
    renderWithProviders(<ProjectPage />, {
      route: '/projects/42?team=7',
      path: '/projects/:projectId',
      routes: [{ path: '/files/:fileKey', element: <FileTrailProbe /> }],
    });
  const files = [
    { key: 'KEYticket929', name: 'Ticket #929', last_modified: '2026-01-03T00:00:00Z' },
    { key: 'KEYticket089', name: 'Ticket #89', last_modified: '2026-01-01T00:00:00Z' },
    { key: 'KEYticket845', name: 'Ticket #845', last_modified: '2026-01-02T00:00:00Z' },
  ];

  it('names the team in the breadcrumbs, from the saved teams, without asking Figma', async () => {
    network
      .on('GET', FILES_URL, () => json({ name: 'Tickets', files }))
      .on('GET', `${APPWRITE}/account/prefs`, () => json({ teams: [{ id: '7', name: 'Acme' }] }));
    renderInTeam();
    const crumbs = await screen.findByRole('navigation', { name: 'Breadcrumbs' });
    expect(await within(crumbs).findByRole('link', { name: 'Acme' })).toHaveAttribute(
      'href',
      '/teams/7',
    );
    expect(network.count('GET', `${FIGMA}/v1/teams`)).toBe(0);
  });

  it('sorts names naturally: #89, #845, #929', async () => {
    network
      .on('GET', FILES_URL, () => json({ name: 'Tickets', files }))
      .on('GET', `${APPWRITE}/account/prefs`, () => json({}));
    renderInTeam();
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Sort files' }),
      'name-asc',
    );
    const names = screen
      .getAllByRole('link', { name: /Ticket/ })
      .map((link) => link.querySelector('.file-list__name')?.textContent);
    expect(names).toEqual(['Ticket #89', 'Ticket #845', 'Ticket #929']);
  });

  it('hands the file page its way back: team, then project', async () => {
    network
      .on('GET', FILES_URL, () => json({ name: 'Tickets', files }))
      .on('GET', `${APPWRITE}/account/prefs`, () => json({ teams: [{ id: '7', name: 'Acme' }] }));
    renderInTeam();
    await screen.findByRole('link', { name: 'Acme' });
    await userEvent.click(screen.getByRole('link', { name: /Ticket #89/ }));
    const crumbs = await screen.findByRole('navigation', { name: 'Breadcrumbs' });
    expect(
      within(crumbs)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Your files', 'Acme', 'Tickets']);
    expect(within(crumbs).getByRole('link', { name: 'Tickets' })).toHaveAttribute(
      'href',
      '/projects/42?team=7',
    );
  });
});
