import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../convert.ts';
import { buildFormat } from '../formats.ts';
import { parseTokenInput, TokenInputError } from './parse-token-input.ts';
import { findJsonSyntaxProblem } from './parse-json.ts';

import primitivesValue from '../../../test/fixtures/figma-export/primitives-value.tokens.json?raw';
import semanticDark from '../../../test/fixtures/figma-export/semantic-dark.tokens.json?raw';
import semanticLight from '../../../test/fixtures/figma-export/semantic-light.tokens.json?raw';

const FIXTURES: Record<string, string> = {
  'figma-export/primitives-value.tokens.json': primitivesValue,
  'figma-export/semantic-light.tokens.json': semanticLight,
  'figma-export/semantic-dark.tokens.json': semanticDark,
};
const fixture = (name: string) => ({ name, text: FIXTURES[name] ?? '' });

function restMeta() {
  return {
    variables: {
      'VariableID:1:1': {
        id: 'VariableID:1:1',
        name: 'color/brand',
        key: 'k1',
        variableCollectionId: 'VariableCollectionId:1:0',
        resolvedType: 'COLOR',
        valuesByMode: { '1:0': { r: 1, g: 0, b: 0, a: 1 } },
        remote: false,
        description: '',
        hiddenFromPublishing: false,
        scopes: ['ALL_SCOPES'],
        codeSyntax: {},
      },
      'VariableID:1:2': {
        id: 'VariableID:1:2',
        name: 'color/accent',
        key: 'k2',
        variableCollectionId: 'VariableCollectionId:1:0',
        resolvedType: 'COLOR',
        valuesByMode: { '1:0': { type: 'VARIABLE_ALIAS', id: 'VariableID:1:1' } },
        remote: false,
        description: 'Accent',
        hiddenFromPublishing: false,
        scopes: [],
        codeSyntax: { WEB: 'var(--accent)' },
      },
    },
    variableCollections: {
      'VariableCollectionId:1:0': {
        id: 'VariableCollectionId:1:0',
        name: 'Primitives',
        key: 'c1',
        modes: [{ modeId: '1:0', name: 'Value' }],
        defaultModeId: '1:0',
        remote: false,
        hiddenFromPublishing: false,
        variableIds: ['VariableID:1:1', 'VariableID:1:2'],
      },
    },
  };
}

function thrown(fn: () => unknown): TokenInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TokenInputError) return error;
    throw error;
  }
  throw new Error('expected a TokenInputError');
}

describe('parseTokenInput: saved REST responses', () => {
  it('reads the whole {status, error, meta} envelope', () => {
    const result = parseTokenInput([
      { name: 'vars.json', text: JSON.stringify({ status: 200, error: false, meta: restMeta() }) },
    ]);
    expect(result.source).toBe('figma-rest');
    expect(Object.keys(result.input.variables)).toEqual(['VariableID:1:1', 'VariableID:1:2']);
    expect(result.input.variables['VariableID:1:2']?.valuesByMode['1:0']).toEqual({
      type: 'VARIABLE_ALIAS',
      id: 'VariableID:1:1',
    });
    expect(result.warnings).toEqual([]);
  });

  it('reads just the meta object and fills missing optional fields', () => {
    const meta = restMeta();
    const variable = meta.variables['VariableID:1:1'] as Record<string, unknown>;
    delete variable.scopes;
    delete variable.codeSyntax;
    delete variable.description;
    const result = parseTokenInput([{ name: 'meta.json', text: JSON.stringify(meta) }]);
    expect(result.input.variables['VariableID:1:1']).toMatchObject({
      scopes: [],
      codeSyntax: {},
      description: '',
    });
  });

  it('names the file and JSON path of a malformed value', () => {
    const meta = restMeta();
    (meta.variables['VariableID:1:2'] as Record<string, unknown>).valuesByMode = 'oops';
    const error = thrown(() =>
      parseTokenInput([{ name: 'tokens.json', text: JSON.stringify({ meta }) }]),
    );
    expect(error.file).toBe('tokens.json');
    expect(error.jsonPath).toBe('$.meta.variables["VariableID:1:2"].valuesByMode');
    expect(error.message).toBe(
      'tokens.json at $.meta.variables["VariableID:1:2"].valuesByMode: expected an object, found a string',
    );
  });

  it('rejects colour channels outside 0–1 with the channel path', () => {
    const meta = restMeta();
    (meta.variables['VariableID:1:1'] as Record<string, unknown>).valuesByMode = {
      '1:0': { r: 255, g: 0, b: 0, a: 1 },
    };
    const error = thrown(() => parseTokenInput([{ name: 'v.json', text: JSON.stringify(meta) }]));
    expect(error.jsonPath).toBe('$.variables["VariableID:1:1"].valuesByMode["1:0"].r');
    expect(error.detail).toContain('between 0 and 1');
  });

  it('reports a saved Figma error reply instead of reading it', () => {
    const error = thrown(() =>
      parseTokenInput([
        {
          name: 'err.json',
          text: JSON.stringify({
            status: 403,
            error: true,
            message: 'Limited by Figma plan',
            meta: {},
          }),
        },
      ]),
    );
    expect(error.detail).toContain('Limited by Figma plan');
  });

  it('reports a saved error reply without meta, in either of Figma’s shapes, at $', () => {
    const detail = (body: unknown) =>
      thrown(() => parseTokenInput([{ name: 'err.json', text: JSON.stringify(body) }]));
    const plan = detail({ status: 403, error: true, message: 'Limited by Figma plan' });
    expect([plan.jsonPath, plan.detail]).toEqual([
      '$',
      'the saved response is a Figma error (403: Limited by Figma plan), not variables; save the response again once the request succeeds',
    ]);
    expect(detail({ status: 403, err: 'Invalid token' }).detail).toContain(
      'a Figma error (403: Invalid token)',
    );
  });

  it('keeps hostile ids and names as plain data', () => {
    const meta = restMeta();
    const hostile = JSON.stringify({
      ...meta.variables['VariableID:1:1'],
      id: '__proto__',
      name: '__proto__/constructor',
    });
    // Built as text: assigning a "__proto__" key in JS would change the prototype instead.
    const text = JSON.stringify(meta).replace(
      '"variables":{',
      `"variables":{"__proto__":${hostile},`,
    );
    const result = parseTokenInput([{ name: 'hostile.json', text }]);
    expect(Object.prototype.hasOwnProperty.call(result.input.variables, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(result.input.variables)).toBe(Object.prototype);
    expect(result.input.variables['__proto__']?.name).toBe('__proto__/constructor');
  });

  it('warns about a local variable whose collection is missing', () => {
    const meta = restMeta();
    (meta.variables['VariableID:1:1'] as Record<string, unknown>).variableCollectionId =
      'VariableCollectionId:gone';
    const result = parseTokenInput([{ name: 'z.json', text: JSON.stringify(meta) }]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({
      code: 'missing-collection',
      variable: 'VariableID:1:1',
    });
  });
});

describe('parseTokenInput: malformed JSON', () => {
  it('names the file, line and column', () => {
    const text = '{\n  "meta": {\n    "variables": {},\n    "variableCollections": {}\n  },\n}\n';
    const error = thrown(() => parseTokenInput([{ name: 'broken.json', text }]));
    expect(error.file).toBe('broken.json');
    expect(error.detail).toBe('invalid JSON at line 6, column 1: trailing comma before "}"');
  });

  it('finds unterminated strings, missing commas and trailing garbage', () => {
    expect(findJsonSyntaxProblem('{"a": "b')).toMatchObject({
      line: 1,
      column: 7,
      message: 'unterminated string',
    });
    expect(findJsonSyntaxProblem('{"a": 1\n "b": 2}')).toMatchObject({ line: 2, column: 2 });
    expect(findJsonSyntaxProblem('[1, 2] x')).toMatchObject({ line: 1, column: 8 });
    expect(findJsonSyntaxProblem("{'a': 1}")).toMatchObject({ column: 2 });
    expect(findJsonSyntaxProblem('[1, 2,]')).toMatchObject({
      message: 'trailing comma before "]"',
    });
    expect(findJsonSyntaxProblem('{"a": [1, {"b": null}], "c": -1.5e3}')).toBeUndefined();
  });

  it('accepts a byte order mark', () => {
    const result = parseTokenInput([
      { name: 'bom.json', text: `\ufeff${JSON.stringify(restMeta())}` },
    ]);
    expect(Object.keys(result.input.variables)).toHaveLength(2);
  });

  it('rejects JSON that is none of the known inputs', () => {
    const error = thrown(() => parseTokenInput([{ name: 'package.json', text: '{"name": "x"}' }]));
    expect(error.detail).toMatch(/expected a Figma variables response/);
  });

  it('names what it reads when given an array (a plugin’s variables dump)', () => {
    const error = thrown(() => parseTokenInput([{ name: 'dump.json', text: '[{"name": "x"}]' }]));
    expect(error.detail).toBe(
      'expected a Figma variables response ({meta: {variables, variableCollections}}), a Figma variables export, or DTCG tokens ($value), found an array',
    );
  });

  it('rejects a mix of input kinds', () => {
    const error = thrown(() =>
      parseTokenInput([
        { name: 'a.json', text: JSON.stringify(restMeta()) },
        { name: 'b.tokens.json', text: '{"x": {"$type": "number", "$value": 1}}' },
      ]),
    );
    expect(error.file).toBe('b.tokens.json');
    expect(error.detail).toMatch(/import one kind at a time/);
  });
});

describe("parseTokenInput: Figma's native export", () => {
  const files = [
    fixture('figma-export/primitives-value.tokens.json'),
    fixture('figma-export/semantic-light.tokens.json'),
    fixture('figma-export/semantic-dark.tokens.json'),
  ];

  it('rebuilds collections, modes and aliases', () => {
    const { input, source, warnings } = parseTokenInput(files);
    expect(source).toBe('figma-export');
    const collections = Object.values(input.variableCollections);
    expect(collections.map((c) => [c.id, c.name, c.modes.map((m) => m.name)])).toEqual([
      ['VariableCollectionId:1:1', 'Primitives', ['Value']],
      ['figma-export:collection:semantic', 'semantic', ['Light', 'Dark']],
    ]);
    const semantic = collections[1]!;
    const [light, dark] = semantic.modes.map((mode) => mode.modeId);
    const surface = input.variables['VariableID:2:1']!;
    expect(surface.name).toBe('surface/default');
    expect(surface.description).toBe('Page background');
    expect(surface.scopes).toEqual(['FRAME_FILL']);
    expect(surface.valuesByMode[light!]).toEqual({ type: 'VARIABLE_ALIAS', id: 'VariableID:1:2' });
    expect(surface.valuesByMode[dark!]).toEqual({ type: 'VARIABLE_ALIAS', id: 'VariableID:1:3' });
    // Alias in Light, literal in Dark.
    const accent = input.variables['VariableID:2:2']!;
    expect(accent.valuesByMode[light!]).toEqual({ type: 'VARIABLE_ALIAS', id: 'VariableID:1:1' });
    expect(accent.valuesByMode[dark!]).toEqual({ r: 0.5, g: 0.6, b: 1, a: 0.5 });
    expect(input.variables['VariableID:1:4']).toMatchObject({
      resolvedType: 'FLOAT',
      valuesByMode: { 'VariableCollectionId:1:1/mode:Value': 4 },
    });
    expect(input.variables['VariableID:1:5']).toMatchObject({
      resolvedType: 'STRING',
      hiddenFromPublishing: true,
    });
    // The library alias cannot be rebuilt: resolved value kept, and said so once per mode.
    const library = warnings.filter((w) => w.code === 'alias-target-missing');
    expect(library).toHaveLength(2);
    expect(library[0]!.message).toContain('Brand Library');
    expect(input.variables['VariableID:2:3']?.valuesByMode[light!]).toMatchObject({
      r: 0.9607843137254902,
    });
  });

  it('uses the mode name from the file, not its file name', () => {
    const renamed = files.map((file, index) => ({
      ...file,
      name: `export/Mode ${index + 1}.tokens.json`,
    }));
    const { input } = parseTokenInput(renamed);
    const modes = Object.values(input.variableCollections).flatMap((c) =>
      c.modes.map((m) => m.name),
    );
    expect(modes).toEqual(['Value', 'Light', 'Dark']);
  });

  it('warns about a token without a variable id instead of dropping it', () => {
    const text = JSON.stringify({
      $extensions: { 'com.figma.modeName': 'Default' },
      size: { $type: 'number', $value: 3 },
    });
    const { input, warnings } = parseTokenInput([{ name: 'sizes.tokens.json', text }]);
    expect(Object.values(input.variables).map((v) => v.name)).toEqual(['size']);
    expect(warnings.map((w) => w.code)).toContain('missing-variable-id');
  });

  it('names every invalid value of every mode file at once', () => {
    const modeFile = (mode: string, opacity: unknown, gap: unknown) => ({
      name: `spacing-${mode.toLowerCase()}.tokens.json`,
      text: JSON.stringify({
        $extensions: { 'com.figma.modeName': mode },
        opacity: {
          $type: 'number',
          $value: opacity,
          $extensions: { 'com.figma.variableId': 'VariableID:9:1' },
        },
        gap: {
          $type: 'dimension',
          $value: gap,
          $extensions: { 'com.figma.variableId': 'VariableID:9:2' },
        },
      }),
    });
    const valid = [
      modeFile('Compact', 0.5, { value: 4, unit: 'px' }),
      modeFile('Comfortable', 0.5, { value: 8, unit: 'px' }),
    ];
    expect(parseTokenInput(valid).source).toBe('figma-export');
    const error = thrown(() =>
      parseTokenInput([
        modeFile('Compact', '0.5', '4px'),
        modeFile('Comfortable', 0.5, { value: 8, unit: 'px' }),
      ]),
    );
    expect(error.lines).toEqual([
      'spacing-compact.tokens.json at $.opacity.$value: a number is a JSON number, found the string "0.5" (rule: number)',
      'spacing-compact.tokens.json at $.gap.$value: a dimension is an object {value, unit}: write {"value": 4, "unit": "px"} for the pre-2025.10 string "4px" (rule: dimension)',
    ]);
  });
});

describe('parseTokenInput: DTCG from other tools', () => {
  it('synthesizes stable ids from paths and converts values', () => {
    const text = JSON.stringify({
      color: {
        $type: 'color',
        primary: { $value: { colorSpace: 'srgb', components: [0, 0.5, 1], alpha: 1 } },
        link: { $value: '{color.primary}' },
        p3: { $value: { colorSpace: 'display-p3', components: [1, 0, 0] } },
      },
      space: { md: { $type: 'dimension', $value: { value: 1, unit: 'rem' } } },
      shadow: {
        card: {
          $type: 'shadow',
          $value: {
            color: { colorSpace: 'srgb', components: [0, 0, 0] },
            offsetX: { value: 0, unit: 'px' },
            offsetY: { value: 1, unit: 'px' },
            blur: { value: 2, unit: 'px' },
            spread: { value: 0, unit: 'px' },
          },
        },
      },
    });
    const first = parseTokenInput([{ name: 'brand.tokens.json', text }]);
    const second = parseTokenInput([{ name: 'brand.tokens.json', text }]);
    expect(Object.keys(first.input.variables)).toEqual(Object.keys(second.input.variables));
    expect(first.source).toBe('dtcg');
    const byName = Object.fromEntries(Object.values(first.input.variables).map((v) => [v.name, v]));
    expect(Object.keys(byName).sort()).toEqual([
      'color/link',
      'color/p3',
      'color/primary',
      'space/md',
    ]);
    const [mode] = Object.values(first.input.variableCollections)[0]!.modes;
    expect(byName['color/link']!.valuesByMode[mode!.modeId]).toEqual({
      type: 'VARIABLE_ALIAS',
      id: byName['color/primary']!.id,
    });
    expect(byName['space/md']!.valuesByMode[mode!.modeId]).toBe(16);
    expect(byName['color/p3']!.valuesByMode[mode!.modeId]).toMatchObject({ r: 1, g: 0, b: 0 });
    const codes = first.warnings.map((w) => w.code);
    // The shadow is no Figma variable: kept apart, for the outputs that write shadows.
    expect(codes).not.toContain('unsupported-type');
    expect(Object.values(first.input.composites ?? {}).map((c) => [c.name, c.type])).toEqual([
      ['shadow/card', 'shadow'],
    ]);
    // 1rem is 16 in Figma, kept as rem for CSS and DTCG (input.asWritten): nothing to warn about.
    expect(codes).not.toContain('unit-converted');
    expect(first.input.asWritten?.[byName['space/md']!.id]).toEqual({
      [mode!.modeId]: { rem: true },
    });
    expect(codes).toContain('out-of-gamut'); // display-p3 red
  });

  it('reads a resolver with inline sources into one multi-mode collection', () => {
    const resolver = {
      version: '2025.10',
      sets: { base: { sources: [{ size: { sm: { $type: 'number', $value: 4 } } }] } },
      modifiers: {
        theme: {
          default: 'dark',
          contexts: {
            light: [{ bg: { $type: 'color', $value: '#ffffff' } }],
            dark: [{ bg: { $type: 'color', $value: '#000000' } }],
          },
        },
      },
      resolutionOrder: [{ $ref: '#/sets/base' }, { $ref: '#/modifiers/theme' }],
    };
    const { input } = parseTokenInput([
      { name: 'x.resolver.json', text: JSON.stringify(resolver) },
    ]);
    const theme = Object.values(input.variableCollections).find((c) => c.name === 'theme')!;
    expect(theme.modes.map((m) => m.name)).toEqual(['light', 'dark']);
    expect(theme.defaultModeId).toBe(theme.modes[1]!.modeId);
    const bg = Object.values(input.variables).find((v) => v.name === 'bg')!;
    expect(bg.valuesByMode[theme.modes[0]!.modeId]).toEqual({ r: 1, g: 1, b: 1, a: 1 });
    expect(bg.valuesByMode[theme.modes[1]!.modeId]).toEqual({ r: 0, g: 0, b: 0, a: 1 });
  });

  it('reports an unknown alias with its JSON path', () => {
    const text = JSON.stringify({ a: { $type: 'number', $value: '{b.c}' } });
    const error = thrown(() => parseTokenInput([{ name: 'a.tokens.json', text }]));
    expect(error.jsonPath).toBe('$.a.$value');
    expect(error.detail).toContain('{b.c}');
  });

  it('reports alias cycles naming every token', () => {
    const text = JSON.stringify({
      a: { $type: 'number', $value: '{b}' },
      b: { $type: 'number', $value: '{c}' },
      c: { $value: '{a}' },
    });
    const error = thrown(() => parseTokenInput([{ name: 'cycle.tokens.json', text }]));
    expect(error.detail).toBe('alias cycle: a → b → c → a');
  });

  it('imports hostile names as plain names, without touching Object.prototype', () => {
    const text =
      '{"__proto__": {"$type": "number", "$value": 1}, "constructor": {"toString": {"$type": "string", "$value": "x"}}, "prototype": {"hasOwnProperty": {"$type": "boolean", "$value": true}}, "toString": {"$type": "number", "$value": 3}}';
    const { input, warnings } = parseTokenInput([{ name: 'hostile.tokens.json', text }]);
    const byName = Object.fromEntries(Object.values(input.variables).map((v) => [v.name, v]));
    expect(Object.keys(byName).sort()).toEqual([
      '__proto__',
      'constructor/toString',
      'prototype/hasOwnProperty',
      'toString',
    ]);
    const [mode] = Object.values(input.variableCollections)[0]!.modes;
    expect(byName['__proto__']!.valuesByMode[mode!.modeId]).toBe(1);
    expect(byName['constructor/toString']!.valuesByMode[mode!.modeId]).toBe('x');
    expect(warnings).toEqual([]);
    expect(({} as Record<string, unknown>).$value).toBeUndefined();
  });

  it('refuses a name DTCG forbids, naming the file and path', () => {
    const text = '{"a.b": {"$type": "number", "$value": 2}}';
    expect(() => parseTokenInput([{ name: 'dotted.tokens.json', text }])).toThrow(
      'dotted.tokens.json at $["a.b"]: the name "a.b" contains',
    );
  });
});

describe('parseTokenInput: arbitrary input (property)', () => {
  it('either parses or throws a TokenInputError naming the file, never anything else', () => {
    const tokenish = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.record(
          {
            $type: fc.constantFrom(
              'color',
              'number',
              'dimension',
              'string',
              'boolean',
              'shadow',
              'fontWeight',
            ),
            $value: fc.oneof(fc.jsonValue(), fc.constantFrom('{a}', '{a.b}', '#ff0000', '16px')),
          },
          { requiredKeys: [] },
        ),
        fc.dictionary(
          fc.oneof(
            fc.string(),
            fc.constantFrom('__proto__', 'constructor', '$root', 'a', 'b', 'a.b', '{x}'),
          ),
          tie('node'),
          { maxKeys: 4 },
        ),
      ),
    }));
    const documents = fc.oneof(
      fc.jsonValue(),
      tokenish.node,
      fc.record({
        meta: fc.record({
          variables: fc.dictionary(fc.string(), fc.jsonValue()),
          variableCollections: fc.dictionary(fc.string(), fc.jsonValue()),
        }),
      }),
      fc.record({
        version: fc.constant('2025.10'),
        sets: fc.dictionary(
          fc.string(),
          fc.record({ sources: fc.array(tokenish.node, { maxLength: 2 }) }),
        ),
        resolutionOrder: fc.array(fc.record({ $ref: fc.string() }), { maxLength: 2 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(documents, { minLength: 1, maxLength: 3 }), (docs) => {
        const files = docs.map((doc, index) => ({
          name: `f${index}.json`,
          text: JSON.stringify(doc) ?? 'null',
        }));
        try {
          const result = parseTokenInput(files);
          // Whatever an importer accepts, the converter and a format must handle.
          const model = convertVariables(result.input);
          expect(buildFormat(model, 'css').length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(TokenInputError);
          expect((error as TokenInputError).file).toMatch(/^f\d\.json$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseTokenInput: where a resolver context’s value was read', () => {
  it('names the file the value came from, not the token’s first file', () => {
    // A display-p3 red outside sRGB is clipped, with a warning naming where it was read.
    const p3 = (red: number) =>
      JSON.stringify({
        d: { $type: 'color', $value: { colorSpace: 'display-p3', components: [red, 0, 0] } },
      });
    const { warnings } = parseTokenInput([
      {
        name: 'motion.resolver.json',
        text: JSON.stringify({
          version: '2025.10',
          sets: { base: { sources: [{ $ref: 'base.json' }] } },
          modifiers: {
            motion: {
              default: 'standard',
              contexts: { standard: [], reduced: [{ $ref: 'reduced.json' }] },
            },
          },
          resolutionOrder: [{ $ref: '#/sets/base' }, { $ref: '#/modifiers/motion' }],
        }),
      },
      { name: 'base.json', text: p3(1) },
      { name: 'reduced.json', text: p3(0.99) },
    ]);
    const clipped = warnings.filter((w) => w.code === 'out-of-gamut');
    expect(clipped.map((w) => [w.file, w.jsonPath])).toEqual([
      ['base.json', '$.d.$value'],
      ['reduced.json', '$.d.$value'],
    ]);
  });
});
