import { describe, expect, it } from 'vitest';
import { designSystemVariables } from '../../test/fixtures/figma/design-system-variables';
import {
  earlierDesignSystemVariables,
  EARLIER_EDITS,
} from '../../test/fixtures/github-demo/earlier-design-system';
import { convertVariables } from '../tokens/convert';
import { buildFormat } from '../tokens/formats';
import { readDtcgExport } from '../tokens/dtcg/read';
import { diffExports } from '../tokens/diff/diff-exports';
import { changeRows, valueText } from './review';
import { buildPullRequest } from './pr-body';
import { branchName, fileMarker, gitBlobSha, planWrites, slugify } from './plan';

const read = (meta: ReturnType<typeof designSystemVariables>) =>
  readDtcgExport(
    buildFormat(convertVariables(meta, { includeHidden: true }), 'dtcg').map((f) => ({
      name: f.path,
      text: f.contents,
    })),
  );

describe('change rows and the pull request body', () => {
  const previous = read(earlierDesignSystemVariables());
  const next = read(designSystemVariables());
  const diff = diffExports(previous, next);
  const rows = changeRows(diff, next);

  it('has one row per changed token, renamed-and-changed merged', () => {
    expect(rows.map((r) => [r.kind, r.path])).toEqual([
      ['changed', 'density.size.control-height'],
      ['changed', 'semantic.color.accent.hover'],
      ['renamed', 'semantic.radius.control'],
      ['added', 'primitives.opacity.disabled'],
      ['removed', 'semantic.color.bg.overlay'],
    ]);
    const hover = rows.find((r) => r.path === 'semantic.color.accent.hover')!;
    expect(
      hover.modes.map((m) => [
        m.mode,
        valueText(m.before, hover.type).text,
        valueText(m.after, hover.type).text,
      ]),
    ).toEqual([['Dark', '#93c5fd', '#bfdbfe']]);
    expect(valueText(hover.modes[0]!.after, hover.type).swatch).toBe('rgb(191 219 254 / 1)');
  });

  it('lists exactly the changed tokens, with counts, values per mode, link and version', () => {
    const { title, body } = buildPullRequest({
      source: { fileKey: 'KEY123', fileName: 'Acme | Design', version: '4242' },
      diff,
      rows,
      files: { written: ['design-tokens/tokens.css'], deleted: [] },
      base: 'main',
    });
    expect(title).toBe('Design tokens from Figma: Acme | Design (5 tokens)');
    expect(body).toContain(fileMarker('KEY123'));
    expect(body).toContain('[Acme \\| Design](https://www.figma.com/design/KEY123) (version 4242)');
    expect(body).toContain('**2 changed · 1 added · 1 removed · 1 renamed**');
    const tokenCells = body
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split(' | ')[0]!.slice(2));
    expect(new Set(tokenCells)).toEqual(
      new Set([
        ...Object.keys(EARLIER_EDITS.changed).map((p) => `\`${p}\``),
        ...EARLIER_EDITS.added.map((p) => `\`${p}\``),
        ...EARLIER_EDITS.removed.map((p) => `\`${p}\``),
        ...EARLIER_EDITS.renamed.map(([from, to]) => `\`${from}\` → \`${to}\``),
      ]),
    );
    expect(body).toContain(
      '| `semantic.color.accent.hover` | Changed | Dark | `#93c5fd` | `#bfdbfe` |',
    );
    expect(body).toContain(
      '| `density.size.control-height` | Changed | Comfortable | `44px` | `40px` |',
    );
  });
});

describe('write plan', () => {
  it("computes git's blob ids", async () => {
    // `printf 'hello\n' | git hash-object --stdin`
    expect(await gitBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  it('writes only files whose content differs and deletes stale token files in the folder', async () => {
    const branch = new Map([
      ['tokens/a.tokens.json', await gitBlobSha('same')],
      ['tokens/old.tokens.json', await gitBlobSha('x')],
      ['tokens/notes.md', await gitBlobSha('keep')],
      ['other/z.tokens.json', await gitBlobSha('outside')],
    ]);
    const plan = await planWrites(
      [
        { path: 'tokens/a.tokens.json', contents: 'same' },
        { path: 'tokens/b.css', contents: 'new' },
      ],
      'tokens',
      branch,
    );
    expect(plan.writes.map((f) => f.path)).toEqual(['tokens/b.css']);
    expect(plan.deletes).toEqual(['tokens/old.tokens.json']);
  });

  it('names branches tokenport/<file-slug>-<date>', () => {
    expect(branchName('Acme Design System ✨', new Date('2026-11-28T23:30:00Z'))).toBe(
      'tokenport/acme-design-system-2026-11-28',
    );
    expect(slugify('***')).toBe('figma-file');
  });
});
