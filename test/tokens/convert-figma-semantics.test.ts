/**
 * What Figma's data means, read as Figma means it: deleted-but-referenced variables, modes
 * without a value, composed colours and library variables.
 */
import { readFileSync } from 'node:fs';
import type { LocalVariable, VariableValue } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import type { FigmaVariablesInput, TokenModel } from '../../src/tokens/model.ts';
import { collection, variable } from './hostile-input.ts';

const publicInput = (name: string): FigmaVariablesInput =>
  (
    JSON.parse(readFileSync(`test/fixtures/public/${name}`, 'utf8')) as {
      meta: FigmaVariablesInput;
    }
  ).meta;

const alias = (id: string) => ({ type: 'VARIABLE_ALIAS' as const, id });
const rgba = (r: number, g: number, b: number, a = 1) => ({ r, g, b, a });

function input(
  collections: ReturnType<typeof collection>[],
  variables: LocalVariable[],
): FigmaVariablesInput {
  for (const v of variables) {
    const owner = collections.find((c) => c.id === v.variableCollectionId);
    owner?.variableIds.push(v.id);
  }
  return {
    variableCollections: Object.fromEntries(collections.map((c) => [c.id, c])),
    variables: Object.fromEntries(variables.map((v) => [v.id, v])),
  };
}

/** Reads parsed JSON by path. */
const dig = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

const tokenNamed = (model: TokenModel, name: string) => model.tokens.find((t) => t.name === name);
const dtcgFiles = (model: TokenModel) =>
  Object.fromEntries(
    buildFormat(model, 'dtcg', { bundle: false }).map((f) => [f.path, JSON.parse(f.contents)]),
  ) as Record<string, Record<string, unknown>>;

describe('deleted-but-referenced variables', () => {
  const build = () =>
    input(
      [collection('C', ['m'])],
      [
        {
          ...variable('dead', 'x', 'C', { m: rgba(1, 0, 0) }, 'COLOR'),
          deletedButReferenced: true,
        },
        variable('live', 'x', 'C', { m: rgba(0, 0, 1) }, 'COLOR'),
        variable('user', 'uses-dead', 'C', { m: alias('dead') }, 'COLOR'),
      ],
    );

  it('are left out by default; the live variable keeps the clean name; aliases get the value', () => {
    const model = convertVariables(build());
    expect(model.tokens.map((t) => t.id)).toEqual(['live', 'user']);
    expect(tokenNamed(model, 'x')?.slugPath).toEqual(['x']);
    expect(tokenNamed(model, 'uses-dead')?.values.m).toMatchObject({
      kind: 'literal',
      value: { hex: '#ff0000' },
    });
    expect(model.warnings).toContainEqual(
      expect.objectContaining({ code: 'deleted-skipped', variableId: 'dead' }),
    );
  });

  it('can be exported apart, marked, without taking the live variable’s name', () => {
    const model = convertVariables(build(), { deletedVariables: 'separate' });
    expect(model.tokens.find((t) => t.id === 'live')?.slugPath).toEqual(['x']);
    const dead = model.tokens.find((t) => t.id === 'dead');
    expect(dead?.deletedButReferenced).toBe(true);
    expect(dead?.slugPath).not.toEqual(['x']);
    const group = dig(dtcgFiles(model)['tokens/c.tokens.json'], 'c') as Record<string, unknown>;
    const node = Object.values(group).find(
      (n) => dig(n, '$extensions', 'com.figma', 'variableId') === 'dead',
    );
    expect(dig(node, '$deprecated')).toMatch(/Deleted in Figma/);
    expect(dig(node, '$extensions', 'com.figma', 'deletedButReferenced')).toBe(true);
  });
});

describe('a mode without a value (Figma’s “handles aliases” fixture)', () => {
  const model = convertVariables(publicInput('figma-example-handles-aliases.json'));

  it('fills it from the default mode for platforms, marks it filled, and warns', () => {
    const var2 = tokenNamed(model, 'var2');
    expect(var2?.values['1:0']).toEqual({ kind: 'alias', targetId: 'VariableID:2:1' });
    expect(var2?.values['1:1']).toEqual({
      kind: 'alias',
      targetId: 'VariableID:2:1',
      filled: true,
    });
    expect(model.warnings.filter((w) => w.code === 'missing-mode-value')).toHaveLength(2);
    const files = dtcgFiles(model);
    const figmaOf = (path: string) =>
      dig(files[path], 'collection1', 'var2', '$extensions', 'com.figma');
    expect(figmaOf('tokens/collection1/mode2.tokens.json')).toMatchObject({
      filledFromDefaultMode: true,
    });
    expect(figmaOf('tokens/collection1/mode1.tokens.json')).not.toHaveProperty(
      'filledFromDefaultMode',
    );
  });
});

describe('a variable with no value in the default mode but one in another', () => {
  const model = convertVariables(
    input([collection('S', ['Light', 'Dark'])], [variable('glow', 'glow', 'S', { Dark: 4 })]),
  );

  it('is named once, with what each output does for the default mode', () => {
    expect(tokenNamed(model, 'glow')?.values).toEqual({ Dark: { kind: 'literal', value: 4 } });
    expect(model.warnings.map((w) => w.message)).toEqual([
      '“glow” has no value in the default mode “Light”: CSS :root, SCSS, Tailwind and Android values/, which need one, use its “Dark” value there; the other outputs leave that mode out.',
    ]);
  });
});

describe('values under a mode the collection does not list', () => {
  // A mode deleted in Figma, or a hand-edited response: the value has no place in any output.
  const model = convertVariables(
    input(
      [collection('S', ['Default'])],
      [
        variable('gap', 'gap', 'S', { Default: 8, gone: 16 }),
        variable('pad', 'pad', 'S', { gone: 4 }),
      ],
    ),
  );
  const about = (id: string) => model.warnings.filter((w) => w.variableId === id);

  it('are named in a warning, not dropped without a word', () => {
    expect(tokenNamed(model, 'gap')?.values).toEqual({ Default: { kind: 'literal', value: 8 } });
    expect(about('gap').map((w) => w.message)).toEqual([
      '“gap” holds a value for mode “gone”, which “S” does not have; it is left out.',
    ]);
  });

  it('never claim a default value that does not exist', () => {
    expect(tokenNamed(model, 'pad')).toBeUndefined();
    const messages = about('pad').map((w) => w.message);
    expect(messages).toContain(
      '“pad” holds a value for mode “gone”, which “S” does not have; it is left out.',
    );
    expect(messages).toContain('“pad” has no value for mode “Default”; that mode is left out.');
    expect(messages.join(' ')).not.toMatch(/default mode’s value is used/);
  });
});

describe('an extended collection (a brand extending a base collection)', () => {
  // As GET /variables/local returns one (rest-api-spec 0.36+): the extension lists the base's
  // variables, maps its modes onto the base's, and overrides some values.
  const base = collection('base', ['Light', 'Dark']);
  const acmeModes = [
    { modeId: 'acme/Light', name: 'Acme light', parentModeId: 'Light' },
    { modeId: 'acme/Dark', name: 'Acme dark', parentModeId: 'Dark' },
  ];
  const acme = {
    ...collection('acme', []),
    name: 'Brand Acme',
    modes: acmeModes,
    defaultModeId: 'acme/Light',
    isExtension: true,
    parentVariableCollectionId: 'base',
    rootVariableCollectionId: 'base',
    variableOverrides: { primary: { 'acme/Light': { r: 1, g: 0, b: 0 } } },
  };
  const build = () =>
    input(
      [base, acme],
      [
        variable(
          'primary',
          'primary',
          'base',
          { Light: rgba(0, 0, 1), Dark: rgba(0, 0, 0.5) },
          'COLOR',
        ),
        // Aliases within the family resolve in the brand's mode: to the brand's own primary.
        variable(
          'link',
          'link',
          'base',
          { Light: alias('primary'), Dark: alias('primary') },
          'COLOR',
        ),
      ],
    );
  const model = convertVariables(build());
  const brand = (name: string) =>
    model.tokens.find((t) => t.collectionId === 'acme' && t.name === name)!;

  it('keeps the base collection’s own values', () => {
    const own = model.tokens.filter((t) => t.collectionId === 'base');
    expect(own.map((t) => [t.name, Object.values(t.values).length])).toEqual([
      ['primary', 2],
      ['link', 2],
    ]);
  });

  it('exports the brand with every inherited variable: its override, else the parent mode’s', () => {
    expect(brand('primary').inheritedFrom).toBe('primary');
    expect(brand('primary').values['acme/Light']).toMatchObject({
      kind: 'literal',
      value: { components: [1, 0, 0], alpha: 1 },
    });
    expect(brand('primary').values['acme/Dark']).toMatchObject({
      kind: 'literal',
      value: { components: [0, 0, 0.5] },
    });
    expect(brand('link').values['acme/Light']).toEqual({
      kind: 'alias',
      targetId: brand('primary').id,
    });
    expect(model.warnings.filter((w) => w.code === 'extended-collection')).toEqual([]);
  });

  it('writes CSS where the brand’s link follows the brand’s primary', () => {
    const css = buildFormat(model, 'css')[0]!.contents;
    expect(css).toContain('--brand-acme-primary: #ff0000;');
    expect(css).toContain('--brand-acme-link: var(--brand-acme-primary);');
  });

  it('marks the copies in DTCG, so a write-back never creates them and names an edit', async () => {
    const { readDtcgExport } = await import('../../src/tokens/dtcg/read.ts');
    const { buildChangeSet } = await import('../../src/tokens/writeback/build-change-set.ts');
    const files = buildFormat(model, 'dtcg', { bundle: true }).map((f) => ({
      name: f.path,
      text: f.contents,
    }));
    const unchanged = buildChangeSet(build(), readDtcgExport(files), { allowDelete: true });
    expect(unchanged.empty).toBe(true);
    expect(unchanged.warnings).toEqual([]);
    // The brand's primary edited in the DTCG file: not sent, but said.
    const green = { colorSpace: 'srgb', components: [0, 1, 0], alpha: 1, hex: '#00ff00' };
    const bundle = JSON.parse(files[0]!.text) as unknown;
    const acmePrimary = dig(
      bundle,
      ...['modifiers', 'brand-acme', 'contexts', 'acme-light', '0', 'brand-acme', 'primary'],
    ) as { $value: unknown };
    acmePrimary.$value = green;
    const edited = [{ name: files[0]!.name, text: JSON.stringify(bundle) }];
    const plan = buildChangeSet(build(), readDtcgExport(edited), { allowDelete: true });
    expect(plan.empty).toBe(true);
    expect(plan.warnings.map((w) => w.code)).toEqual(['extended-value-not-written']);
  });

  it('writes back nothing for an unchanged export where a brand’s own variable aliases an inherited one', async () => {
    const { readDtcgExport } = await import('../../src/tokens/dtcg/read.ts');
    const { buildChangeSet } = await import('../../src/tokens/writeback/build-change-set.ts');
    const withOwn = () => {
      const data = build();
      const own = variable(
        'own',
        'own',
        'acme',
        { 'acme/Light': alias('primary'), 'acme/Dark': alias('primary') },
        'COLOR',
      );
      data.variables.own = own;
      data.variableCollections.acme!.variableIds = ['own'];
      return data;
    };
    const files = buildFormat(convertVariables(withOwn()), 'dtcg', { bundle: true }).map((f) => ({
      name: f.path,
      text: f.contents,
    }));
    // In Figma "own" aliases primary itself; the export's {brand-acme.primary} is its brand view.
    const plan = buildChangeSet(withOwn(), readDtcgExport(files), { allowDelete: true });
    expect(plan.errors).toEqual([]);
    expect(plan.empty).toBe(true);
  });

  it('follows a chain (C extends B extends A), and the extension’s own variables too', () => {
    const a = collection('A', ['a1']);
    const b = {
      ...collection('B', []),
      modes: [{ modeId: 'B/a1', name: 'B1', parentModeId: 'a1' }],
      defaultModeId: 'B/a1',
      isExtension: true,
      parentVariableCollectionId: 'A',
      variableOverrides: { size: { 'B/a1': 2 } },
    };
    const c = {
      ...collection('C', []),
      modes: [{ modeId: 'C/a1', name: 'C1', parentModeId: 'B/a1' }],
      defaultModeId: 'C/a1',
      isExtension: true,
      parentVariableCollectionId: 'B',
      variableOverrides: { size: { 'C/a1': 3 } },
    };
    const chain = convertVariables(
      input(
        [a, b, c],
        [
          variable('size', 'size', 'A', { a1: 1 }),
          variable('gap', 'gap', 'A', { a1: alias('size') }),
          variable('own', 'own', 'C', { 'C/a1': alias('size') }),
        ],
      ),
    );
    expect(chain.tokens.map((t) => [t.collectionId, t.name, Object.values(t.values)[0]])).toEqual([
      ['A', 'size', { kind: 'literal', value: 1 }],
      ['A', 'gap', { kind: 'alias', targetId: 'size' }],
      ['B', 'size', { kind: 'literal', value: 2 }],
      ['B', 'gap', { kind: 'alias', targetId: 'B/size' }],
      ['C', 'size', { kind: 'literal', value: 3 }],
      ['C', 'gap', { kind: 'alias', targetId: 'C/size' }],
      ['C', 'own', { kind: 'alias', targetId: 'C/size' }],
    ]);
    expect(chain.warnings).toEqual([]);
  });

  it('says when the parent is a library collection, whose variables the response holds in part', () => {
    const data = build();
    data.variableCollections.base!.remote = true;
    for (const v of Object.values(data.variables)) v.remote = true;
    const converted = convertVariables(data);
    expect(converted.warnings.map((w) => w.message)).toContain(
      "“Brand Acme” extends the library collection “base”: its 2 inherited variables are the library variables this file's response holds, with the values the file last saw; the library may hold more.",
    );
    expect(converted.tokens.filter((t) => t.collectionId === 'acme').map((t) => t.name)).toEqual([
      'primary',
      'link',
    ]);
  });

  it('names an override of a variable the parent does not hold', () => {
    const odd = build();
    odd.variableCollections.acme!.variableOverrides = { gone: { 'acme/Light': 1 } };
    expect(convertVariables(odd).warnings.map((w) => w.message)).toContain(
      '“Brand Acme” overrides 1 variable that “base” does not hold (gone); that override is left out.',
    );
  });
});

describe('composed colours', () => {
  const composed = (color: unknown, opacity: unknown) =>
    ({ color, opacity }) as unknown as VariableValue;
  const build = () =>
    input(
      [collection('P', ['base']), collection('S', ['Light', 'Dark'])],
      [
        variable('blue', 'blue', 'P', { base: rgba(0, 0, 1) }, 'COLOR'),
        variable('half', 'opacity/half', 'P', { base: 0.5 }, 'FLOAT'),
        variable(
          'hover',
          'bg/hover',
          'S',
          {
            Light: composed(alias('blue'), 0.25) as LocalVariable['valuesByMode'][string],
            Dark: composed(
              rgba(1, 0, 0, 0.8),
              alias('half'),
            ) as LocalVariable['valuesByMode'][string],
          },
          'COLOR',
        ),
        variable('user', 'bg/user', 'S', { Light: alias('hover'), Dark: alias('hover') }, 'COLOR'),
      ],
    );

  it('keep the link and the opacity, and resolve to the colour with alpha', () => {
    const model = convertVariables(build());
    expect(model.warnings.filter((w) => w.code === 'unsupported-value')).toEqual([]);
    const hover = tokenNamed(model, 'bg/hover');
    expect(hover?.values.Light).toMatchObject({
      kind: 'literal',
      value: { hex: '#0000ff', alpha: 0.25 },
      composed: {
        color: { kind: 'alias', targetId: 'blue' },
        opacity: { kind: 'literal', value: 0.25 },
      },
    });
    expect(hover?.values.Dark).toMatchObject({
      value: { hex: '#ff0000', alpha: 0.4 },
      composed: { opacity: { kind: 'alias', targetId: 'half' } },
    });
  });

  it('DTCG holds the resolved colour and the link in $extensions', () => {
    const light = dtcgFiles(convertVariables(build()))['tokens/s/light.tokens.json'];
    const node = dig(light, 's', 'bg', 'hover');
    expect(dig(node, '$value')).toMatchObject({
      colorSpace: 'srgb',
      components: [0, 0, 1],
      alpha: 0.25,
    });
    expect(dig(node, '$extensions', 'com.figma', 'composed')).toEqual({
      color: '{p.blue}',
      colorVariableId: 'blue',
      opacity: 0.25,
    });
  });

  it('CSS keeps the link with color-mix() over var(--base)', () => {
    const [css] = buildFormat(convertVariables(build()), 'css', {});
    expect(css?.contents).toContain('color-mix(in srgb, var(--p-blue) 25%, transparent)');
    expect(css?.contents).toContain(
      'color-mix(in srgb, #ff0000cc calc(var(--p-opacity-half) * 100%), transparent)',
    );
  });

  it('other platforms get the resolved colour', () => {
    const [js] = buildFormat(convertVariables(build()), 'js', {});
    expect(js?.contents).toMatch(/#0000ff40|rgba\(0, 0, 255, 0\.25\)/i);
  });

  it('an opacity outside 0–1 is clamped for the resolved colour, with a warning', () => {
    const data = build();
    data.variables.hover!.valuesByMode.Light = composed(
      alias('blue'),
      40,
    ) as LocalVariable['valuesByMode'][string];
    const model = convertVariables(data);
    expect(tokenNamed(model, 'bg/hover')?.values.Light).toMatchObject({ value: { alpha: 1 } });
    expect(model.warnings).toContainEqual(expect.objectContaining({ code: 'opacity-range' }));
  });
});

describe('library (remote) variables', () => {
  const build = () => {
    const data = input(
      [{ ...collection('Lib', ['m']), remote: true }, collection('L', ['m'])],
      [
        { ...variable('brand', 'brand', 'Lib', { m: rgba(0, 1, 0) }, 'COLOR'), remote: true },
        variable('local', 'accent', 'L', { m: alias('brand') }, 'COLOR'),
      ],
    );
    return data;
  };

  it('are never exported as local tokens (Figma’s “ignores remote variables” fixture)', () => {
    const model = convertVariables(publicInput('figma-example-ignores-remote.json'));
    expect(model.tokens).toEqual([]);
    expect(model.collections).toEqual([]);
    expect(model.warnings).toContainEqual(
      expect.objectContaining({ code: 'remote-variable-inlined', variableId: 'VariableID:2:1' }),
    );
  });

  it('inline: local aliases get the value, and the DTCG export names the library variable', () => {
    const model = convertVariables(build());
    expect(model.tokens.map((t) => t.id)).toEqual(['local']);
    const files = dtcgFiles(model);
    const accent = dig(files['tokens/l.tokens.json'], 'l', 'accent');
    expect(dig(accent, '$value')).toMatchObject({ components: [0, 1, 0] });
    expect(dig(accent, '$extensions', 'com.figma', 'libraryAlias')).toMatchObject({
      variableId: 'brand',
      name: 'brand',
    });
    expect(dig(files['tokens.resolver.json'], '$extensions', 'com.figma', 'libraryVariables')).toBe(
      'inline',
    );
  });

  it('skip: the library value is left out and each loss is named', () => {
    const model = convertVariables(build(), { libraryVariables: 'skip' });
    expect(model.tokens).toEqual([]);
    expect(model.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining([
        'remote-variable-skipped',
        'remote-alias-missing',
        'unsupported-value',
      ]),
    );
  });
});

describe('a real file (Troms fylkestrafikk’s saved response)', () => {
  const input = publicInput('tromsfylkestrafikk-variables-local.json');
  const model = convertVariables(input);

  /** Figma's value as the model holds a plain literal or alias. */
  const asModelValue = (value: VariableValue) => {
    if (typeof value !== 'object' || value === null) return { kind: 'literal', value };
    if ('type' in value) return { kind: 'alias', targetId: value.id };
    if ('a' in value)
      return {
        kind: 'literal',
        value: expect.objectContaining({ components: [value.r, value.g, value.b], alpha: value.a }),
      };
    throw new Error(`no plain value: ${JSON.stringify(value)}`);
  };

  it('keeps every variable and every mode value as Figma holds it, with nothing to warn about', () => {
    expect(model.errors).toEqual([]);
    expect(model.warnings).toEqual([]);
    expect(model.tokens).toHaveLength(291);
    expect(model.collections.flatMap((c) => c.modes)).toHaveLength(13);
    for (const v of Object.values(input.variables)) {
      const token = model.tokens.find((t) => t.id === v.id);
      expect(Object.keys(token?.values ?? {}).sort(), v.name).toEqual(
        Object.keys(v.valuesByMode).sort(),
      );
      for (const [modeId, value] of Object.entries(v.valuesByMode))
        expect(token?.values[modeId], `${v.name} in ${modeId}`).toEqual(asModelValue(value));
    }
  });

  it('types its FLOATs from scopes and names, never as a fontWeight that 0 would break', () => {
    const typeOf = (name: string) => model.tokens.filter((t) => t.name === name).map((t) => t.type);
    expect(typeOf('GeofencingZone/NoEntry/LayerIndexWeight')).toEqual(['number']);
    expect(typeOf('GeofencingZone/NoEntry/FillOpacity')).toEqual(['opacity']);
    expect(typeOf('Radius/Small')).toEqual(['dimension']);
    expect(typeOf('Size/Large')).toEqual(['dimension']);
    expect(typeOf('Number')).toEqual(['number']);
    expect(typeOf('Font')).toEqual(['string']);
  });
});

describe('opacity variables', () => {
  const scoped = (v: LocalVariable): LocalVariable => ({ ...v, scopes: ['OPACITY'] });
  /** Adobe Spectrum's shape: OPACITY-scoped variables holding 0–95, aliased by component tokens. */
  const percent = () =>
    input(
      [collection('C', ['m'])],
      [
        scoped(variable('disabled', 'opacity-disabled', 'C', { m: 30 })),
        scoped(variable('faint', 'opacity-faint', 'C', { m: 1 })),
        scoped(variable('avatar', 'avatar-opacity-disabled', 'C', { m: alias('disabled') })),
      ],
    );
  const codeValues = (model: TokenModel) => ({
    css: buildFormat(model, 'css')[0]!.contents,
    ts: buildFormat(model, 'ts')[0]!.contents,
    swift: buildFormat(model, 'swift')[0]!.contents,
    compose: buildFormat(model, 'compose')[0]!.contents,
    android: buildFormat(model, 'android-xml')
      .map((f) => f.contents)
      .join('\n'),
  });

  it('held as percentages, as Figma shows them, are 0–1 in code and unchanged in DTCG', () => {
    const model = convertVariables(percent());
    const { css, ts, swift, compose, android } = codeValues(model);
    expect(css).toContain('--c-opacity-disabled: 0.3;');
    expect(css).toContain('--c-opacity-faint: 0.01;');
    expect(css).toContain('--c-avatar-opacity-disabled: var(--c-opacity-disabled);');
    expect(ts).toContain('"opacity-disabled": 0.3');
    expect(ts).toContain('"avatar-opacity-disabled": 0.3');
    expect(swift).toMatch(/opacityDisabled: Double = 0\.3\b/);
    expect(compose).toMatch(/opacityDisabled = 0\.3f/);
    expect(android).toMatch(/name="c_opacity_disabled"[^>]*>0\.3</);
    // DTCG (and so write-back) keeps what Figma holds.
    expect(dig(dtcgFiles(model)['tokens/c.tokens.json'], 'c', 'opacity-disabled', '$value')).toBe(
      30,
    );
    const notes = model.warnings.filter((w) => w.code === 'opacity-percent');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toContain('“opacity-disabled” holds 30');
  });

  it('a composed colour over a percentage opacity takes that share of its colour', () => {
    const data = percent();
    const fill = variable(
      'fill',
      'fill-disabled',
      'C',
      {
        m: {
          color: rgba(0, 0, 1),
          opacity: alias('disabled'),
        } as unknown as LocalVariable['valuesByMode'][string],
      },
      'COLOR',
    );
    data.variables.fill = fill;
    data.variableCollections.C!.variableIds.push('fill');
    const model = convertVariables(data);
    expect(tokenNamed(model, 'fill-disabled')?.values.m).toMatchObject({
      kind: 'literal',
      value: { alpha: 0.3 },
    });
    expect(model.warnings.map((w) => w.code)).not.toContain('opacity-range');
    expect(buildFormat(model, 'css')[0]!.contents).toContain(
      'color-mix(in srgb, #0000ff calc(var(--c-opacity-disabled) * 100%), transparent)',
    );
  });

  it('held as 0–1 stay as they are, with no warning', () => {
    const model = convertVariables(
      input([collection('C', ['m'])], [scoped(variable('half', 'opacity-half', 'C', { m: 0.5 }))]),
    );
    expect(codeValues(model).css).toContain('--c-opacity-half: 0.5;');
    expect(model.warnings.filter((w) => w.code === 'opacity-percent')).toEqual([]);
  });

  it('names: the hint named last wins (a checkerboard square size is a size, not an opacity)', () => {
    const model = convertVariables(
      input(
        [collection('C', ['m'])],
        [
          variable('square', 'opacity-checkerboard-square-size-small', 'C', { m: 4 }),
          variable('border', 'border-opacity', 'C', { m: 0.5 }),
          variable('focus', 'focus-indicator-thickness', 'C', { m: 2 }),
        ],
      ),
    );
    expect(model.tokens.map((t) => [t.name, t.type])).toEqual([
      ['opacity-checkerboard-square-size-small', 'dimension'],
      ['border-opacity', 'opacity'],
      ['focus-indicator-thickness', 'dimension'],
    ]);
  });
});
