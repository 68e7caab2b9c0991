/**
 * Figma's own "Export variables" files uploaded for a write-back (baloise's public export): read
 * as the import reads them, with their variable ids, they match the file's variables, and an
 * unchanged upload plans nothing. Read as plain DTCG they were 259 new variables in new
 * collections, which a confirmed write-back would have duplicated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FigmaVariablesInput } from '../../src/tokens/model.ts';
import { describe, expect, it } from 'vitest';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import { buildChangeSet } from '../../src/tokens/writeback/build-change-set.ts';
import { readUpload } from '../../src/tokens/writeback/read-upload.ts';

const ROOT = join(import.meta.dirname, '../fixtures/public/baloise-figma-native-export');

function files(dir = ROOT): { name: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : entry.name.endsWith('.tokens.json')
        ? [
            {
              name: relative(ROOT, join(dir, entry.name)),
              text: readFileSync(join(dir, entry.name), 'utf8'),
            },
          ]
        : [],
  );
}

/**
 * The Figma file the export came from: its variables as the import reads them, but with the
 * ids and names Figma gives collections and modes (the export holds neither).
 */
function figmaFile(): FigmaVariablesInput {
  const { input } = parseTokenInput(files());
  const live: FigmaVariablesInput = { variables: {}, variableCollections: {} };
  const modeIds = new Map<string, string>();
  Object.values(input.variableCollections).forEach((collection, c) => {
    const id = `VariableCollectionId:900:${c}`;
    const modes = collection.modes.map((mode, m) => {
      modeIds.set(mode.modeId, `900${c}:${m}`);
      return { ...mode, modeId: `900${c}:${m}` };
    });
    live.variableCollections[id] = {
      ...collection,
      id,
      // Figma's name and flag, which the export does not hold (it names a folder there).
      name: `${collection.name} in Figma`,
      hiddenFromPublishing: true,
      modes,
      defaultModeId: modeIds.get(collection.defaultModeId)!,
    };
    for (const variable of Object.values(input.variables))
      if (variable.variableCollectionId === collection.id)
        live.variables[variable.id] = {
          ...variable,
          // Nor does it hold a variable's own hidden flag, nor (it seems) its description.
          hiddenFromPublishing: true,
          description: variable.description || 'Set in Figma',
          variableCollectionId: id,
          valuesByMode: Object.fromEntries(
            Object.entries(variable.valuesByMode).map(([modeId, value]) => [
              modeIds.get(modeId)!,
              value,
            ]),
          ),
        };
  });
  return live;
}

describe('Figma’s own export uploaded for a write-back', () => {
  it('matches the file’s collections by the variables they hold: an unchanged upload plans nothing', () => {
    const live = figmaFile();
    expect(Object.keys(live.variables)).toHaveLength(259);
    const changeSet = buildChangeSet(live, readUpload(files()), { allowDelete: true });
    expect(changeSet.errors).toEqual([]);
    expect(changeSet.preview.counts.collections).toEqual({ created: 0, updated: 0, deleted: 0 });
    expect(changeSet.preview.rows).toEqual([]);
    expect(changeSet.empty).toBe(true);
  });

  it('plans exactly an edited value', () => {
    const live = figmaFile();
    const edited = files().map((file) =>
      file.name.endsWith('Desktop.tokens.json')
        ? { ...file, text: file.text.replace(/"\$value": 32\b/, '"$value": 33') }
        : file,
    );
    expect(edited).not.toEqual(files());
    const changeSet = buildChangeSet(live, readUpload(edited), { allowDelete: true });
    expect(changeSet.errors).toEqual([]);
    expect(changeSet.preview.rows).toHaveLength(1);
    expect(changeSet.body?.variableModeValues).toEqual([expect.objectContaining({ value: 33 })]);
  });
});
