/**
 * A new baseline (every download saves one) changes the diff, not the files: the bundled DTCG
 * the diff reads is written once per model, not again for each baseline.
 */
import { convertVariables } from '../tokens/convert';
import { dtcgBundleTexts } from './use-export-outputs';

const input = () => ({
  variableCollections: {
    c: {
      id: 'c',
      name: 'Space',
      key: 'c',
      modes: [{ modeId: 'm', name: 'Default' }],
      defaultModeId: 'm',
      remote: false,
      hiddenFromPublishing: false,
      variableIds: ['v'],
    },
  },
  variables: {
    v: {
      id: 'v',
      name: 'gap',
      key: 'v',
      variableCollectionId: 'c',
      resolvedType: 'FLOAT' as const,
      valuesByMode: { m: 8 },
      remote: false,
      description: '',
      hiddenFromPublishing: false,
      scopes: ['GAP' as const],
      codeSyntax: {},
    },
  },
});

describe('dtcgBundleTexts', () => {
  it('writes the bundle once per model, and again for a new model', async () => {
    const model = convertVariables(input());
    const first = dtcgBundleTexts(model);
    expect(dtcgBundleTexts(model)).toBe(first);
    const [bundle] = await first;
    expect(bundle!.contents).toContain('"gap"');
    const next = convertVariables(input());
    expect(dtcgBundleTexts(next)).not.toBe(first);
  });
});
