import { describe, expect, it } from 'vitest';
import { TokenInputError } from '../import/errors.ts';
import { parseTokenInput } from '../import/parse-token-input.ts';
import { readDtcgExport } from './read.ts';

const figma = (
  variableId: string,
  collectionId: string,
  name: string,
  extra: Record<string, unknown> = {},
) => ({
  'com.figma': {
    variableId,
    collectionId,
    name,
    resolvedType: 'COLOR',
    scopes: ['ALL_FILLS'],
    codeSyntax: {},
    hiddenFromPublishing: false,
    ...extra,
  },
});
const srgb = (r: number, g: number, b: number) => ({
  colorSpace: 'srgb',
  components: [r, g, b],
  alpha: 1,
  hex: '#000000',
});

/** Tokenport's multi-file layout: a resolver referencing one file per collection (and mode). */
function multiFile() {
  const resolver = {
    version: '2025.10',
    sets: { primitives: { sources: [{ $ref: 'tokens/primitives.tokens.json' }] } },
    modifiers: {
      semantic: {
        contexts: {
          light: [{ $ref: 'tokens/semantic/light.tokens.json' }],
          dark: [{ $ref: 'tokens/semantic/dark.tokens.json' }],
        },
        default: 'light',
      },
    },
    resolutionOrder: [{ $ref: '#/sets/primitives' }, { $ref: '#/modifiers/semantic' }],
    $extensions: {
      'com.figma': {
        collections: {
          primitives: {
            id: 'VariableCollectionId:1:1',
            name: 'Primitives',
            defaultModeId: '1:0',
            modes: { value: { id: '1:0', name: 'Value' } },
          },
          semantic: {
            id: 'VariableCollectionId:2:1',
            name: 'Semantic',
            defaultModeId: '2:0',
            modes: { light: { id: '2:0', name: 'Light' }, dark: { id: '2:1', name: 'Dark' } },
          },
        },
      },
    },
  };
  const primitives = {
    primitives: {
      color: {
        white: {
          $type: 'color',
          $value: srgb(1, 1, 1),
          $extensions: figma('VariableID:1:1', 'VariableCollectionId:1:1', 'color/white'),
        },
        black: {
          $type: 'color',
          $value: srgb(0, 0, 0),
          $deprecated: 'use ink',
          $extensions: figma('VariableID:1:2', 'VariableCollectionId:1:1', 'color/black'),
        },
      },
    },
  };
  const mode = (value: string, modeId: string) => ({
    semantic: {
      surface: {
        $type: 'color',
        $value: value,
        $description: 'Background',
        $extensions: {
          ...figma('VariableID:2:1', 'VariableCollectionId:2:1', 'Surface', { modeId }),
          'org.example': { keep: true },
        },
      },
    },
  });
  return [
    { name: 'out/tokens.resolver.json', text: JSON.stringify(resolver) },
    { name: 'out/tokens/primitives.tokens.json', text: JSON.stringify(primitives) },
    {
      name: 'out/tokens/semantic/light.tokens.json',
      text: JSON.stringify(mode('{primitives.color.white}', '2:0')),
    },
    {
      name: 'out/tokens/semantic/dark.tokens.json',
      text: JSON.stringify(mode('{primitives.color.black}', '2:1')),
    },
  ];
}

describe('readDtcgExport', () => {
  it("reads Tokenport's multi-file layout with Figma ids from the resolver", () => {
    const data = readDtcgExport(multiFile());
    expect(data.origin).toBe('tokenport');
    expect(data.warnings).toEqual([]);
    expect(data.collections).toEqual([
      {
        key: 'VariableCollectionId:1:1',
        id: 'VariableCollectionId:1:1',
        slug: 'primitives',
        name: 'Primitives',
        defaultModeKey: '1:0',
        modes: [{ key: '1:0', id: '1:0', slug: 'value', name: 'Value' }],
      },
      {
        key: 'VariableCollectionId:2:1',
        id: 'VariableCollectionId:2:1',
        slug: 'semantic',
        name: 'Semantic',
        defaultModeKey: '2:0',
        modes: [
          { key: '2:0', id: '2:0', slug: 'light', name: 'Light' },
          { key: '2:1', id: '2:1', slug: 'dark', name: 'Dark' },
        ],
      },
    ]);
    const surface = data.tokens['VariableID:2:1']!;
    expect(surface).toMatchObject({
      name: 'Surface',
      pathString: 'semantic.surface',
      type: 'color',
      description: 'Background',
      collectionKey: 'VariableCollectionId:2:1',
    });
    expect(surface.values).toEqual({
      '2:0': { kind: 'alias', targetKey: 'VariableID:1:1', targetPath: 'primitives.color.white' },
      '2:1': { kind: 'alias', targetKey: 'VariableID:1:2', targetPath: 'primitives.color.black' },
    });
    expect(surface.extensions).toEqual({ 'org.example': { keep: true } });
    expect(data.tokens['VariableID:1:2']!.deprecated).toBe('use ink');
  });

  it('finds referenced files when uploads lost their folders', () => {
    const files = multiFile().map((file) => ({ ...file, name: file.name.split('/').pop()! }));
    const data = readDtcgExport(files);
    expect(Object.keys(data.tokens)).toHaveLength(3);
  });

  it('names a missing referenced file', () => {
    const files = multiFile().filter((file) => !file.name.endsWith('dark.tokens.json'));
    expect(() => readDtcgExport(files)).toThrow(
      /tokens\.resolver\.json at \$\.modifiers\.semantic\.contexts\.dark\[0\]\.\$ref: expected the file "tokens\/semantic\/dark\.tokens\.json"/,
    );
  });

  it('reads token files without the resolver, grouping modes by collection id', () => {
    const files = multiFile().filter((file) => !file.name.endsWith('.resolver.json'));
    const data = readDtcgExport(files);
    const semantic = data.collections.find((c) => c.id === 'VariableCollectionId:2:1')!;
    expect(semantic.modes.map((m) => [m.id, m.slug])).toEqual([
      ['2:0', 'light'],
      ['2:1', 'dark'],
    ]);
    expect(data.tokens['VariableID:2:1']!.values['2:1']).toMatchObject({
      targetKey: 'VariableID:1:2',
    });
  });

  it('reports an unknown alias target with its JSON path', () => {
    const files = multiFile();
    files[3] = {
      ...files[3]!,
      text: files[3]!.text.replace('{primitives.color.black}', '{primitives.color.gone}'),
    };
    try {
      readDtcgExport(files);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TokenInputError);
      expect((error as TokenInputError).file).toBe('out/tokens/semantic/dark.tokens.json');
      expect((error as TokenInputError).jsonPath).toBe('$.semantic.surface.$value');
    }
  });

  it('names every broken reference in one error, as it does every invalid value', () => {
    const file = {
      a: { $type: 'number', $value: '{x.y}' },
      b: { $type: 'number', $value: { $ref: '#/x/z' } },
      g: { h: { $type: 'number', $value: 1 } },
      d: { $type: 'number', $value: '{g}' },
    };
    let refused: unknown;
    try {
      readDtcgExport([{ name: 't.tokens.json', text: JSON.stringify(file) }]);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(TokenInputError);
    expect((refused as TokenInputError).lines).toEqual([
      't.tokens.json at $.a.$value: unknown alias target {x.y}: no token has that path',
      't.tokens.json at $.b.$value: #/x/z points to nothing: no token has that path',
      't.tokens.json at $.d.$value: alias {g} names a group, not a token',
    ]);
  });

  it('reads $ref values as aliases and $type from groups and alias targets', () => {
    const data = readDtcgExport([
      {
        name: 'x.tokens.json',
        text: JSON.stringify({
          size: {
            $type: 'dimension',
            base: { $value: { value: 4, unit: 'px' } },
            twice: { $value: { $ref: '#/size/base/$value' } },
          },
          alias: { $value: '{size.twice}' },
        }),
      },
    ]);
    expect(data.tokens['path:size.twice']).toMatchObject({
      type: 'dimension',
      values: { 'collection:x/default': { kind: 'alias', targetKey: 'path:size.base' } },
    });
    expect(data.tokens['path:alias']!.type).toBe('dimension');
  });

  it('treats same-folder files with the same tokens as modes of one collection', () => {
    const mode = (value: number) => JSON.stringify({ gap: { $type: 'number', $value: value } });
    const data = readDtcgExport([
      { name: 'density/comfortable.tokens.json', text: mode(8) },
      { name: 'density/compact.tokens.json', text: mode(4) },
    ]);
    expect(data.collections).toHaveLength(1);
    expect(data.collections[0]!.name).toBe('density');
    expect(data.collections[0]!.modes.map((m) => m.name)).toEqual(['comfortable', 'compact']);
    expect(Object.values(data.tokens['path:gap']!.values)).toEqual([
      { kind: 'literal', value: 8 },
      { kind: 'literal', value: 4 },
    ]);
  });
});

describe('readDtcgExport: strings that look like references', () => {
  // DTCG has no escape: "{…}" is a reference in every reader, so an unknown one is never text.
  // (Found on suadee/tgds-foundation-api-sync: read as text, the export was a file Terrazzo refused.)
  it('refuses one whose braces name no token in a DTCG file, naming the path', () => {
    expect(() =>
      readDtcgExport([
        {
          name: 'copy.tokens.json',
          text: JSON.stringify({ greeting: { $type: 'string', $value: '{first name}' } }),
        },
      ]),
    ).toThrow('copy.tokens.json at $.greeting.$value: unknown alias target {first name}');
  });

  it("leaves it out, named, in Figma's sync layout (an alias to a library variable)", () => {
    const $extensions = { 'com.figma': { scopes: ['ALL_SCOPES'], codeSyntax: {} } };
    const data = readDtcgExport([
      {
        name: 'Component.Default.json',
        text: JSON.stringify({
          weight: { $type: 'string', $value: '{Typography.Font Weight.Bold}', $extensions },
          family: { $type: 'string', $value: 'Inter', $extensions },
        }),
      },
    ]);
    const weight = Object.values(data.tokens).find((token) => token.name === 'weight')!;
    expect(weight.values).toEqual({});
    expect(data.warnings).toContainEqual(
      expect.objectContaining({ code: 'alias-target-missing', variable: 'weight' }),
    );
  });
});

describe('readDtcgExport: a token two modifiers set', () => {
  const number = (value: number) => ({ size: { $type: 'number', $value: value } });
  const resolverWith = (theme: Record<string, unknown[]>) => [
    {
      name: 'two.resolver.json',
      text: JSON.stringify({
        version: '2025.10',
        sets: { base: { sources: [number(1)] } },
        modifiers: {
          platform: {
            default: 'desktop',
            contexts: { desktop: [number(10)], mobile: [number(20)] },
          },
          theme: { default: 'light', contexts: theme },
        },
        resolutionOrder: [
          { $ref: '#/sets/base' },
          { $ref: '#/modifiers/platform' },
          { $ref: '#/modifiers/theme' },
        ],
      }),
    },
  ];

  it('keeps the earlier modifier’s token for the contexts the later one leaves unset', () => {
    // Resolved, (mobile, light) is 20 and (desktop, light) 10: "light" follows "platform".
    const data = readDtcgExport(resolverWith({ light: [], dark: [number(99)] }));
    const platform = data.tokens['path:platform/size']!;
    expect(platform.overridden).toBe(true);
    expect(Object.values(platform.values)).toEqual([
      { kind: 'literal', value: 10 },
      { kind: 'literal', value: 20 },
    ]);
    expect(data.tokens['path:size']!.values).toEqual({
      'collection:theme/light': {
        kind: 'alias',
        targetKey: 'path:platform/size',
        targetPath: 'size',
      },
      'collection:theme/dark': { kind: 'literal', value: 99 },
    });
    expect(data.warnings).toEqual([]);
  });

  it('keeps no earlier token when the later modifier sets every context', () => {
    const data = readDtcgExport(resolverWith({ light: [number(5)], dark: [number(99)] }));
    expect(Object.keys(data.tokens)).toEqual(['path:size']);
    expect(data.warnings).toEqual([]);
  });
});

describe('readDtcgExport: a file reference with a fragment', () => {
  const files = (fragment: string) => [
    {
      name: 'themes.resolver.json',
      text: JSON.stringify({
        version: '2025.10',
        modifiers: {
          mode: {
            default: 'light',
            contexts: {
              light: [{ $ref: `modes.json#${fragment}light` }],
              dark: [{ $ref: `modes.json#${fragment}dark` }],
            },
          },
        },
        resolutionOrder: [{ $ref: '#/modifiers/mode' }],
      }),
    },
    {
      name: 'modes.json',
      text: JSON.stringify({
        light: { bg: { $type: 'number', $value: 1 } },
        dark: { bg: { $type: 'number', $value: 2 } },
      }),
    },
  ];

  it('follows a JSON Pointer fragment to that member only', () => {
    const data = readDtcgExport(files('/'));
    expect(Object.keys(data.tokens)).toEqual(['path:bg']);
    expect(Object.values(data.tokens['path:bg']!.values)).toEqual([
      { kind: 'literal', value: 1 },
      { kind: 'literal', value: 2 },
    ]);
  });

  it('refuses a plain-name fragment instead of reading the whole file for every context', () => {
    expect(() => readDtcgExport(files(''))).toThrow(
      'themes.resolver.json at $.modifiers.mode.contexts.light[0].$ref: reference modes.json#light has a fragment that is not a JSON Pointer; write "#/light" to point at the member "light"',
    );
  });
});

describe('readDtcgExport: properties a token may not hold', () => {
  it('refuses a $ key DTCG does not define, naming it, instead of dropping it', () => {
    const text = JSON.stringify({ gap: { $type: 'number', $value: 4, $nonsense: true } });
    expect(() => readDtcgExport([{ name: 'a.tokens.json', text }])).toThrow(
      'a.tokens.json at $.gap.$nonsense: "$nonsense" is not a DTCG token property; a token holds $value (or $ref), $type, $description, $deprecated and $extensions (rule: token properties)',
    );
  });

  it('names $ref, not $value, when a referencing token also holds members', () => {
    const text = JSON.stringify({
      base: { gap: { $type: 'number', $value: 4 } },
      copy: { $ref: '#/base/gap', extra: { $type: 'number', $value: 1 } },
    });
    expect(() => readDtcgExport([{ name: 'a.tokens.json', text }])).toThrow(
      'a token cannot also be a group; found $ref beside "extra"',
    );
  });
});

describe('readDtcgExport: a description per context', () => {
  it('describes the token by its default context, and names another context’s description', () => {
    const resolver = {
      version: '2025.10',
      sets: {
        base: {
          sources: [{ r: { $type: 'number', $value: 4, $description: 'Default rounding' } }],
        },
      },
      modifiers: {
        theme: {
          default: 'light',
          contexts: {
            light: [],
            dark: [{ r: { $type: 'number', $value: 0, $description: 'Sharp corners for dark' } }],
          },
        },
      },
      resolutionOrder: [{ $ref: '#/sets/base' }, { $ref: '#/modifiers/theme' }],
    };
    const data = readDtcgExport([{ name: 'r.resolver.json', text: JSON.stringify(resolver) }]);
    expect(data.tokens['path:r']!.description).toBe('Default rounding');
    expect(data.warnings).toContainEqual(
      expect.objectContaining({
        code: 'description-left-out',
        variable: 'r',
        message:
          'the description in mode "dark" ("Sharp corners for dark") differs from the default\'s and is left out: a Figma variable has one description',
      }),
    );
  });
});

describe('readDtcgExport: $extends', () => {
  const withExtends = (extendsValue: unknown) =>
    readDtcgExport([
      {
        name: 'space.tokens.json',
        text: JSON.stringify({
          base: { $type: 'number', small: { $value: 4 } },
          spacing: { $extends: extendsValue, large: { $type: 'number', $value: 16 } },
        }),
      },
    ]);

  it.each([['{base}'], [{ $ref: '#/base' }], ['#/base']])(
    'inherits the group named as %j',
    (extendsValue) => {
      expect(Object.keys(withExtends(extendsValue).tokens)).toEqual([
        'path:base.small',
        'path:spacing.small',
        'path:spacing.large',
      ]);
    },
  );

  describe('across a resolver’s sources, which it merges before reading $extends', () => {
    // terrazzo's plugin-css fixture "mulitiple-outputs" extends a group of another source.
    const blue = srgb(0, 0, 1);
    const files = (order: string[]) => [
      {
        name: 'r.resolver.json',
        text: JSON.stringify({
          version: '2025.10',
          sets: {
            base: { sources: [{ $ref: 'base.json' }] },
            brand: { sources: [{ $ref: 'brand.json' }] },
          },
          resolutionOrder: order.map((name) => ({ $ref: `#/sets/${name}` })),
        }),
      },
      {
        name: 'base.json',
        text: JSON.stringify({ button: { $type: 'color', bg: { $value: blue } } }),
      },
      {
        name: 'brand.json',
        text: JSON.stringify({
          'button-primary': { $extends: '{button}', fg: { $type: 'color', $value: blue } },
        }),
      },
    ];

    it('inherits a group of an earlier source, keeping where it is written', () => {
      const data = readDtcgExport(files(['base', 'brand']));
      const inherited = data.tokens['path:button-primary.bg']!;
      expect(Object.keys(data.tokens)).toEqual([
        'path:button.bg',
        'path:button-primary.bg',
        'path:button-primary.fg',
      ]);
      expect([inherited.type, inherited.source]).toEqual([
        'color',
        { file: 'base.json', jsonPath: '$.button.bg' },
      ]);
    });

    it('counts only its own links toward the chain limit, not the sources it merges', () => {
      const sources: unknown[] = Array.from({ length: 63 }, (_, i) => ({
        b: { [`x${i}`]: { $type: 'number', $value: i } },
      }));
      sources.push({
        a: { $extends: '{b}' },
        b: { $extends: '{c}' },
        c: { y: { $type: 'number', $value: 1 } },
      });
      const resolver = {
        version: '2025.10',
        sets: { s: { sources } },
        resolutionOrder: [{ $ref: '#/sets/s' }],
      };
      const data = readDtcgExport([{ name: 'r.resolver.json', text: JSON.stringify(resolver) }]);
      // b's 63 members from the earlier sources, and c's y through b's own $extends.
      expect(Object.keys(data.tokens).filter((key) => key.startsWith('path:a.'))).toHaveLength(64);
    });

    it('not one of a later source', () => {
      expect(() => readDtcgExport(files(['brand', 'base']))).toThrow(
        /brand\.json at \$\["button-primary"\]\.\$extends: \$extends names button, which does not exist$/,
      );
    });
  });

  describe('across files read without a resolver, as aliases across them are', () => {
    // enfantterrible-ar/design-tokens: a layer file extending a group of another was refused.
    const px = (value: number) => ({ $value: { value, unit: 'px' } });
    const read = (b: unknown) =>
      parseTokenInput([
        {
          name: 'a.tokens.json',
          text: JSON.stringify({
            primitives: { space: { $type: 'dimension', 1: px(4), 2: px(8) } },
          }),
        },
        { name: 'b.tokens.json', text: JSON.stringify(b) },
      ]);

    it('inherits a group of another file, as aliases to its tokens, even in a file of no tokens of its own', () => {
      const { input } = read({ base: { space: { $extends: '{primitives.space}' } } });
      const named = (name: string) => Object.values(input.variables).find((v) => v.name === name)!;
      expect(Object.values(named('base/space/2').valuesByMode)).toEqual([
        { type: 'VARIABLE_ALIAS', id: named('primitives/space/2').id },
      ]);
    });

    it('its own file’s group first: another file’s group of that path adds no members', () => {
      const { input } = read({
        primitives: { space: { 3: { $type: 'number', $value: 12 } } },
        base: { space: { $extends: '{primitives.space}' } },
      });
      const inB = Object.values(input.variables)
        .filter((v) => input.variableCollections[v.variableCollectionId]?.name === 'b')
        .map((v) => v.name);
      expect(inB).toEqual(['primitives/space/3', 'base/space/3']);
    });

    it('through a chain of files, whatever their order; a cycle across files is named', () => {
      // Found in review: it worked only when the files happened to sort in chain order.
      const chain = [
        { $extends: '{core}' },
        { $extends: '{palette}', extra: { $type: 'number', $value: 9 } },
        { $type: 'number', one: { $value: 1 } },
      ];
      const keys = ['base', 'core', 'palette'];
      for (const names of [
        ['a', 'b', 'c'],
        ['c', 'b', 'a'],
      ]) {
        const { input } = parseTokenInput(
          chain.map((group, i) => ({
            name: `${names[i]}.tokens.json`,
            text: JSON.stringify({ [keys[i]!]: group }),
          })),
        );
        const base = Object.values(input.variables).filter((v) => v.name.startsWith('base/'));
        expect(base.map((v) => v.name).sort(), names.join()).toEqual(['base/extra', 'base/one']);
      }
      expect(() =>
        parseTokenInput([
          {
            name: 'p.tokens.json',
            text: JSON.stringify({ x: { $extends: '{y}', a: { $type: 'number', $value: 1 } } }),
          },
          {
            name: 'q.tokens.json',
            text: JSON.stringify({ y: { $extends: '{x}', b: { $type: 'number', $value: 2 } } }),
          },
        ]),
      ).toThrow(/circular \$extends across files/);
    });

    it('nor gives its $type to a group of that path', () => {
      expect(() => read({ primitives: { space: { 3: { $value: 12 } } } })).toThrow(
        'b.tokens.json at $.primitives.space["3"]: no $type on the token, its groups or its alias target',
      );
    });
  });

  it('refuses anything else, saying what it takes', () => {
    expect(() => withExtends('base')).toThrow(
      '$extends names a group as "{group.path}", "#/group/path" or {"$ref": "#/group/path"}, found "base"',
    );
  });
});

describe('readDtcgExport: a pointer with a "%" that starts no escape', () => {
  it('points to nothing and is refused with its path, not an unexpected URIError', () => {
    const resolver = {
      version: '2025.10',
      sets: { a: { sources: [{ x: { $type: 'number', $value: 1 } }] } },
      resolutionOrder: [{ $ref: '#/sets/a%zz' }],
    };
    expect(() =>
      readDtcgExport([{ name: 't.resolver.json', text: JSON.stringify(resolver) }]),
    ).toThrow(
      't.resolver.json at $.resolutionOrder[0].$ref: reference #/sets/a%zz points to nothing',
    );
  });
});

describe('readDtcgExport: Figma’s sync layout with dots in collection names', () => {
  // Figma's sync writes its extensions on every token; a file with only a dotted name is not its.
  const figma = { 'com.figma': { hiddenFromPublishing: false, scopes: ['ALL_SCOPES'] } };
  const file = (name: string, tokens: Record<string, Record<string, unknown>>) => ({
    name: `tokens/${name}`,
    text: JSON.stringify(
      Object.fromEntries(
        Object.entries(tokens).map(([key, token]) => [key, { ...token, $extensions: figma }]),
      ),
    ),
  });

  it('splits where another file names the collection without doubt', () => {
    const data = readDtcgExport([
      file('Scale.1x.json', { step: { $type: 'number', $value: 1 } }),
      file('Scale.1.5x.json', { step: { $type: 'number', $value: 1.5 } }),
      file('Scale.2x.json', { step: { $type: 'number', $value: 2 } }),
    ]);
    expect(data.collections.map((c) => [c.name, c.modes.map((m) => m.name)])).toEqual([
      ['Scale', ['1x', '1.5x', '2x']],
    ]);
    expect(data.warnings.map((w) => w.message)).toEqual([
      `read as collection "Scale", mode "1.5x": the name has more than one dot (Figma's own importer would take "Scale" as the collection); rename the file if that is not right`,
      `the files do not say which mode of "Scale" is the default; the first file's, "1x", is used. To choose another, list its file first, or name its modes in a resolver with a default`,
    ]);
  });

  it('ends the collection’s name at the last dot, and says so', () => {
    // m-nti/sie-variables-github-action-example: collections "z.depreciate.Spacing" and
    // "z.depretiate.Color", each with Figma's first mode "Mode 1".
    const data = readDtcgExport([
      file('z.depreciate.Spacing.Mode 1.json', { spacer: { $type: 'number', $value: 4 } }),
      file('z.depretiate.Color.Mode 1.json', { black: { $type: 'number', $value: 0 } }),
    ]);
    expect(data.collections.map((c) => [c.name, c.modes.map((m) => m.name)])).toEqual([
      ['z.depreciate.Spacing', ['Mode 1']],
      ['z.depretiate.Color', ['Mode 1']],
    ]);
    expect(data.warnings.map((w) => w.code)).toEqual(['dotted-file-name', 'dotted-file-name']);
    expect(data.warnings[0]!.message).toContain(
      'read as collection "z.depreciate.Spacing", mode "Mode 1"',
    );
  });
});

describe('readDtcgExport: a set and a modifier of one name', () => {
  const resolver = (order: unknown[]) => [
    {
      name: 'theme.resolver.json',
      text: JSON.stringify({
        version: '2025.10',
        sets: { theme: { sources: [{ space: { $type: 'number', $value: 4 } }] } },
        modifiers: {
          theme: {
            default: 'light',
            contexts: {
              light: [{ fg: { $type: 'number', $value: 1 } }],
              dark: [{ fg: { $type: 'number', $value: 2 } }],
            },
          },
        },
        resolutionOrder: order,
      }),
    },
  ];

  it('is valid ("it is valid for a set to share a name with a modifier"): both are read', () => {
    const data = readDtcgExport(
      resolver([{ $ref: '#/sets/theme' }, { $ref: '#/modifiers/theme' }]),
    );
    expect(data.collections.map((c) => c.name)).toEqual(['theme', 'theme-modifier']);
    expect(Object.keys(data.tokens)).toEqual(['path:space', 'path:fg']);
    expect(data.warnings.map((w) => w.code)).toEqual(['layer-renamed']);
  });

  it('still refuses the same set twice', () => {
    expect(() =>
      readDtcgExport(resolver([{ $ref: '#/sets/theme' }, { $ref: '#/sets/theme' }])),
    ).toThrow(
      '"theme" is already in resolutionOrder at $.resolutionOrder[0]; names must be unique',
    );
  });
});

describe('readDtcgExport: metadata a Figma variable or collection has no place for', () => {
  const bg = (extensions: Record<string, unknown>, deprecated?: string) => ({
    bg: {
      $type: 'number',
      $value: 1,
      $extensions: extensions,
      ...(deprecated ? { $deprecated: deprecated } : {}),
    },
  });
  const data = () =>
    readDtcgExport([
      {
        name: 'theme.resolver.json',
        text: JSON.stringify({
          version: '2025.10',
          $extensions: { 'org.example': { owner: 'ds' } },
          modifiers: {
            theme: {
              $extensions: { 'org.example': { kind: 'theme' } },
              default: 'light',
              contexts: {
                light: [bg({ 'org.example': { mode: 'light' } }, 'use surface')],
                dark: [bg({ 'org.example': { mode: 'dark' } })],
              },
            },
          },
          resolutionOrder: [{ $ref: '#/modifiers/theme' }],
        }),
      },
    ]);

  it('names another context’s $extensions and $deprecated, and the resolver’s own', () => {
    expect(data().warnings.map((w) => [w.code, w.jsonPath])).toEqual([
      ['resolver-extensions-dropped', '$'],
      ['extensions-left-out', '$.modifiers.theme.contexts.dark[0].bg.$extensions'],
      ['deprecated-left-out', '$.modifiers.theme.contexts.dark[0].bg.$deprecated'],
    ]);
  });
});
