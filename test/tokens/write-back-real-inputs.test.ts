/**
 * Write-back on real saved responses (Figma's own example fixtures) and on the shapes real files
 * hold: a round trip plans nothing, a single edit plans exactly that edit.
 */
import { readFileSync } from 'node:fs';
import type { LocalVariable, RGBA } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import type { ConvertOptions } from '../../src/tokens/convert.ts';
import { readDtcgExport } from '../../src/tokens/dtcg/read.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import type { DtcgExport, DtcgToken } from '../../src/tokens/dtcg/read-types.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import type { FigmaVariablesInput } from '../../src/tokens/model.ts';
import { buildChangeSet } from '../../src/tokens/writeback/build-change-set.ts';
import { collection, variable } from './hostile-input.ts';

const publicInput = (name: string): FigmaVariablesInput =>
  (
    JSON.parse(readFileSync(`test/fixtures/public/${name}`, 'utf8')) as {
      meta: FigmaVariablesInput;
    }
  ).meta;

function exportOf(input: FigmaVariablesInput, options: ConvertOptions = {}): DtcgExport {
  const files = buildFormat(convertVariables(input, options), 'dtcg', {});
  return readDtcgExport(files.map((file) => ({ name: file.path, text: file.contents })));
}

const tokenNamed = (desired: DtcgExport, name: string): DtcgToken =>
  Object.values(desired.tokens).find((token) => token.name === name)!;

const alias = (id: string) => ({ type: 'VARIABLE_ALIAS' as const, id });
const rgba = (r: number, g: number, b: number, a = 1) => ({ r, g, b, a });
const composed = (color: unknown, opacity: unknown) =>
  ({ color, opacity }) as unknown as LocalVariable['valuesByMode'][string];

function input(
  collections: ReturnType<typeof collection>[],
  variables: LocalVariable[],
): FigmaVariablesInput {
  for (const v of variables)
    collections.find((c) => c.id === v.variableCollectionId)?.variableIds.push(v.id);
  return {
    variableCollections: Object.fromEntries(collections.map((c) => [c.id, c])),
    variables: Object.fromEntries(variables.map((v) => [v.id, v])),
  };
}

const valuesSent = (desired: DtcgExport, current: FigmaVariablesInput, allowDelete = false) => {
  const changeSet = buildChangeSet(current, desired, { allowDelete });
  expect(changeSet.errors).toEqual([]);
  return changeSet.body?.variableModeValues ?? [];
};

describe.each([
  'figma-example-handles-aliases.json',
  'figma-example-returns-token-files.json',
  'figma-example-ignores-remote.json',
  'tromsfylkestrafikk-variables-local.json',
])('the saved response %s', (name) => {
  it.each([false, true])('round trip plans nothing (deletes allowed: %s)', (allowDelete) => {
    const current = publicInput(name);
    const changeSet = buildChangeSet(current, exportOf(current), { allowDelete });
    expect(changeSet.errors).toEqual([]);
    expect(changeSet.preview.rows).toEqual([]);
    expect(changeSet.empty).toBe(true);
  });
});

describe('a mode Figma left empty (“handles aliases”)', () => {
  it('is sent only once the user changes it', () => {
    const current = publicInput('figma-example-handles-aliases.json');
    const desired = exportOf(current);
    const var1 = tokenNamed(desired, 'var1');
    const mode2 = desired.collections[0]!.modes.find((m) => m.name === 'mode2')!;
    expect(var1.values[mode2.key]).toMatchObject({ filled: true });
    var1.values[mode2.key] = { kind: 'literal', value: 7, filled: true };
    expect(valuesSent(desired, current)).toEqual([
      { variableId: 'VariableID:2:1', modeId: '1:1', value: 7 },
    ]);
  });
});

describe('deleted-but-referenced variables', () => {
  const current = () =>
    input(
      [collection('C', ['m'])],
      [
        {
          ...variable('dead', 'x', 'C', { m: rgba(1, 0, 0) }, 'COLOR'),
          deletedButReferenced: true,
        },
        variable('live', 'x', 'C', { m: rgba(0, 0, 1) }, 'COLOR'),
        variable('user', 'y', 'C', { m: alias('dead') }, 'COLOR'),
      ],
    );

  it.each([
    ['skip', false],
    ['skip', true],
    ['separate', false],
    ['separate', true],
  ] as const)('never block, create or delete anything (%s, deletes %s)', (deleted, allowDelete) => {
    const figma = current();
    const changeSet = buildChangeSet(figma, exportOf(figma, { deletedVariables: deleted }), {
      allowDelete,
    });
    expect(changeSet.errors).toEqual([]);
    expect(changeSet.preview.rows).toEqual([]);
    expect(changeSet.empty).toBe(true);
  });
});

describe('composed colours', () => {
  const current = () =>
    input(
      [collection('P', ['base']), collection('S', ['Light', 'Dark'])],
      [
        variable('blue', 'blue', 'P', { base: rgba(0, 0, 1) }, 'COLOR'),
        variable('red', 'red', 'P', { base: rgba(1, 0, 0) }, 'COLOR'),
        variable('half', 'opacity/half', 'P', { base: 0.5 }, 'FLOAT'),
        variable(
          'hover',
          'bg/hover',
          'S',
          {
            Light: composed(alias('blue'), 0.25),
            Dark: composed(rgba(1, 0, 0, 0.8), alias('half')),
          },
          'COLOR',
        ),
        variable('user', 'bg/user', 'S', { Light: alias('hover'), Dark: alias('hover') }, 'COLOR'),
      ],
    );
  const lightOf = (desired: DtcgExport) =>
    desired.collections.find((c) => c.name === 'S')!.modes.find((m) => m.name === 'Light')!.key;

  it.each([false, true])(
    'round-trip unchanged, never deleted (deletes allowed: %s)',
    (allowDelete) => {
      const figma = current();
      const changeSet = buildChangeSet(figma, exportOf(figma), { allowDelete });
      expect(changeSet.errors).toEqual([]);
      expect(changeSet.preview.rows).toEqual([]);
      expect(changeSet.warnings.map((w) => w.message).join('\n')).not.toMatch(/allow deletes/);
    },
  );

  it('an edited opacity is one update of the composed value', () => {
    const figma = current();
    const desired = exportOf(figma);
    const value = tokenNamed(desired, 'bg/hover').values[lightOf(desired)];
    if (value?.kind !== 'literal' || !value.composed) throw new Error('no composed value read');
    value.composed.opacity = { kind: 'literal', value: 0.75 };
    expect(valuesSent(desired, figma)).toEqual([
      { variableId: 'hover', modeId: 'Light', value: { color: alias('blue'), opacity: 0.75 } },
    ]);
  });

  it('an edited link is one update of the composed value', () => {
    const figma = current();
    const desired = exportOf(figma);
    const value = tokenNamed(desired, 'bg/hover').values[lightOf(desired)];
    if (value?.kind !== 'literal' || !value.composed) throw new Error('no composed value read');
    value.composed.color = { kind: 'alias', targetKey: 'red', targetPath: 'p.red' };
    expect(valuesSent(desired, figma)).toEqual([
      { variableId: 'hover', modeId: 'Light', value: { color: alias('red'), opacity: 0.25 } },
    ]);
  });

  it('an edited $value becomes a flat colour, with a warning', () => {
    const figma = current();
    const desired = exportOf(figma);
    const value = tokenNamed(desired, 'bg/hover').values[lightOf(desired)];
    if (value?.kind !== 'literal') throw new Error('no value read');
    value.value = { colorSpace: 'srgb', components: [0, 1, 0], alpha: 1 };
    const changeSet = buildChangeSet(figma, desired, { allowDelete: false });
    expect(changeSet.body?.variableModeValues).toEqual([
      { variableId: 'hover', modeId: 'Light', value: { r: 0, g: 1, b: 0, a: 1 } },
    ]);
    expect(changeSet.warnings).toContainEqual(
      expect.objectContaining({ code: 'composed-flattened', variable: 'bg/hover' }),
    );
  });
});

describe('a colour whose hex and components disagree', () => {
  it('is an error naming the token, not a silent choice', () => {
    const figma = input(
      [collection('P', ['base'])],
      [variable('blue', 'blue', 'P', { base: rgba(0, 0, 1) }, 'COLOR')],
    );
    const desired = exportOf(figma);
    const blue = tokenNamed(desired, 'blue');
    const [modeKey] = Object.keys(blue.values);
    blue.values[modeKey!] = {
      kind: 'literal',
      value: { colorSpace: 'srgb', components: [0, 0, 1], alpha: 1, hex: '#ff0000' },
    };
    const changeSet = buildChangeSet(figma, desired, { allowDelete: false });
    expect(changeSet.body).toBeUndefined();
    expect(changeSet.errors).toEqual([
      expect.objectContaining({
        code: 'value',
        variable: 'blue',
        message: expect.stringMatching(/hex #ff0000 and components \(#0000ff\) disagree/),
      }),
    ]);
  });
});

describe('a colour in another space with a hex fallback', () => {
  it('is read from its components: DTCG’s hex is only a fallback, made by some gamut mapping', () => {
    // Tailwind v4's slate-400, as a public DTCG palette writes it: its hex is 4 steps from ours.
    const slate = { colorSpace: 'oklch', components: [0.704, 0.04, 256.788], alpha: 1 };
    const { input, warnings } = parseTokenInput([
      {
        name: 'palette.tokens.json',
        text: JSON.stringify({
          slate: { $type: 'color', $value: { ...slate, hex: '#94a3b8' } },
          muted: { $type: 'color', $value: '{slate}' },
        }),
      },
    ]);
    expect(warnings).toEqual([]);
    const byName = new Map(Object.values(input.variables).map((v) => [v.name, v]));
    const [value] = Object.values(byName.get('slate')!.valuesByMode) as RGBA[];
    // From the components (#90a1b9), not the fallback (#94a3b8).
    expect([value!.r, value!.g, value!.b].map((c) => Math.round(c * 255))).toEqual([144, 161, 185]);
    expect(Object.values(byName.get('muted')!.valuesByMode)).toEqual([
      { type: 'VARIABLE_ALIAS', id: byName.get('slate')!.id },
    ]);
  });
});

describe('library variables inlined on export', () => {
  it('round-trip as no change', () => {
    const lib = { ...collection('Lib', ['m']), remote: true };
    const figma = input(
      [lib, collection('L', ['m'])],
      [
        { ...variable('brand', 'brand', 'Lib', { m: rgba(0, 1, 0) }, 'COLOR'), remote: true },
        variable('local', 'accent', 'L', { m: alias('brand') }, 'COLOR'),
      ],
    );
    for (const allowDelete of [false, true]) {
      const changeSet = buildChangeSet(figma, exportOf(figma), { allowDelete });
      expect(changeSet.errors).toEqual([]);
      expect(changeSet.empty).toBe(true);
    }
  });
});
