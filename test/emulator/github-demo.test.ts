/** The demo repository (the committed files the emulator serves) against today's design system. */
import { describe, expect, it } from 'vitest';
import { DEMO_FOLDER, readDemoRepoFiles } from '../fixtures/github-demo/build-demo-repo';
import { EARLIER_EDITS } from '../fixtures/github-demo/earlier-design-system';
import { designSystemVariables } from '../fixtures/figma/design-system-variables';
import { convertVariables } from '../../src/tokens/convert';
import { buildFormat } from '../../src/tokens/formats';
import { readDtcgExport } from '../../src/tokens/dtcg/read';
import { diffExports } from '../../src/tokens/diff/diff-exports';

describe('demo repository fixture', () => {
  const files = readDemoRepoFiles();

  it("differs from today's design system by exactly the named edits", () => {
    const repo = Object.entries(files)
      .filter(([path]) => path.startsWith(`${DEMO_FOLDER}/`) && path.endsWith('.json'))
      .map(([name, text]) => ({ name, text }));
    const current = buildFormat(
      convertVariables(designSystemVariables(), { includeHidden: true }),
      'dtcg',
    );
    const diff = diffExports(
      readDtcgExport(repo),
      readDtcgExport(current.map((f) => ({ name: f.path, text: f.contents }))),
    );
    expect(diff.added.map((t) => t.path)).toEqual(EARLIER_EDITS.added);
    expect(diff.removed.map((t) => t.path)).toEqual(EARLIER_EDITS.removed);
    expect(diff.renamed.map((t) => [t.from.path, t.path])).toEqual(EARLIER_EDITS.renamed);
    expect(
      Object.fromEntries(diff.changed.map((t) => [t.path, t.changes.map((c) => c.mode)])),
    ).toEqual(EARLIER_EDITS.changed);
  });
});
