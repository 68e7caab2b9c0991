/**
 * Property: exporting Figma variables to DTCG and planning a write-back of that export against
 * the same variables changes nothing; one edited colour plus one new variable is exactly two
 * changes. Runs the real pipeline: convertVariables → buildFormat('dtcg') → readDtcgExport →
 * buildChangeSet.
 */
import type { LocalVariable, LocalVariableCollection } from '@figma/rest-api-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../convert.ts';
import { buildFormat } from '../formats.ts';
import { readDtcgExport } from '../dtcg/read.ts';
import type { DtcgExport } from '../dtcg/read-types.ts';
import type { FigmaVariablesInput } from '../model.ts';
import { buildChangeSet } from './build-change-set.ts';
import { collection, variable } from '../../../test/tokens/hostile-input.ts';

type ResolvedType = LocalVariable['resolvedType'];
type Value = LocalVariable['valuesByMode'][string];

const segment = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _-]{0,7}$/).map((s) => s.trim() || 'x');
const variableName = fc
  .array(segment, { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('/'));
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const color = fc.record({ r: unit, g: unit, b: unit, a: fc.oneof(fc.constant(1), unit) });
const float = fc.oneof(
  fc.integer({ min: -500, max: 5000 }),
  fc.integer({ min: -10000, max: 10000 }).map((n) => n / 100),
);
const literalFor: Record<ResolvedType, fc.Arbitrary<Value>> = {
  COLOR: color,
  FLOAT: float,
  // Includes text that looks like a DTCG reference, which the reader must keep as text.
  STRING: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('{brand}', '{not.a.token}', '{}')),
  BOOLEAN: fc.boolean(),
};

interface Spec {
  collections: { name: string; modes: string[] }[];
  variables: {
    collection: number;
    name: string;
    type: ResolvedType;
    values: { alias: number | null; literal: Value }[];
  }[];
}

const specArbitrary: fc.Arbitrary<Spec> = fc
  .uniqueArray(
    fc.record({
      name: segment,
      modes: fc.uniqueArray(segment, {
        minLength: 1,
        maxLength: 3,
        selector: (m) => m.toLowerCase(),
      }),
    }),
    {
      minLength: 1,
      maxLength: 3,
      selector: (c) => c.name.toLowerCase(),
    },
  )
  .chain((collections) =>
    fc
      .uniqueArray(
        fc.record({
          collection: fc.nat({ max: collections.length - 1 }),
          name: variableName,
          type: fc.constantFrom<ResolvedType>('COLOR', 'FLOAT', 'STRING', 'BOOLEAN'),
        }),
        { minLength: 1, maxLength: 25, selector: (v) => `${v.collection}/${v.name.toLowerCase()}` },
      )
      .chain((variables) =>
        fc
          .tuple(
            ...variables.map((variable) =>
              fc.array(
                fc.record({
                  alias: fc.option(fc.nat({ max: 1000 }), { freq: 3 }),
                  literal: literalFor[variable.type],
                }),
                { minLength: 3, maxLength: 3 },
              ),
            ),
          )
          .map((values) => ({
            collections,
            variables: variables.map((variable, index) => ({
              ...variable,
              values: values[index]!,
            })),
          })),
      ),
  );

/** Builds Figma's shape; aliases only point backwards at same-typed variables, so no cycles. */
function inputOf(spec: Spec): FigmaVariablesInput {
  const input: FigmaVariablesInput = { variables: {}, variableCollections: {} };
  const collections: LocalVariableCollection[] = spec.collections.map((c, ci) => ({
    id: `VariableCollectionId:${ci + 1}:0`,
    name: c.name,
    key: `c${ci}`,
    modes: c.modes.map((mode, mi) => ({ modeId: `${ci + 1}:${mi}`, name: mode })),
    defaultModeId: `${ci + 1}:0`,
    remote: false,
    hiddenFromPublishing: false,
    variableIds: [],
  }));
  for (const c of collections) input.variableCollections[c.id] = c;
  const made: { id: string; type: ResolvedType }[] = [];
  spec.variables.forEach((v, vi) => {
    const collection = collections[v.collection]!;
    const id = `VariableID:${v.collection + 1}:${vi + 1}`;
    const valuesByMode: LocalVariable['valuesByMode'] = {};
    collection.modes.forEach((mode, mi) => {
      const choice = v.values[mi] ?? v.values[0]!;
      const targets = made.filter((m) => m.type === v.type);
      valuesByMode[mode.modeId] =
        choice.alias !== null && targets.length > 0
          ? { type: 'VARIABLE_ALIAS', id: targets[choice.alias % targets.length]!.id }
          : choice.literal;
    });
    input.variables[id] = {
      id,
      name: v.name,
      key: `k${vi}`,
      variableCollectionId: collection.id,
      resolvedType: v.type,
      valuesByMode,
      remote: false,
      description: vi % 3 === 0 ? `About ${v.name}` : '',
      hiddenFromPublishing: vi % 5 === 0,
      scopes: v.type === 'FLOAT' && vi % 2 === 0 ? ['GAP'] : ['ALL_SCOPES'],
      codeSyntax: vi % 4 === 0 ? { WEB: `--v-${vi}` } : {},
    };
    collection.variableIds.push(id);
    made.push({ id, type: v.type });
  });
  return input;
}

function exportOf(input: FigmaVariablesInput, bundle: boolean): DtcgExport {
  const model = convertVariables(input);
  const files = buildFormat(model, 'dtcg', bundle ? { bundle: true } : {});
  return readDtcgExport(files.map((file) => ({ name: file.path, text: file.contents })));
}

describe('write-back round trip', () => {
  it('sends nothing when the export is written back unchanged (bundled and multi-file)', () => {
    fc.assert(
      fc.property(specArbitrary, fc.boolean(), (spec, bundle) => {
        const input = inputOf(spec);
        const changeSet = buildChangeSet(input, exportOf(input, bundle), { allowDelete: true });
        expect(changeSet.errors).toEqual([]);
        expect(changeSet.preview.rows).toEqual([]);
        expect(changeSet.empty).toBe(true);
        expect(changeSet.bodies).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('reads back a dimension whose default mode aliases an opacity and whose other mode is a literal', () => {
    // The default-mode alias carries no $type (its target's differs), so the type must come from
    // the mode holding `{value, unit}`; taken from the target it would refuse that literal.
    const float = (id: string, name: string, scopes: LocalVariable['scopes'], values: Value[]) => ({
      id,
      name,
      key: id,
      variableCollectionId: 'VariableCollectionId:1:0',
      resolvedType: 'FLOAT' as const,
      valuesByMode: { '1:0': values[0]!, '1:1': values[1]! },
      remote: false,
      description: '',
      hiddenFromPublishing: false,
      scopes,
      codeSyntax: {},
    });
    const input: FigmaVariablesInput = {
      variableCollections: {
        'VariableCollectionId:1:0': {
          id: 'VariableCollectionId:1:0',
          name: 'Theme',
          key: 'theme',
          modes: [
            { modeId: '1:0', name: 'Light' },
            { modeId: '1:1', name: 'Dark' },
          ],
          defaultModeId: '1:0',
          remote: false,
          hiddenFromPublishing: false,
          variableIds: ['VariableID:1:1', 'VariableID:1:2'],
        },
      },
      variables: {
        'VariableID:1:1': float('VariableID:1:1', 'opacity/half', ['OPACITY'], [0.5, 0.5]),
        'VariableID:1:2': float(
          'VariableID:1:2',
          'space/gap',
          ['GAP'],
          [{ type: 'VARIABLE_ALIAS', id: 'VariableID:1:1' }, 8],
        ),
      },
    };
    for (const bundle of [true, false]) {
      const read = exportOf(input, bundle);
      expect(read.tokens['VariableID:1:2']?.type).toBe('dimension');
      expect(buildChangeSet(input, read, { allowDelete: true }).empty).toBe(true);
    }
  });

  it('renames the variable whose key was edited in the file, and nothing else', () => {
    fc.assert(
      fc.property(specArbitrary, (spec) => {
        const input = inputOf(spec);
        const files = buildFormat(convertVariables(input), 'dtcg', { bundle: true });
        const resolver = JSON.parse(files[0]!.contents) as {
          sets?: Record<string, { sources: Record<string, Record<string, unknown>>[] }>;
        };
        // The first token of the first set, found by walking its groups; its key gets "-x".
        const [set] = Object.values(resolver.sets ?? {});
        if (!set) return;
        let group = set.sources[0]!;
        let key = Object.keys(group).find((k) => !k.startsWith('$'));
        while (key !== undefined && !('$value' in group[key]!)) {
          group = group[key] as Record<string, Record<string, unknown>>;
          key = Object.keys(group).find((k) => !k.startsWith('$'));
        }
        fc.pre(key !== undefined);
        if (key === undefined) return;
        // A key that a reference names would need the reference edited too.
        fc.pre(!files[0]!.contents.includes(`.${key}}`));
        const token = group[key]!;
        delete group[key];
        group[`${key}-x`] = token;
        const figma = (token.$extensions as Record<string, { name: string; variableId: string }>)[
          'com.figma'
        ]!;
        const desired = readDtcgExport([
          { name: 'tokens.resolver.json', text: JSON.stringify(resolver) },
        ]);
        const changeSet = buildChangeSet(input, desired, { allowDelete: false });
        expect(changeSet.errors).toEqual([]);
        const renamed = [...figma.name.split('/').slice(0, -1), `${key}-x`].join('/');
        expect(changeSet.body?.variables).toEqual([
          { action: 'UPDATE', id: figma.variableId, name: renamed },
        ]);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a key renamed in one mode file only: one variable cannot be two tokens', () => {
    const input: FigmaVariablesInput = {
      variableCollections: {
        Theme: { ...collection('Theme', ['Light', 'Dark']), variableIds: ['V:1'] },
      },
      variables: { 'V:1': variable('V:1', 'gap/small', 'Theme', { Light: 4, Dark: 8 }) },
    };
    const files = buildFormat(convertVariables(input), 'dtcg').map((file) => ({
      name: file.path,
      text: file.path.endsWith('/light.tokens.json')
        ? file.contents.replace('"small"', '"tiny"')
        : file.contents,
    }));
    const changeSet = buildChangeSet(input, readDtcgExport(files), { allowDelete: false });
    expect(changeSet.errors).toEqual([
      expect.objectContaining({
        code: 'duplicate-variable-id',
        message: expect.stringContaining('are both the Figma variable V:1'),
      }),
    ]);
    expect(changeSet.bodies).toEqual([]);
  });

  it('turns one edited colour and one new variable into exactly those two changes', () => {
    fc.assert(
      fc.property(
        specArbitrary.filter((spec) => spec.variables.some((v) => v.type === 'COLOR')),
        fc.record({ r: unit, g: unit, b: unit }),
        (spec, newColor) => {
          const input = inputOf(spec);
          const desired = exportOf(input, true);
          const target = Object.values(desired.tokens).find(
            (token) => token.figma?.resolvedType === 'COLOR',
          )!;
          const collection = desired.collections.find((c) => c.key === target.collectionKey)!;
          const mode = collection.modes[0]!;
          const current = input.variables[target.variableId!]!.valuesByMode[mode.id!];
          // A colour that differs from the current one by far more than float noise.
          const far = (x: number, y: number) => (Math.abs(x - y) < 0.1 ? (y + 0.5) % 1 : x);
          const old =
            current && typeof current === 'object' && 'r' in current
              ? current
              : { r: -1, g: -1, b: -1 };
          const edited = { r: far(newColor.r, old.r), g: newColor.g, b: newColor.b };
          target.values[mode.key] = {
            kind: 'literal',
            value: { colorSpace: 'srgb', components: [edited.r, edited.g, edited.b], alpha: 1 },
          };
          desired.tokens['path:added'] = {
            key: 'path:added',
            path: [collection.slug, 'added-by-test'],
            pathString: `${collection.slug}.added-by-test`,
            collectionKey: collection.key,
            name: 'added-by-test',
            type: 'boolean',
            values: Object.fromEntries(
              collection.modes.map((m) => [m.key, { kind: 'literal', value: true }]),
            ),
            source: { file: 'test', jsonPath: '$' },
          };

          const changeSet = buildChangeSet(input, desired, { allowDelete: false });
          expect(changeSet.errors).toEqual([]);
          const body = changeSet.body!;
          expect(body.variableCollections).toBeUndefined();
          expect(body.variableModes).toBeUndefined();
          expect(body.variables).toEqual([
            {
              action: 'CREATE',
              id: expect.stringMatching(/^tmp:/),
              name: 'added-by-test',
              variableCollectionId: collection.id,
              resolvedType: 'BOOLEAN',
            },
          ]);
          const createdId = body.variables![0]!.id;
          expect(body.variableModeValues).toEqual([
            {
              variableId: target.variableId,
              modeId: mode.id,
              value: { r: edited.r, g: edited.g, b: edited.b, a: 1 },
            },
            ...collection.modes.map((m) => ({ variableId: createdId, modeId: m.id, value: true })),
          ]);
          expect(changeSet.preview.rows.map((row) => [row.action, row.name])).toEqual([
            ['UPDATE', target.name],
            ['CREATE', 'added-by-test'],
          ]);
          expect(changeSet.preview.counts.variables).toEqual({
            created: 1,
            updated: 1,
            deleted: 0,
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
