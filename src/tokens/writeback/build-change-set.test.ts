import type {
  LocalVariable,
  LocalVariableCollection,
  RGBA,
  VariableAlias,
} from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import type { DtcgExport, DtcgToken } from '../dtcg/read-types.ts';
import type { FigmaVariablesInput } from '../model.ts';
import { applyTempIds } from './apply-temp-ids.ts';
import { buildChangeSet } from './build-change-set.ts';

type Value = LocalVariable['valuesByMode'][string];

function collection(id: string, name: string, modes: [string, string][]): LocalVariableCollection {
  return {
    id,
    name,
    key: id,
    modes: modes.map(([modeId, modeName]) => ({ modeId, name: modeName })),
    defaultModeId: modes[0]![0],
    remote: false,
    hiddenFromPublishing: false,
    variableIds: [],
  };
}

function input(
  collections: LocalVariableCollection[],
  variables: [string, string, string, LocalVariable['resolvedType'], Value[]][],
): FigmaVariablesInput {
  const out: FigmaVariablesInput = { variables: {}, variableCollections: {} };
  for (const c of collections) out.variableCollections[c.id] = structuredClone(c);
  for (const [id, collectionId, name, resolvedType, values] of variables) {
    const c = out.variableCollections[collectionId]!;
    c.variableIds.push(id);
    out.variables[id] = {
      id,
      name,
      key: id,
      variableCollectionId: collectionId,
      resolvedType,
      valuesByMode: Object.fromEntries(
        c.modes.map((mode, index) => [mode.modeId, values[index] ?? values[0]!]),
      ),
      remote: false,
      description: '',
      hiddenFromPublishing: false,
      scopes: ['ALL_SCOPES'],
      codeSyntax: {},
    };
  }
  return out;
}

const slug = (name: string) => name.toLowerCase().replace(/\s+/g, '-');

/** The DTCG view of a Figma input, as Tokenport's export reads back (test-side shortcut). */
function exportOf(source: FigmaVariablesInput): DtcgExport {
  const tokens: Record<string, DtcgToken> = {};
  const pathOf = (variable: LocalVariable) => [
    slug(source.variableCollections[variable.variableCollectionId]!.name),
    ...variable.name.split('/'),
  ];
  for (const variable of Object.values(source.variables)) {
    const path = pathOf(variable);
    const values: DtcgToken['values'] = {};
    for (const [modeId, value] of Object.entries(variable.valuesByMode)) {
      if (typeof value === 'object' && 'type' in value) {
        const target = source.variables[(value as VariableAlias).id]!;
        values[modeId] = {
          kind: 'alias',
          targetKey: target.id,
          targetPath: pathOf(target).join('.'),
        };
      } else if (typeof value === 'object' && 'r' in value) {
        const { r, g, b, a } = value as RGBA;
        values[modeId] = {
          kind: 'literal',
          value: { colorSpace: 'srgb', components: [r, g, b], alpha: a },
        };
      } else {
        values[modeId] = { kind: 'literal', value };
      }
    }
    const type = { COLOR: 'color', FLOAT: 'number', STRING: 'string', BOOLEAN: 'boolean' }[
      variable.resolvedType
    ];
    tokens[variable.id] = {
      key: variable.id,
      variableId: variable.id,
      path,
      pathString: path.join('.'),
      collectionKey: variable.variableCollectionId,
      name: variable.name,
      type,
      values,
      figma: {
        variableId: variable.id,
        collectionId: variable.variableCollectionId,
        name: variable.name,
        resolvedType: variable.resolvedType,
        scopes: variable.scopes,
        codeSyntax: variable.codeSyntax,
        hiddenFromPublishing: variable.hiddenFromPublishing,
      },
      source: { file: 'test', jsonPath: '$' },
    };
  }
  return {
    origin: 'tokenport',
    collections: Object.values(source.variableCollections).map((c) => ({
      key: c.id,
      id: c.id,
      slug: slug(c.name),
      name: c.name,
      defaultModeKey: c.defaultModeId,
      modes: c.modes.map((m) => ({
        key: m.modeId,
        id: m.modeId,
        slug: slug(m.name),
        name: m.name,
      })),
    })),
    tokens,
    warnings: [],
  };
}

const red: RGBA = { r: 1, g: 0, b: 0, a: 1 };
const figmaFloatBlue: RGBA = {
  r: 0.23137255012989044,
  g: 0.5098039507865906,
  b: 0.9647058844566345,
  a: 1,
};

function base() {
  return input(
    [
      collection('C:1', 'Primitives', [['1:0', 'Value']]),
      collection('C:2', 'Theme', [
        ['2:0', 'Light'],
        ['2:1', 'Dark'],
      ]),
    ],
    [
      ['V:1', 'C:1', 'color/red', 'COLOR', [red]],
      ['V:2', 'C:1', 'color/blue', 'COLOR', [figmaFloatBlue]],
      ['V:3', 'C:1', 'space/md', 'FLOAT', [8]],
      [
        'V:4',
        'C:2',
        'accent',
        'COLOR',
        [
          { type: 'VARIABLE_ALIAS', id: 'V:1' },
          { type: 'VARIABLE_ALIAS', id: 'V:2' },
        ],
      ],
      ['V:5', 'C:2', 'label', 'STRING', ['Hi', 'Hello']],
    ],
  );
}

describe('buildChangeSet', () => {
  it('sends nothing for an unchanged export, even when colours went through 8-bit hex', () => {
    const current = base();
    const desired = exportOf(current);
    const blue = desired.tokens['V:2']!.values['1:0']!;
    // Rounded to 8 bits per channel, as a hex round trip would.
    if (blue.kind === 'literal')
      blue.value = { colorSpace: 'srgb', components: [59 / 255, 130 / 255, 246 / 255], alpha: 1 };
    const changeSet = buildChangeSet(current, desired, { allowDelete: false });
    expect(changeSet.errors).toEqual([]);
    expect(changeSet.empty).toBe(true);
    expect(changeSet.bodies).toEqual([]);
    expect(changeSet.preview.rows).toEqual([]);
  });

  it('updates a changed value, a rename and metadata, keeping untouched modes out', () => {
    const current = base();
    const desired = exportOf(current);
    desired.tokens['V:4']!.values['2:1'] = {
      kind: 'literal',
      value: { colorSpace: 'srgb', components: [0, 1, 0], alpha: 0.5 },
    };
    desired.tokens['V:3']!.name = 'space/medium';
    desired.tokens['V:3']!.description = 'Default gap';
    desired.tokens['V:3']!.figma!.scopes = ['GAP'];
    const changeSet = buildChangeSet(current, desired, { allowDelete: false });
    expect(changeSet.errors).toEqual([]);
    expect(changeSet.body).toEqual({
      variables: [
        {
          action: 'UPDATE',
          id: 'V:3',
          name: 'space/medium',
          description: 'Default gap',
          scopes: ['GAP'],
        },
      ],
      variableModeValues: [
        { variableId: 'V:4', modeId: '2:1', value: { r: 0, g: 1, b: 0, a: 0.5 } },
      ],
    });
    expect(changeSet.preview.counts.variables).toEqual({ created: 0, updated: 2, deleted: 0 });
    expect(changeSet.preview.counts.valuesChanged).toBe(1);
    const accent = changeSet.preview.rows.find((row) => row.variableId === 'V:4')!;
    expect(accent.changes).toEqual([
      {
        mode: 'Dark',
        old: { type: 'VARIABLE_ALIAS', id: 'V:2' },
        new: { r: 0, g: 1, b: 0, a: 0.5 },
      },
    ]);
  });

  it('creates collections, modes and variables with temp ids, aliases pointing at temp ids', () => {
    const current = base();
    const desired = exportOf(current);
    desired.collections.push({
      key: 'new',
      slug: 'brand',
      name: 'Brand',
      defaultModeKey: 'b1',
      modes: [
        { key: 'b1', slug: 'a', name: 'A' },
        { key: 'b2', slug: 'b', name: 'B' },
      ],
    });
    desired.tokens['path:brand.primary'] = {
      key: 'path:brand.primary',
      path: ['brand', 'primary'],
      pathString: 'brand.primary',
      collectionKey: 'new',
      name: 'primary',
      type: 'color',
      values: {
        b1: { kind: 'alias', targetKey: 'V:1', targetPath: 'primitives.color.red' },
        b2: { kind: 'literal', value: '#00ff00' },
      },
      source: { file: 't', jsonPath: '$' },
    };
    desired.tokens['path:brand.link'] = {
      key: 'path:brand.link',
      path: ['brand', 'link'],
      pathString: 'brand.link',
      collectionKey: 'new',
      name: 'link',
      type: 'color',
      values: {
        b1: { kind: 'alias', targetKey: 'path:brand.primary', targetPath: 'brand.primary' },
        b2: { kind: 'alias', targetKey: 'path:brand.primary', targetPath: 'brand.primary' },
      },
      source: { file: 't', jsonPath: '$' },
    };
    const changeSet = buildChangeSet(current, desired, { allowDelete: false });
    expect(changeSet.errors).toEqual([]);
    const body = changeSet.body!;
    const [create] = body.variableCollections!;
    expect(create).toMatchObject({ action: 'CREATE', name: 'Brand' });
    const collectionId = create!.action === 'CREATE' ? create!.id! : '';
    const initialModeId = create!.action === 'CREATE' ? create!.initialModeId! : '';
    expect(collectionId).toMatch(/^tmp:/);
    expect(body.variableModes).toEqual([
      { action: 'UPDATE', id: initialModeId, variableCollectionId: collectionId, name: 'A' },
      {
        action: 'CREATE',
        id: expect.stringMatching(/^tmp:/),
        name: 'B',
        variableCollectionId: collectionId,
      },
    ]);
    const primary = body.variables!.find((v) => v.action === 'CREATE' && v.name === 'primary')!;
    const link = body.variables!.find((v) => v.action === 'CREATE' && v.name === 'link')!;
    expect(primary).toMatchObject({ variableCollectionId: collectionId, resolvedType: 'COLOR' });
    expect(body.variableModeValues).toContainEqual({
      variableId: primary.id,
      modeId: initialModeId,
      value: { type: 'VARIABLE_ALIAS', id: 'V:1' },
    });
    expect(body.variableModeValues).toContainEqual({
      variableId: link.id,
      modeId: initialModeId,
      value: { type: 'VARIABLE_ALIAS', id: primary.id },
    });
    expect(changeSet.preview.counts).toMatchObject({
      collections: { created: 1, updated: 0, deleted: 0 },
      modes: { created: 2, updated: 0, deleted: 0 },
      variables: { created: 2, updated: 0, deleted: 0 },
      valuesChanged: 4,
    });

    const mapped = applyTempIds(changeSet, {
      [primary.id!]: 'VariableID:77:1',
      [collectionId]: 'VariableCollectionId:77:0',
    });
    expect(mapped.body!.variableModeValues).toContainEqual({
      variableId: 'VariableID:77:1',
      modeId: initialModeId,
      value: { type: 'VARIABLE_ALIAS', id: 'V:1' },
    });
    expect(mapped.body!.variableModeValues).toContainEqual({
      variableId: link.id,
      modeId: initialModeId,
      value: { type: 'VARIABLE_ALIAS', id: 'VariableID:77:1' },
    });
    expect(mapped.body!.variableCollections![0]).toMatchObject({ id: 'VariableCollectionId:77:0' });
    expect(mapped.preview.rows.map((row) => row.variableId)).toContain('VariableID:77:1');
  });

  it('creates a duration as a number of milliseconds, and says Figma will not keep its type', () => {
    const current = base();
    const desired = exportOf(current);
    desired.tokens['path:primitives.motion.fast'] = {
      key: 'path:primitives.motion.fast',
      path: ['primitives', 'motion', 'fast'],
      pathString: 'primitives.motion.fast',
      collectionKey: 'C:1',
      name: 'motion/fast',
      type: 'duration',
      values: { '1:0': { kind: 'literal', value: { value: 0.2, unit: 's' } } },
      source: { file: 't', jsonPath: '$' },
    };
    const changeSet = buildChangeSet(current, desired, { allowDelete: false });
    expect(changeSet.errors).toEqual([]);
    expect(changeSet.body!.variableModeValues).toEqual([
      expect.objectContaining({ modeId: '1:0', value: 200 }),
    ]);
    expect(changeSet.warnings).toEqual([
      expect.objectContaining({
        code: 'unit-converted',
        variable: 'motion/fast',
        message: expect.stringContaining('Figma holds it as a number of milliseconds'),
      }),
    ]);
  });

  it('matches by collection and name when the export has no ids', () => {
    const current = base();
    const desired = exportOf(current);
    for (const token of Object.values(desired.tokens)) {
      delete token.variableId;
      delete token.figma;
    }
    for (const c of desired.collections) {
      delete c.id;
      c.key = `collection:${c.slug}`;
      c.modes = c.modes.map((m) => ({ key: `${c.key}/${m.slug}`, slug: m.slug, name: m.name }));
      c.defaultModeKey = c.modes[0]!.key;
    }
    const rekeyed: DtcgExport = { ...desired, tokens: {} };
    for (const token of Object.values(desired.tokens)) {
      const c = desired.collections.find((x) => x.slug === token.path[0])!;
      const values: DtcgToken['values'] = {};
      for (const [modeId, value] of Object.entries(token.values)) {
        const mode = current.variableCollections[token.collectionKey]!.modes.find(
          (m) => m.modeId === modeId,
        )!;
        values[`${c.key}/${slug(mode.name)}`] =
          value.kind === 'alias' ? { ...value, targetKey: `path:${value.targetPath}` } : value;
      }
      rekeyed.tokens[`path:${token.pathString}`] = {
        ...token,
        key: `path:${token.pathString}`,
        collectionKey: c.key,
        values,
      };
    }
    const changeSet = buildChangeSet(current, rekeyed, { allowDelete: false });
    expect(changeSet.errors).toEqual([]);
    expect(changeSet.empty).toBe(true);
  });

  it('deletes only when allowed', () => {
    const current = base();
    const desired = exportOf(current);
    delete desired.tokens['V:5'];
    const kept = buildChangeSet(current, desired, { allowDelete: false });
    expect(kept.empty).toBe(true);
    expect(kept.preview.counts.notDeleted).toBe(1);
    const deleted = buildChangeSet(current, desired, { allowDelete: true });
    expect(deleted.body).toEqual({ variables: [{ action: 'DELETE', id: 'V:5' }] });
    expect(deleted.preview.rows).toEqual([
      {
        variableId: 'V:5',
        name: 'label',
        collection: 'Theme',
        action: 'DELETE',
        changes: [],
        fields: [],
      },
    ]);
  });

  it('deletes a whole collection missing from the export when allowed', () => {
    const current = base();
    const desired = exportOf(current);
    desired.collections = desired.collections.filter((c) => c.key !== 'C:2');
    delete desired.tokens['V:4'];
    delete desired.tokens['V:5'];
    const changeSet = buildChangeSet(current, desired, { allowDelete: true });
    expect(changeSet.body).toEqual({ variableCollections: [{ action: 'DELETE', id: 'C:2' }] });
    expect(changeSet.preview.counts.variables.deleted).toBe(2);
  });

  it('refuses changes to library (remote) variables', () => {
    const current = base();
    current.variables['V:1']!.remote = true;
    const desired = exportOf(current);
    desired.tokens['V:1']!.values['1:0'] = { kind: 'literal', value: '#000000' };
    const changeSet = buildChangeSet(current, desired, { allowDelete: false });
    expect(changeSet.errors).toEqual([
      expect.objectContaining({ code: 'remote-variable', variable: 'color/red' }),
    ]);
    expect(changeSet.bodies).toEqual([]);
    expect(changeSet.body).toBeUndefined();
  });

  it('returns errors instead of a body for Figma limits', () => {
    const current = base();
    const desired = exportOf(current);
    desired.tokens['V:3']!.name = 'space.md';
    desired.tokens['V:1']!.name = 'color/blue';
    desired.collections[1]!.modes.push({
      key: 'long',
      slug: 'long',
      name: 'A mode name that is far longer than forty characters',
    });
    const changeSet = buildChangeSet(current, desired, { allowDelete: false });
    expect(changeSet.errors.map((e) => e.code).sort()).toEqual([
      'duplicate-name',
      'illegal-name',
      'mode-name-length',
    ]);
    expect(changeSet.bodies).toEqual([]);
  });

  it('rejects too many variables and modes in a collection', () => {
    const current = base();
    const desired = exportOf(current);
    for (let i = 0; i < 5000; i++) {
      desired.tokens[`path:primitives.n${i}`] = {
        key: `path:primitives.n${i}`,
        path: ['primitives', `n${i}`],
        pathString: `primitives.n${i}`,
        collectionKey: 'C:1',
        name: `n${i}`,
        type: 'number',
        values: { '1:0': { kind: 'literal', value: i } },
        source: { file: 't', jsonPath: '$' },
      };
    }
    for (let i = 0; i < 40; i++)
      desired.collections[1]!.modes.push({ key: `m${i}`, slug: `m${i}`, name: `Mode ${i}` });
    const changeSet = buildChangeSet(current, desired, { allowDelete: false });
    expect(changeSet.errors.map((e) => e.code).sort()).toEqual([
      'too-many-modes',
      'too-many-variables',
    ]);
  });

  it('rejects alias cycles, naming every variable in them', () => {
    const current = base();
    const desired = exportOf(current);
    desired.tokens['V:1']!.type = 'color';
    desired.collections[0]!.modes[0]!.key = '1:0';
    desired.tokens['V:1']!.values['1:0'] = {
      kind: 'alias',
      targetKey: 'V:2',
      targetPath: 'primitives.color.blue',
    };
    desired.tokens['V:2']!.values['1:0'] = {
      kind: 'alias',
      targetKey: 'V:1',
      targetPath: 'primitives.color.red',
    };
    const changeSet = buildChangeSet(current, desired, { allowDelete: false });
    expect(changeSet.errors).toEqual([
      expect.objectContaining({
        code: 'alias-cycle',
        message: 'alias cycle: color/red → color/blue → color/red',
      }),
    ]);
  });

  it('rejects type changes and aliases across types', () => {
    const current = base();
    const desired = exportOf(current);
    desired.tokens['V:5']!.values['2:0'] = {
      kind: 'alias',
      targetKey: 'V:2',
      targetPath: 'primitives.color.blue',
    };
    desired.tokens['V:3']!.figma!.resolvedType = 'STRING';
    const changeSet = buildChangeSet(current, desired, { allowDelete: false });
    expect(changeSet.errors.map((e) => e.code).sort()).toEqual(['alias-type', 'type-change']);
  });

  it('splits a body over the size limit into ordered bodies of whole variables', () => {
    const current = base();
    const desired = exportOf(current);
    desired.collections.push({
      key: 'big',
      slug: 'big',
      name: 'Big',
      defaultModeKey: 'x',
      modes: [{ key: 'x', slug: 'x', name: 'X' }],
    });
    for (let i = 0; i < 300; i++) {
      desired.tokens[`path:big.t${i}`] = {
        key: `path:big.t${i}`,
        path: ['big', `t${i}`],
        pathString: `big.t${i}`,
        collectionKey: 'big',
        name: `t${i}`,
        type: 'string',
        values: {
          x:
            i === 0
              ? { kind: 'literal', value: 'root' }
              : { kind: 'alias', targetKey: `path:big.t${i - 1}`, targetPath: `big.t${i - 1}` },
        },
        source: { file: 't', jsonPath: '$' },
      };
    }
    const maxBodyBytes = 8000;
    const changeSet = buildChangeSet(current, desired, { allowDelete: false, maxBodyBytes });
    expect(changeSet.errors).toEqual([]);
    expect(changeSet.split).toBe(true);
    expect(changeSet.splitReason).toMatch(/sent as \d+ requests/);
    expect(changeSet.body).toBeUndefined();
    expect(changeSet.bodies.length).toBeGreaterThan(2);
    for (const body of changeSet.bodies)
      expect(new TextEncoder().encode(JSON.stringify(body)).length).toBeLessThanOrEqual(
        maxBodyBytes,
      );
    // Collections first; every value travels with (or after) its variable's creation, and alias
    // targets are created no later than the variables pointing at them.
    expect(changeSet.bodies[0]!.variableCollections).toBeDefined();
    const createdIn = new Map<string, number>();
    changeSet.bodies.forEach((body, index) =>
      body.variables?.forEach((v) => v.action === 'CREATE' && createdIn.set(v.id!, index)),
    );
    changeSet.bodies.forEach((body, index) =>
      body.variableModeValues?.forEach((value) => {
        expect(createdIn.get(value.variableId)).toBe(index);
        const target =
          typeof value.value === 'object' && value.value && 'type' in value.value
            ? value.value.id
            : undefined;
        if (target?.startsWith('tmp:')) expect(createdIn.get(target)).toBeLessThanOrEqual(index);
      }),
    );
    const totalCreates = changeSet.bodies.reduce(
      (sum, body) => sum + (body.variables?.length ?? 0),
      0,
    );
    expect(totalCreates).toBe(300);
  });
});
