import { describe, expect, it } from 'vitest';
import { readDtcgExport } from '../dtcg/read.ts';
import { applyDeprecations } from './apply-deprecations.ts';
import { diffExports } from './diff-exports.ts';

const srgb = (r: number, g: number, b: number, alpha = 1) => ({
  colorSpace: 'srgb',
  components: [r, g, b],
  alpha,
});

interface TokenSpec {
  id: string;
  name: string;
  type: string;
  values: Record<string, unknown>;
}

/** One collection's tokens in one mode, as a per-collection DTCG file holds them. */
function tree(
  collection: string,
  collectionId: string,
  tokens: TokenSpec[],
  mode: string,
  modeId?: string,
) {
  const root: Record<string, unknown> = {};
  const group: Record<string, unknown> = {};
  root[collection] = group;
  for (const token of tokens) {
    const segments = token.name.split('/');
    let node = group;
    for (const segment of segments.slice(0, -1))
      node = (node[segment] ??= {}) as Record<string, unknown>;
    node[segments[segments.length - 1]!] = {
      $type: token.type,
      $value: token.values[mode] ?? token.values.value,
      $extensions: {
        'com.figma': {
          variableId: token.id,
          collectionId,
          name: token.name,
          ...(modeId && { modeId }),
        },
      },
    };
  }
  return root;
}

/** A bundled Tokenport-style resolver: primitives (one mode) and theme (light/dark). */
function bundle(primitives: TokenSpec[], theme: TokenSpec[]) {
  return {
    name: 'tokens.resolver.json',
    text: JSON.stringify({
      version: '2025.10',
      sets: { primitives: { sources: [tree('primitives', 'C:1', primitives, 'value')] } },
      modifiers: {
        theme: {
          contexts: {
            light: [tree('theme', 'C:2', theme, 'light')],
            dark: [tree('theme', 'C:2', theme, 'dark')],
          },
          default: 'light',
        },
      },
      resolutionOrder: [{ $ref: '#/sets/primitives' }, { $ref: '#/modifiers/theme' }],
      $extensions: {
        'com.figma': {
          collections: {
            primitives: {
              id: 'C:1',
              name: 'Primitives',
              defaultModeId: '1:0',
              modes: { value: { id: '1:0', name: 'Value' } },
            },
            theme: {
              id: 'C:2',
              name: 'Theme',
              defaultModeId: '2:0',
              modes: { light: { id: '2:0', name: 'Light' }, dark: { id: '2:1', name: 'Dark' } },
            },
          },
        },
      },
    }),
  };
}

const blue: TokenSpec = {
  id: 'V:1',
  name: 'color/blue',
  type: 'color',
  values: { value: srgb(0, 0, 1) },
};
const gray: TokenSpec = {
  id: 'V:2',
  name: 'color/gray',
  type: 'color',
  values: { value: srgb(0.5, 0.5, 0.5) },
};
const space: TokenSpec = {
  id: 'V:3',
  name: 'space/md',
  type: 'dimension',
  values: { value: { value: 8, unit: 'px' } },
};
const accent: TokenSpec = {
  id: 'V:10',
  name: 'accent',
  type: 'color',
  values: { light: '{primitives.color.blue}', dark: '{primitives.color.gray}' },
};

describe('diffExports', () => {
  it('finds nothing between identical exports, ignoring colour float noise', () => {
    const previous = readDtcgExport([bundle([blue, gray, space], [accent])]);
    const noisyBlue = { ...blue, values: { value: srgb(0.0001, 0, 0.9999) } };
    const next = readDtcgExport([bundle([noisyBlue, gray, space], [accent])]);
    const diff = diffExports(previous, next);
    expect(diff.counts).toEqual({
      added: 0,
      removed: 0,
      renamed: 0,
      changed: 0,
      typeChanged: 0,
      valuesChanged: 0,
      unchanged: 4,
    });
  });

  it('reports added, removed, renamed, changed values per mode and type changes', () => {
    const old: TokenSpec = { id: 'V:9', name: 'old/thing', type: 'number', values: { value: 1 } };
    const previous = readDtcgExport([bundle([blue, gray, space, old], [accent])]);
    const renamedGray = { ...gray, name: 'color/neutral' };
    const typed = { ...space, type: 'number', values: { value: 8 } };
    const changedAccent = {
      ...accent,
      values: { light: '{primitives.color.blue}', dark: srgb(1, 0, 0) },
    };
    const added: TokenSpec = {
      id: 'V:4',
      name: 'radius/sm',
      type: 'dimension',
      values: { value: { value: 2, unit: 'px' } },
    };
    const next = readDtcgExport([bundle([blue, renamedGray, typed, added], [changedAccent])]);
    const diff = diffExports(previous, next);

    expect(diff.added.map((t) => t.path)).toEqual(['primitives.radius.sm']);
    expect(diff.removed.map((t) => t.path)).toEqual(['primitives.old.thing']);
    expect(diff.renamed).toEqual([
      expect.objectContaining({
        variableId: 'V:2',
        path: 'primitives.color.neutral',
        name: 'color/neutral',
        from: { path: 'primitives.color.gray', name: 'color/gray' },
      }),
    ]);
    expect(diff.typeChanged).toEqual([
      expect.objectContaining({ variableId: 'V:3', oldType: 'dimension', newType: 'number' }),
    ]);
    const accentChange = diff.changed.find((t) => t.variableId === 'V:10')!;
    // Light still aliases blue; dark went from an alias (gray, now renamed) to a literal.
    expect(accentChange.changes).toEqual([
      {
        mode: 'Dark',
        old: { kind: 'alias', targetKey: 'V:2', targetPath: 'primitives.color.gray' },
        new: { kind: 'literal', value: srgb(1, 0, 0) },
      },
    ]);
    expect(diff.counts).toMatchObject({
      added: 1,
      removed: 1,
      renamed: 1,
      typeChanged: 1,
      changed: 2,
      unchanged: 1,
    });
  });

  it('treats an alias to a renamed target as unchanged', () => {
    const previous = readDtcgExport([bundle([blue, gray], [accent])]);
    const next = readDtcgExport([
      bundle(
        [{ ...blue, name: 'color/primary' }, gray],
        [
          accent.values && {
            ...accent,
            values: { light: '{primitives.color.primary}', dark: '{primitives.color.gray}' },
          },
        ],
      ),
    ]);
    const diff = diffExports(previous, next);
    expect(diff.changed).toEqual([]);
    expect(diff.renamed.map((t) => t.name)).toEqual(['color/primary']);
  });

  it('leaves collections a partial upload lacks out of the comparison instead of adding them', () => {
    const onePrimitive = { ...blue, values: { value: srgb(0, 0, 0.5) } };
    const previous = readDtcgExport([
      {
        name: 'primitives.tokens.json',
        text: JSON.stringify(tree('primitives', 'C:1', [onePrimitive, gray], 'value', '1:0')),
      },
    ]);
    const next = readDtcgExport([bundle([blue, gray, space], [accent])]);

    const diff = diffExports(previous, next, { previousMayBePartial: true });
    expect(diff.notCompared).toEqual([{ name: 'Theme', tokens: 1 }]);
    expect(diff.added.map((t) => t.path)).toEqual(['primitives.space.md']);
    expect(diff.changed.map((t) => t.path)).toEqual(['primitives.color.blue']);
    expect(diff.counts).toMatchObject({ added: 1, removed: 0, changed: 1, unchanged: 1 });

    // A full baseline (the saved download) holds every collection: a new one is really new.
    const full = diffExports(previous, next);
    expect(full.notCompared).toEqual([]);
    expect(full.counts.added).toBe(2);
  });

  it('matches by path when ids are missing (other tools)', () => {
    const file = (value: number) => ({
      name: 'sizes.tokens.json',
      text: JSON.stringify({ size: { sm: { $type: 'number', $value: value } } }),
    });
    const diff = diffExports(readDtcgExport([file(2)]), readDtcgExport([file(3)]));
    expect(diff.changed).toEqual([
      expect.objectContaining({
        path: 'size.sm',
        changes: [
          {
            mode: 'Default',
            old: { kind: 'literal', value: 2 },
            new: { kind: 'literal', value: 3 },
          },
        ],
      }),
    ]);
  });
});

describe('applyDeprecations', () => {
  it('keeps removed tokens, per mode, marked $deprecated, with aliases pointing at renamed targets', () => {
    const removedTheme: TokenSpec = {
      id: 'V:11',
      name: 'legacy/bg',
      type: 'color',
      values: { light: '{primitives.color.gray}', dark: srgb(0, 0, 0) },
    };
    const previous = readDtcgExport([bundle([blue, gray], [accent, removedTheme])]);
    const nextFile = bundle(
      [blue, { ...gray, name: 'color/neutral' }],
      [
        {
          ...accent,
          values: { light: '{primitives.color.blue}', dark: '{primitives.color.neutral}' },
        },
      ],
    );
    const next = readDtcgExport([nextFile]);
    const diff = diffExports(previous, next);
    const result = applyDeprecations(
      [{ path: nextFile.name, contents: nextFile.text, mediaType: 'application/json' }],
      diff,
      'Gone in v2',
    );
    expect(result.kept).toEqual(['theme.legacy.bg']);
    expect(result.conflicts).toEqual([]);
    const reread = readDtcgExport([{ name: nextFile.name, text: result.files[0]!.contents }]);
    const legacy = reread.tokens['V:11']!;
    expect(legacy.deprecated).toBe('Gone in v2');
    expect(legacy.values['2:0']).toEqual({
      kind: 'alias',
      targetKey: 'V:2',
      targetPath: 'primitives.color.neutral',
    });
    expect(legacy.values['2:1']).toEqual({ kind: 'literal', value: srgb(0, 0, 0) });
    expect(result.files[0]!.mediaType).toBe('application/json');
    // Diffing against the output again: the deprecated token is back, nothing removed.
    expect(diffExports(previous, reread).counts.removed).toBe(0);
  });

  it('adds a collection that disappeared entirely back into the resolver', () => {
    const previous = readDtcgExport([bundle([blue, gray], [accent])]);
    const nextFile = bundle([blue, gray], []);
    const withoutTheme = JSON.parse(nextFile.text) as Record<string, unknown>;
    delete (withoutTheme.modifiers as Record<string, unknown>).theme;
    withoutTheme.resolutionOrder = [{ $ref: '#/sets/primitives' }];
    const text = JSON.stringify(withoutTheme);
    const diff = diffExports(previous, readDtcgExport([{ name: 'tokens.resolver.json', text }]));
    const result = applyDeprecations([{ path: 'tokens.resolver.json', contents: text }], diff);
    const reread = readDtcgExport([
      { name: 'tokens.resolver.json', text: result.files[0]!.contents },
    ]);
    expect(reread.tokens['V:10']).toMatchObject({
      deprecated: 'Removed from Figma',
      pathString: 'theme.accent',
    });
  });
});
