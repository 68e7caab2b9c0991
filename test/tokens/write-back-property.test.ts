/**
 * Property over real-shaped inputs: modes Figma left empty, composed colours, deleted-but-
 * referenced variables (sometimes sharing a live variable's name) and library variables that
 * local ones alias. Export → plan is empty; any single edit → the plan holds exactly that edit.
 */
import type { LocalVariable, LocalVariableCollection } from '@figma/rest-api-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import type { ConvertOptions } from '../../src/tokens/convert.ts';
import { readDtcgExport } from '../../src/tokens/dtcg/read.ts';
import type { DtcgExport } from '../../src/tokens/dtcg/read-types.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import type { FigmaVariablesInput } from '../../src/tokens/model.ts';
import { buildChangeSet } from '../../src/tokens/writeback/build-change-set.ts';

type Value = LocalVariable['valuesByMode'][string];
type Kind = 'COLOR' | 'FLOAT' | 'COMPOSED';

const unit = fc.integer({ min: 0, max: 255 }).map((n) => n / 255);
const variableSpec = fc.record({
  kind: fc.constantFrom<Kind>('COLOR', 'FLOAT', 'COMPOSED'),
  name: fc.constantFrom('a', 'b', 'c', 'x/y', 'x/z', 'color/bg', 'space/1'),
  values: fc.array(fc.option(fc.nat({ max: 1000 }), { freq: 4 }), { minLength: 3, maxLength: 3 }),
  deleted: fc.boolean(),
  aliasLibrary: fc.boolean(),
});
const specs = fc.record({
  modes: fc.integer({ min: 1, max: 3 }),
  variables: fc.array(variableSpec, { minLength: 1, maxLength: 12 }),
  libraryColor: fc.tuple(unit, unit, unit),
});

type Spec = typeof specs extends fc.Arbitrary<infer T> ? T : never;

function inputOf(spec: Spec): FigmaVariablesInput {
  const modes = ['Light', 'Dark', 'Dim'].slice(0, spec.modes);
  const local: LocalVariableCollection = {
    id: 'VariableCollectionId:1:0',
    name: 'Theme',
    key: 'k1',
    modes: modes.map((name, i) => ({ modeId: `1:${i}`, name })),
    defaultModeId: '1:0',
    remote: false,
    hiddenFromPublishing: false,
    variableIds: [],
  };
  const library: LocalVariableCollection = {
    ...local,
    id: 'VariableCollectionId:9:0',
    name: 'Library',
    key: 'k9',
    modes: [{ modeId: '9:0', name: 'Value' }],
    defaultModeId: '9:0',
    remote: true,
  };
  const base = {
    key: 'k',
    remote: false,
    description: '',
    hiddenFromPublishing: false,
    scopes: [],
    codeSyntax: {},
  };
  const libraryVariable: LocalVariable = {
    ...base,
    id: 'VariableID:9:1',
    name: 'brand',
    variableCollectionId: library.id,
    resolvedType: 'COLOR',
    valuesByMode: {
      '9:0': { r: spec.libraryColor[0], g: spec.libraryColor[1], b: spec.libraryColor[2], a: 1 },
    },
    remote: true,
  };
  const variables: LocalVariable[] = [libraryVariable];
  const made: { id: string; type: 'COLOR' | 'FLOAT'; deleted: boolean }[] = [];
  spec.variables.forEach((v, index) => {
    const id = `VariableID:1:${index + 1}`;
    const type = v.kind === 'FLOAT' ? 'FLOAT' : 'COLOR';
    const earlier = (t: 'COLOR' | 'FLOAT') => made.filter((m) => m.type === t);
    const valuesByMode: LocalVariable['valuesByMode'] = {};
    local.modes.forEach((mode, mi) => {
      const n = mi === 0 ? (v.values[0] ?? 1) : v.values[mi];
      if (n === undefined || n === null) return;
      let value: Value;
      if (v.kind === 'FLOAT') value = n;
      else if (v.kind === 'COLOR')
        value =
          v.aliasLibrary && mi === 0
            ? { type: 'VARIABLE_ALIAS', id: libraryVariable.id }
            : { r: (n % 256) / 255, g: 0.5, b: 1, a: 1 };
      else {
        const colors = earlier('COLOR');
        const floats = earlier('FLOAT');
        const color = colors.length
          ? { type: 'VARIABLE_ALIAS' as const, id: colors[n % colors.length]!.id }
          : { r: 1, g: 0, b: 0, a: 1 };
        const opacity =
          floats.length && n % 2
            ? { type: 'VARIABLE_ALIAS' as const, id: floats[0]!.id }
            : (n % 100) / 100;
        value = { color, opacity } as unknown as Value;
      }
      valuesByMode[mode.modeId] = value;
    });
    variables.push({
      ...base,
      id,
      name: v.name,
      variableCollectionId: local.id,
      resolvedType: type,
      valuesByMode,
      ...(v.deleted ? { deletedButReferenced: true } : {}),
    });
    local.variableIds.push(id);
    made.push({ id, type, deleted: v.deleted });
  });
  // Figma keeps names unique among live variables of a collection.
  const seen = new Set<string>();
  for (const variable of variables) {
    if (variable.deletedButReferenced || variable.remote) continue;
    if (seen.has(variable.name)) variable.name = `${variable.name}-${variable.id.split(':')[2]}`;
    seen.add(variable.name);
  }
  library.variableIds.push(libraryVariable.id);
  return {
    variableCollections: { [local.id]: local, [library.id]: library },
    variables: Object.fromEntries(variables.map((v) => [v.id, v])),
  };
}

function exportOf(input: FigmaVariablesInput, options: ConvertOptions): DtcgExport {
  const model = convertVariables(input, options);
  expect(model.errors).toEqual([]);
  const files = buildFormat(model, 'dtcg', {});
  return readDtcgExport(files.map((file) => ({ name: file.path, text: file.contents })));
}

const deletedOption = fc.constantFrom<ConvertOptions['deletedVariables']>('skip', 'separate');

describe('write-back on real-shaped inputs', () => {
  it('plans nothing for an unchanged export', () => {
    fc.assert(
      fc.property(specs, deletedOption, fc.boolean(), (spec, deleted, allowDelete) => {
        const input = inputOf(spec);
        const changeSet = buildChangeSet(input, exportOf(input, { deletedVariables: deleted }), {
          allowDelete,
        });
        expect(changeSet.errors).toEqual([]);
        expect(changeSet.preview.rows).toEqual([]);
        expect(changeSet.empty).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it('plans exactly one value change for one edited value', () => {
    fc.assert(
      fc.property(specs, deletedOption, fc.nat(), (spec, deleted, pick) => {
        const input = inputOf(spec);
        const desired = exportOf(input, { deletedVariables: deleted });
        const candidates = Object.values(desired.tokens).flatMap((token) =>
          token.figma?.deletedButReferenced
            ? []
            : Object.entries(token.values).flatMap(([modeKey, value]) =>
                value.kind === 'literal' && !value.composed ? [{ token, modeKey, value }] : [],
              ),
        );
        fc.pre(candidates.length > 0);
        const { token, modeKey, value } = candidates[pick % candidates.length]!;
        const isColor = token.figma?.resolvedType === 'COLOR';
        token.values[modeKey] = {
          ...value,
          value: isColor
            ? { colorSpace: 'srgb', components: [0.123, 0.456, 0.789], alpha: 1 }
            : 123456,
        };
        const changeSet = buildChangeSet(input, desired, { allowDelete: false });
        expect(changeSet.errors).toEqual([]);
        expect(changeSet.body?.variables).toBeUndefined();
        expect(changeSet.body?.variableModeValues).toEqual([
          {
            variableId: token.variableId,
            modeId: modeKey,
            value: isColor ? { r: 0.123, g: 0.456, b: 0.789, a: 1 } : 123456,
          },
        ]);
      }),
      { numRuns: 120 },
    );
  });

  it('plans exactly one value change for one edited composed opacity', () => {
    fc.assert(
      fc.property(specs, fc.nat(), (spec, pick) => {
        const input = inputOf(spec);
        const desired = exportOf(input, {});
        const candidates = Object.values(desired.tokens).flatMap((token) =>
          Object.entries(token.values).flatMap(([modeKey, value]) =>
            value.kind === 'literal' && value.composed ? [{ token, modeKey, value }] : [],
          ),
        );
        fc.pre(candidates.length > 0);
        const { token, modeKey, value } = candidates[pick % candidates.length]!;
        if (value.kind !== 'literal' || !value.composed) return;
        value.composed.opacity = { kind: 'literal', value: 0.987 };
        const changeSet = buildChangeSet(input, desired, { allowDelete: false });
        expect(changeSet.errors).toEqual([]);
        expect(changeSet.body?.variableModeValues).toEqual([
          {
            variableId: token.variableId,
            modeId: modeKey,
            value: expect.objectContaining({ opacity: 0.987 }),
          },
        ]);
      }),
      { numRuns: 80 },
    );
  });
});
