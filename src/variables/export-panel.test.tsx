// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../testing/render';
import { APPWRITE, json, stubNetwork } from '../testing/network';
import { JsonBlob } from '../lib/json-blob';
import type { FigmaVariablesInput } from '../tokens/model';
import { ExportPanel } from './export-panel';

afterEach(() => {
  vi.unstubAllGlobals();
});

const emptyFile = '{"status":200,"error":false,"meta":{"variables":{},"variableCollections":{}}}';

function renderPanel(input: FigmaVariablesInput | JsonBlob<FigmaVariablesInput>) {
  stubNetwork().on('GET', `${APPWRITE}/account/prefs`, () => json({}));
  renderWithProviders(
    <ExportPanel
      sourceKey="test"
      input={input}
      title="Empty"
      whenEmpty={<p>No variables to export</p>}
    >
      <p>Repository section</p>
    </ExportPanel>,
  );
}

describe('the export panel', () => {
  it('says there is nothing to export, once an input read from its Blob converts to nothing', async () => {
    // A Blob as fetch gives it (jsdom's own Blob cannot be read: it has no text()).
    const blob = await new Response(emptyFile).blob();
    renderPanel(new JsonBlob<FigmaVariablesInput>(blob, 'meta'));
    expect(await screen.findByText('No variables to export')).toBeInTheDocument();
    // What belongs with the panel goes with it.
    expect(screen.queryByText('Repository section')).not.toBeInTheDocument();
  });

  it('shows the panel and what belongs with it when there are variables', async () => {
    renderPanel({
      variableCollections: {
        c: {
          id: 'c',
          name: 'Base',
          key: 'c',
          remote: false,
          hiddenFromPublishing: false,
          defaultModeId: 'm',
          modes: [{ modeId: 'm', name: 'Value' }],
          variableIds: ['v'],
        },
      },
      variables: {
        v: {
          id: 'v',
          name: 'space/1',
          key: 'v',
          variableCollectionId: 'c',
          resolvedType: 'FLOAT',
          valuesByMode: { m: 4 },
          remote: false,
          description: '',
          hiddenFromPublishing: false,
          scopes: [],
          codeSyntax: {},
        },
      },
    } as unknown as FigmaVariablesInput);
    expect(await screen.findByText('Repository section')).toBeInTheDocument();
    // Converted and written (a file to download), and still not called empty.
    const downloads = await screen.findAllByRole(
      'button',
      { name: /download/i },
      { timeout: 10_000 },
    );
    expect(downloads.length).toBeGreaterThan(0);
    expect(screen.queryByText('No variables to export')).not.toBeInTheDocument();
  });
});
