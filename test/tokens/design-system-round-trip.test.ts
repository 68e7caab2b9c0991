/**
 * The demo design system (aliases across collections and chains, per-collection modes, a hidden
 * variable, a library alias, colliding names) survives export → import and export → write-back.
 */
import { describe, expect, it } from 'vitest';
import { designSystemVariables } from '../fixtures/figma/design-system-variables.ts';
import { convertVariables } from '../../src/tokens/convert.ts';
import { readDtcgExport } from '../../src/tokens/dtcg/read.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import { buildChangeSet } from '../../src/tokens/writeback/build-change-set.ts';

function exportFiles(bundle: boolean) {
  const model = convertVariables(designSystemVariables());
  return buildFormat(model, 'dtcg', { bundle }).map((file) => ({
    name: file.path,
    text: file.contents,
  }));
}

describe('design system round trip', () => {
  it.each([true, false])(
    'plans no change when its export (bundle: %s) is written back',
    (bundle) => {
      const current = designSystemVariables();
      const changeSet = buildChangeSet(current, readDtcgExport(exportFiles(bundle)), {
        allowDelete: true,
      });
      expect(changeSet.errors).toEqual([]);
      expect(changeSet.preview.rows).toEqual([]);
      expect(changeSet.empty).toBe(true);
    },
  );

  it('imports its own export back to the same variables (ids, names, values)', () => {
    const original = designSystemVariables();
    const { input, source } = parseTokenInput(exportFiles(true));
    expect(source).toBe('dtcg');
    const local = Object.values(original.variables).filter(
      (v) => original.variableCollections[v.variableCollectionId],
    );
    expect(Object.keys(input.variables).sort()).toEqual(local.map((v) => v.id).sort());
    for (const variable of local) {
      const copy = input.variables[variable.id]!;
      expect(copy.name).toBe(variable.name);
      expect(copy.variableCollectionId).toBe(variable.variableCollectionId);
      expect(copy.resolvedType).toBe(variable.resolvedType);
      for (const [modeId, value] of Object.entries(variable.valuesByMode)) {
        // Library aliases are exported as their resolved value (with a warning), not as aliases.
        const target =
          typeof value === 'object' && 'type' in value ? original.variables[value.id] : undefined;
        const isRemoteAlias =
          target !== undefined && !original.variableCollections[target.variableCollectionId];
        if (isRemoteAlias) continue;
        expect(copy.valuesByMode[modeId], `${variable.name} ${modeId}`).toEqual(value);
      }
    }
    expect(Object.values(input.variableCollections).map((c) => [c.id, c.name, c.modes])).toEqual(
      Object.values(original.variableCollections).map((c) => [c.id, c.name, c.modes]),
    );
  });

  it('a value copied in from a library variable keeps its source on a re-export, until edited', () => {
    const first = exportFiles(false);
    const again = buildFormat(convertVariables(parseTokenInput(first).input), 'dtcg');
    const sources = (files: { text: string }[]) =>
      files.flatMap((file) =>
        [...file.text.matchAll(/"libraryAlias": \{[^}]*\}/g)].map((m) => m[0]),
      );
    expect(sources(first).length).toBeGreaterThan(0);
    expect(again.map((file) => ({ name: file.path, text: file.contents }))).toEqual(first);
    // The same file saved as a variables/local response: codeSyntax keeps Figma's order there too.
    const saved = JSON.stringify({ status: 200, error: false, meta: designSystemVariables() });
    const fromSaved = buildFormat(
      convertVariables(parseTokenInput([{ name: 'variables.json', text: saved }]).input),
      'dtcg',
    );
    expect(fromSaved.map((file) => ({ name: file.path, text: file.contents }))).toEqual(first);

    // Edited by hand: the value is no longer the library's, so nothing claims it is.
    let changed = false;
    const edited = first.map((file) => {
      const json = JSON.parse(file.text) as unknown;
      const visit = (node: unknown): void => {
        if (typeof node !== 'object' || node === null) return;
        const figma = (node as { $extensions?: { 'com.figma'?: { libraryAlias?: unknown } } })
          .$extensions?.['com.figma'];
        if (figma?.libraryAlias && !changed) {
          (node as { $value: { hex?: string } }).$value = {
            colorSpace: 'srgb',
            components: [0, 0.5, 0],
            hex: '#008000',
          } as never;
          changed = true;
        }
        Object.values(node).forEach(visit);
      };
      visit(json);
      return { name: file.name, text: JSON.stringify(json) };
    });
    const reexported = buildFormat(convertVariables(parseTokenInput(edited).input), 'dtcg');
    expect(sources(reexported.map((file) => ({ text: file.contents }))).length).toBe(
      sources(first).length - 1,
    );
  });
});
