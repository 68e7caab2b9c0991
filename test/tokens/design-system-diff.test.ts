/** Diff and deprecations on real exports of the demo design system (multi-file and bundled). */
import { describe, expect, it } from 'vitest';
import { designSystemVariables } from '../fixtures/figma/design-system-variables.ts';
import { convertVariables } from '../../src/tokens/convert.ts';
import { readDtcgExport } from '../../src/tokens/dtcg/read.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import { applyDeprecations } from '../../src/tokens/diff/apply-deprecations.ts';
import { diffExports } from '../../src/tokens/diff/diff-exports.ts';

const exportOf = (meta: ReturnType<typeof designSystemVariables>, bundle: boolean) =>
  buildFormat(convertVariables(meta), 'dtcg', { bundle });
const read = (files: { path: string; contents: string }[]) =>
  readDtcgExport(files.map((f) => ({ name: f.path, text: f.contents })));

describe('diff of design-system exports', () => {
  it.each([true, false])(
    'reports a rename, a value change, an addition and a removal (bundle: %s)',
    (bundle) => {
      const before = designSystemVariables();
      const after = designSystemVariables();
      const ids = Object.values(after.variables).filter(
        (v) => after.variableCollections[v.variableCollectionId],
      );
      const renamed = ids.find((v) => v.name === 'space/16')!;
      renamed.name = 'space/md';
      const removed = ids.find((v) => v.name === 'z/overlay')!;
      delete after.variables[removed.id];
      const collection = after.variableCollections[removed.variableCollectionId]!;
      collection.variableIds = collection.variableIds.filter((id) => id !== removed.id);
      after.variables['VariableID:1:999'] = { ...removed, id: 'VariableID:1:999', name: 'z/modal' };
      collection.variableIds.push('VariableID:1:999');
      const isAlias = (x: unknown) => typeof x === 'object' && x !== null && 'type' in x;
      // A colour with literal values only, so the change is one mode's literal.
      const changedColor = ids.find(
        (v) => v.resolvedType === 'COLOR' && !Object.values(v.valuesByMode).some(isAlias),
      )!;
      const [firstMode] = Object.keys(changedColor.valuesByMode);
      changedColor.valuesByMode[firstMode!] = { r: 0.1, g: 0.2, b: 0.3, a: 1 };

      const previousFiles = exportOf(before, bundle);
      const nextFiles = exportOf(after, bundle);
      const diff = diffExports(read(previousFiles), read(nextFiles));
      expect(diff.renamed.map((t) => [t.variableId, t.from.name, t.name])).toEqual([
        [renamed.id, 'space/16', 'space/md'],
      ]);
      expect(diff.added.map((t) => t.name)).toEqual(['z/modal']);
      expect(diff.removed.map((t) => t.name)).toEqual(['z/overlay']);
      expect(diff.changed.map((t) => t.variableId)).toEqual([changedColor.id]);
      expect(diff.changed[0]!.changes).toHaveLength(1);
      expect(diff.counts.typeChanged).toBe(0);

      const kept = applyDeprecations(nextFiles, diff, 'Removed in 2.0');
      expect(kept.kept).toEqual([diff.removed[0]!.path]);
      const reread = read(kept.files);
      expect(reread.tokens[removed.id]).toMatchObject({
        name: 'z/overlay',
        deprecated: 'Removed in 2.0',
      });
      expect(diffExports(read(previousFiles), reread).counts.removed).toBe(0);
    },
  );
});
