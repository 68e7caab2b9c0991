// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../testing/render';
import { FIGMA, json, stubNetwork, withFigmaSession } from '../testing/network';
import type { StubbedNetwork } from '../testing/network';
import { VariableSummary } from './variable-summary';

const VARIABLES_URL = `${FIGMA}/v1/files/KEYsummary01/variables/local`;
let network: StubbedNetwork;

beforeEach(() => {
  network = withFigmaSession(stubNetwork());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const collection = (id: string, name: string, modes: string[], remote = false) => ({
  id,
  name,
  key: id,
  remote,
  hiddenFromPublishing: false,
  defaultModeId: `${id}:0`,
  modes: modes.map((mode, index) => ({ modeId: `${id}:${index}`, name: mode })),
  variableIds: [],
});
const variable = (id: string, collectionId: string, remote = false) => ({
  id,
  name: id,
  key: id,
  variableCollectionId: collectionId,
  resolvedType: 'COLOR',
  valuesByMode: {},
  remote,
  description: '',
  hiddenFromPublishing: false,
  scopes: [],
  codeSyntax: {},
});

const renderSummary = () =>
  renderWithProviders(<VariableSummary fileKey="KEYsummary01" />, {
    routes: [{ path: '/files/:fileKey/tokens', element: <p>Tokens tab</p> }],
  });

describe('VariableSummary', () => {
  it('counts the file’s own variables and collections and leads to the export', async () => {
    network.on('GET', VARIABLES_URL, () =>
      json({
        status: 200,
        error: false,
        meta: {
          variableCollections: {
            c1: collection('c1', 'Primitives', ['Value']),
            c2: collection('c2', 'Semantic', ['Light', 'Dark']),
            lib: collection('lib', 'Library colours', ['Value'], true),
          },
          variables: {
            a: variable('a', 'c1'),
            b: variable('b', 'c1'),
            c: variable('c', 'c2'),
            fromLibrary: variable('fromLibrary', 'lib', true),
          },
        },
      }),
    );
    renderSummary();
    expect(screen.getByText('Reading this file’s variables from Figma…')).toBeInTheDocument();
    expect(await screen.findByText('3 variables in 2 collections')).toBeInTheDocument();
    expect(screen.getByText('1 variable · 2 modes (Light, Dark)')).toBeInTheDocument();
    expect(screen.queryByText('Library colours')).toBeNull();
    expect(screen.getByRole('link', { name: 'Export tokens' })).toHaveAttribute(
      'href',
      '/files/KEYsummary01/tokens',
    );
  });

  it('on a plan without the Variables API, points to tokens from styles', async () => {
    network.on('GET', VARIABLES_URL, () =>
      json(
        {
          status: 403,
          error: true,
          message: 'Incorrect account type: this endpoint requires an Enterprise plan',
        },
        403,
      ),
    );
    renderSummary();
    expect(await screen.findByText(/shares variables only with Enterprise plans/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Tokens from styles' })).toHaveAttribute(
      'href',
      '/files/KEYsummary01/styles',
    );
    expect(screen.queryByRole('link', { name: 'Export tokens' })).toBeNull();
  });
});
