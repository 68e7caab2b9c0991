// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter } from 'react-router-dom';
import type { GetTeamProjectsResponse } from '@figma/rest-api-spec';
import type { QueryClient } from '@tanstack/react-query';
import { APPWRITE, FIGMA, json, stubNetwork, withFigmaSession } from '../testing/network';
import { figmaQueries } from '../figma/queries';
import { createQueryClient } from './query-client';
import { createRoutes } from './router';

// jsdom has no IndexedDB: the restore is replaced here, at the storage edge, by one whose end
// the test decides and which brings back what a persisted cache would hold.
const restore = vi.hoisted(() => ({
  calls: 0,
  finish: (): void => undefined,
}));
vi.mock('../figma/persist/user-cache', () => ({
  bindUserCache: () => {
    restore.calls += 1;
    return new Promise<void>((resolve) => {
      restore.finish = resolve;
    });
  },
}));

const PROJECTS_URL = `${FIGMA}/v1/teams/7/projects`;
const CACHED: GetTeamProjectsResponse = { name: 'Acme (cached)', projects: [] };
const ADA = { $id: 'ada', name: 'Ada', email: 'ada@acme.test', prefs: {} };

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  restore.calls = 0;
});

/** Ada is signed in (a prefix route: registered before the more specific session read). */
const signedIn = () =>
  withFigmaSession(stubNetwork().on('GET', `${APPWRITE}/account`, () => json(ADA)));

function openPage(queryClient: QueryClient, path: string) {
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  return {
    router,
    initialized: () => expect(router.state.initialized).toBe(true),
  };
}

const openTeamPage = (queryClient: QueryClient) => openPage(queryClient, '/teams/7');

describe('a private page’s loader', () => {
  it('starts its Figma query only after the user’s cache is restored', async () => {
    const events: string[] = [];
    const network = signedIn().on('GET', PROJECTS_URL, () => {
      events.push('figma call');
      return json({ name: 'Acme', projects: [] });
    });
    const { initialized } = openTeamPage(createQueryClient());
    await vi.waitFor(() => expect(restore.calls).toBeGreaterThan(0));
    expect(network.count('GET', PROJECTS_URL)).toBe(0);
    events.push('restored');
    restore.finish();
    await vi.waitFor(initialized);
    await vi.waitFor(() => expect(events).toEqual(['restored', 'figma call']));
  });

  it('spends no Figma call on an answer the restore brings back', async () => {
    const network = signedIn().on('GET', PROJECTS_URL, () => json({ name: 'Acme', projects: [] }));
    const queryClient = createQueryClient();
    const { initialized } = openTeamPage(queryClient);
    await vi.waitFor(() => expect(restore.calls).toBeGreaterThan(0));
    queryClient.setQueryData(figmaQueries.teamProjects('7').queryKey, CACHED);
    restore.finish();
    await vi.waitFor(initialized);
    expect(queryClient.getQueryData(figmaQueries.teamProjects('7').queryKey)).toEqual(CACHED);
    expect(network.count('GET', FIGMA)).toBe(0);
  });

  it('sends a guest to sign-in without asking Figma', async () => {
    const network = stubNetwork().on('GET', `${APPWRITE}/account`, () =>
      json({ message: 'guest', code: 401, type: 'general_unauthorized_scope' }, 401),
    );
    const { router, initialized } = openTeamPage(createQueryClient());
    await vi.waitFor(initialized);
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(network.count('GET', FIGMA)).toBe(0);
    expect(restore.calls).toBe(0);
  });
});

const FILE_KEY = 'KEYloader0001';
const FILE_URL = `${FIGMA}/v1/files/${FILE_KEY}`;
const FILE = {
  name: 'Loader file',
  version: '42',
  lastModified: '2026-01-01T00:00:00Z',
  editorType: 'figma',
  role: 'editor',
  document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [] },
  styles: {},
};
const VARIABLES = { status: 200, error: false, meta: { variables: {}, variableCollections: {} } };

describe('a page’s own Figma reads start in its loader', () => {
  it('a variables tab’s loaders ask only for the file: the tab reads the 2 MB variables after its header paints', async () => {
    const events: string[] = [];
    signedIn()
      .on('GET', FILE_URL, () => {
        events.push('file');
        return json(FILE);
      })
      .on('GET', `${FILE_URL}/variables/local`, () => {
        events.push('variables');
        return json(VARIABLES);
      });
    const queryClient = createQueryClient();
    const page = openPage(queryClient, `/files/${FILE_KEY}/variables`);
    await vi.waitFor(() => expect(restore.calls).toBeGreaterThan(0));
    restore.finish();
    const fileKey = figmaQueries.file(FILE_KEY, 2).queryKey;
    // An upper bound: the route's lazy modules load alongside, slowly on a busy machine.
    await vi.waitFor(
      () => {
        page.initialized();
        expect(queryClient.getQueryData(fileKey)).toBeDefined();
      },
      { timeout: 10_000 },
    );
    expect(events).toEqual(['file']);
    // Not even started: a query the loader began would be in the cache by now.
    const variablesKey = figmaQueries.localVariables(FILE_KEY).queryKey;
    expect(queryClient.getQueryCache().find({ queryKey: variablesKey })).toBeUndefined();
  });

  it('the home page asks for the Figma profile before its widget renders', async () => {
    const network = signedIn().on('GET', `${FIGMA}/v1/me`, () =>
      json({ id: '1', handle: 'Ada', email: 'ada@acme.test', img_url: '' }),
    );
    openPage(createQueryClient(), '/');
    await vi.waitFor(() => expect(restore.calls).toBeGreaterThan(0));
    expect(network.count('GET', `${FIGMA}/v1/me`)).toBe(0);
    restore.finish();
    await vi.waitFor(() => expect(network.count('GET', `${FIGMA}/v1/me`)).toBe(1));
  });
});
