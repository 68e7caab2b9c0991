/**
 * A new baseline (every download saves one) changes the diff, not the files: the bundled DTCG
 * the diff reads is written once per model, not again for each baseline.
 */
import { convertVariables } from '../tokens/convert';
import { collection, variable } from '../../test/tokens/hostile-input';
import { dtcgBundleTexts } from './use-export-outputs';

/** One collection "Space" holding one variable, gap = 8 (a GAP, so a dimension). */
const input = () => ({
  variableCollections: { Space: { ...collection('Space', ['Default']), variableIds: ['v'] } },
  variables: { v: { ...variable('v', 'gap', 'Space', { Default: 8 }), scopes: ['GAP' as const] } },
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
