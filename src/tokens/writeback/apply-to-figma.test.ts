/**
 * Sends change sets to the emulator's implementation of POST /v1/files/:key/variables (the pure
 * function behind the endpoint, with Figma's validation and temp-id rules) and checks that
 * Figma ends up matching the export: planning again afterwards finds nothing left to do.
 */
import { describe, expect, it } from 'vitest';
import { applyVariableChanges } from '../../../test/emulator/variables-post.ts';
import { readDtcgExport } from '../dtcg/read.ts';
import type { FigmaVariablesInput } from '../model.ts';
import { parseTokenInput } from '../import/parse-token-input.ts';
import { applyTempIds } from './apply-temp-ids.ts';
import { buildChangeSet } from './build-change-set.ts';
import type { ChangeSet } from './types.ts';

/** Posts every body in order, mapping temp ids between requests as a client must. */
function send(current: FigmaVariablesInput, changeSet: ChangeSet): FigmaVariablesInput {
  let state = current;
  let pending = changeSet;
  while (pending.bodies.length > 0) {
    const [body, ...rest] = pending.bodies;
    const { next, tempIdToRealId } = applyVariableChanges(state, body);
    state = next;
    pending = applyTempIds({ ...pending, bodies: rest }, tempIdToRealId);
  }
  return state;
}

const srgb = (r: number, g: number, b: number, alpha = 1) => ({
  colorSpace: 'srgb',
  components: [r, g, b],
  alpha,
});

function figmaFile(): FigmaVariablesInput {
  const text = JSON.stringify({
    variableCollections: {
      'VariableCollectionId:1:0': {
        id: 'VariableCollectionId:1:0',
        name: 'Primitives',
        key: 'a',
        modes: [{ modeId: '1:0', name: 'Value' }],
        defaultModeId: '1:0',
        remote: false,
        hiddenFromPublishing: false,
        variableIds: ['VariableID:1:1', 'VariableID:1:2', 'VariableID:1:3'],
      },
    },
    variables: {
      'VariableID:1:1': {
        id: 'VariableID:1:1',
        name: 'color/blue',
        key: 'b',
        variableCollectionId: 'VariableCollectionId:1:0',
        resolvedType: 'COLOR',
        valuesByMode: { '1:0': { r: 0, g: 0, b: 1, a: 1 } },
        remote: false,
        description: '',
        hiddenFromPublishing: false,
        scopes: ['ALL_SCOPES'],
        codeSyntax: {},
      },
      'VariableID:1:2': {
        id: 'VariableID:1:2',
        name: 'color/old',
        key: 'c',
        variableCollectionId: 'VariableCollectionId:1:0',
        resolvedType: 'COLOR',
        valuesByMode: { '1:0': { r: 1, g: 1, b: 1, a: 1 } },
        remote: false,
        description: '',
        hiddenFromPublishing: false,
        scopes: ['ALL_SCOPES'],
        codeSyntax: {},
      },
      'VariableID:1:3': {
        id: 'VariableID:1:3',
        name: 'space/md',
        key: 'd',
        variableCollectionId: 'VariableCollectionId:1:0',
        resolvedType: 'FLOAT',
        valuesByMode: { '1:0': 8 },
        remote: false,
        description: '',
        hiddenFromPublishing: false,
        scopes: ['GAP'],
        codeSyntax: {},
      },
    },
  });
  return parseTokenInput([{ name: 'figma.json', text }]).input;
}

/** A DTCG file (no Figma ids) describing where the design system should go. */
function desiredFile(extraThemeTokens = 0) {
  const theme: Record<string, unknown> = { $type: 'color' };
  for (let i = 0; i < extraThemeTokens; i++)
    theme[`extra-${i}`] = {
      $value: i === 0 ? '{primitives.color.blue}' : `{theme.extra-${i - 1}}`,
    };
  return {
    name: 'tokens.resolver.json',
    text: JSON.stringify({
      version: '2025.10',
      sets: {
        Primitives: {
          sources: [
            {
              primitives: {
                color: {
                  $type: 'color',
                  blue: { $value: srgb(0, 0.2, 1) },
                  red: { $value: srgb(1, 0, 0, 0.5) },
                },
                space: { md: { $type: 'dimension', $value: { value: 12, unit: 'px' } } },
              },
            },
          ],
        },
      },
      modifiers: {
        Theme: {
          contexts: {
            Light: [
              {
                theme: { ...theme, accent: { $type: 'color', $value: '{primitives.color.blue}' } },
              },
            ],
            Dark: [
              { theme: { ...theme, accent: { $type: 'color', $value: '{primitives.color.red}' } } },
            ],
          },
          default: 'Light',
        },
      },
      resolutionOrder: [{ $ref: '#/sets/Primitives' }, { $ref: '#/modifiers/Theme' }],
    }),
  };
}

describe('change sets against Figma (emulated POST /variables)', () => {
  it('brings Figma to the export in one request, after which nothing is left to change', () => {
    const current = figmaFile();
    const desired = readDtcgExport([desiredFile()]);
    const changeSet = buildChangeSet(current, desired, { allowDelete: true });
    expect(changeSet.errors).toEqual([]);
    expect(changeSet.bodies).toHaveLength(1);
    expect(changeSet.preview.counts).toMatchObject({
      collections: { created: 1, updated: 0, deleted: 0 },
      modes: { created: 2 },
      variables: { created: 2, updated: 2, deleted: 1 },
    });
    const after = send(current, changeSet);
    const names = Object.values(after.variables)
      .map((v) => v.name)
      .sort();
    expect(names).toEqual(['accent', 'color/blue', 'color/red', 'space/md']);
    const theme = Object.values(after.variableCollections).find((c) => c.name === 'Theme')!;
    expect(theme.modes.map((m) => m.name)).toEqual(['Light', 'Dark']);
    const accent = Object.values(after.variables).find((v) => v.name === 'accent')!;
    const red = Object.values(after.variables).find((v) => v.name === 'color/red')!;
    expect(accent.valuesByMode[theme.modes[1]!.modeId]).toEqual({
      type: 'VARIABLE_ALIAS',
      id: red.id,
    });
    expect(after.variables['VariableID:1:3']!.valuesByMode['1:0']).toBe(12);

    const again = buildChangeSet(after, desired, { allowDelete: true });
    expect(again.errors).toEqual([]);
    expect(again.empty).toBe(true);
  });

  it('sends a split change set as several requests that together reach the same state', () => {
    const current = figmaFile();
    const desired = readDtcgExport([desiredFile(120)]);
    const changeSet = buildChangeSet(current, desired, { allowDelete: false, maxBodyBytes: 6000 });
    expect(changeSet.errors).toEqual([]);
    expect(changeSet.split).toBe(true);
    expect(changeSet.bodies.length).toBeGreaterThan(2);
    const after = send(current, changeSet);
    expect(Object.values(after.variables).filter((v) => v.name.startsWith('extra-'))).toHaveLength(
      120,
    );
    const again = buildChangeSet(after, desired, { allowDelete: false });
    expect(again.empty).toBe(true);
  });
});
