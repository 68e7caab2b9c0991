import { describe, expect, it } from 'vitest';
import { parseTokenInput } from './parse-token-input.ts';

/** A token of Figma's native export, with the flat `com.figma.*` keys Figma writes. */
const color = (id: string, components: number[]) => ({
  $type: 'color',
  $value: { colorSpace: 'srgb', components, alpha: 1 },
  $extensions: { 'com.figma.variableId': id },
});

/** Two tokens that kept one id (copied by hand, as in baloise's export), in two mode files. */
function modeFile(mode: string, tooltip: number[], table: number[]) {
  return {
    name: `Theme/${mode}.tokens.json`,
    text: JSON.stringify({
      Tooltip: { Bg: color('VariableID:378:1', tooltip) },
      Table: { Color: color('VariableID:378:1', table) },
      $extensions: { 'com.figma.modeName': mode },
    }),
  };
}

describe('Figma’s native export: one variable id on two tokens', () => {
  it('keeps both tokens, each with its own value in every mode, and names the id', () => {
    const { input, warnings } = parseTokenInput([
      modeFile('Light', [1, 0, 0], [0, 0, 1]),
      modeFile('Dark', [0.5, 0, 0], [0, 0, 0.5]),
    ]);
    const [collection] = Object.values(input.variableCollections);
    const modeIds = Object.fromEntries(collection!.modes.map((m) => [m.name, m.modeId]));
    const redAndBlue = (name: string, mode: string) => {
      const variable = Object.values(input.variables).find((v) => v.name === name)!;
      const { r, b } = variable.valuesByMode[modeIds[mode]!] as { r: number; b: number };
      return [r, b];
    };
    expect(Object.values(input.variables).map((v) => v.name)).toEqual([
      'Tooltip/Bg',
      'Table/Color',
    ]);
    expect(redAndBlue('Tooltip/Bg', 'Light')).toEqual([1, 0]);
    expect(redAndBlue('Tooltip/Bg', 'Dark')).toEqual([0.5, 0]);
    expect(redAndBlue('Table/Color', 'Light')).toEqual([0, 1]);
    expect(redAndBlue('Table/Color', 'Dark')).toEqual([0, 0.5]);
    const named = warnings.filter((w) => w.code === 'duplicate-variable-id');
    expect(named.map((w) => w.variable)).toEqual(['Tooltip/Bg', 'Table/Color']);
    expect(named[0]!.message).toBe(
      'variable id VariableID:378:1 is on 2 tokens ("Tooltip/Bg", "Table/Color"); each is read as its own variable, identified by its name',
    );
  });
});

describe('Figma’s native export: one variable id in two collections', () => {
  it('keeps the collections apart, each token its own variable', () => {
    const { input, warnings } = parseTokenInput([
      {
        name: 'Primitives/Value.tokens.json',
        text: JSON.stringify({
          blue: color('VariableID:1:1', [0, 0, 1]),
          $extensions: { 'com.figma.modeName': 'Value' },
        }),
      },
      {
        name: 'Theme/Light.tokens.json',
        text: JSON.stringify({
          accent: color('VariableID:1:1', [1, 0, 0]),
          $extensions: { 'com.figma.modeName': 'Light' },
        }),
      },
    ]);
    expect(
      Object.values(input.variableCollections).map((c) => [c.name, c.modes.map((m) => m.name)]),
    ).toEqual([
      ['Primitives', ['Value']],
      ['Theme', ['Light']],
    ]);
    expect(Object.values(input.variables).map((v) => v.name)).toEqual(['blue', 'accent']);
    expect(warnings.filter((w) => w.code === 'duplicate-variable-id')).toHaveLength(2);
  });
});

describe('Figma’s native export: aliases written as DTCG references', () => {
  const file = (name: string, mode: string, tokens: Record<string, unknown>) => ({
    name,
    text: JSON.stringify({ ...tokens, $extensions: { 'com.figma.modeName': mode } }),
  });
  const ref = (id: string, target: string) => ({
    $type: 'color',
    $value: `{${target}}`,
    $extensions: { 'com.figma.variableId': id },
  });

  it('refuses a reference to no token as an unknown alias target, not as a bad colour', () => {
    expect(() =>
      parseTokenInput([
        file('Theme/Base.tokens.json', 'Base', { bg: ref('VariableID:1:1', 'nothere') }),
      ]),
    ).toThrow(
      'Theme/Base.tokens.json at $.bg.$value: unknown alias target {nothere}: no token in the imported files has that path, or several collections do',
    );
  });

  it('follows a reference into the one other collection holding that path', () => {
    const { input } = parseTokenInput([
      file('Primitives/Value.tokens.json', 'Value', { blue: color('VariableID:1:1', [0, 0, 1]) }),
      file('Theme/Light.tokens.json', 'Light', { accent: ref('VariableID:2:1', 'blue') }),
    ]);
    const accent = Object.values(input.variables).find((v) => v.name === 'accent')!;
    expect(Object.values(accent.valuesByMode)).toEqual([
      { type: 'VARIABLE_ALIAS', id: 'VariableID:1:1' },
    ]);
  });
});

describe('Figma’s native export: an alias linked by its target’s name', () => {
  // Figma writes the alias resolved, naming a library variable by an id no local file carries.
  const aliasTo = (exported: number[]) => ({
    name: 'Alias/Mode 1.tokens.json',
    text: JSON.stringify({
      primary: {
        ...color('VariableID:2:1', exported),
        $extensions: {
          'com.figma.variableId': 'VariableID:2:1',
          'com.figma.aliasData': {
            targetVariableId: 'VariableID:abc/-1:-1',
            targetVariableName: 'blue/500',
            targetVariableSetName: 'Base',
          },
        },
      },
      $extensions: { 'com.figma.modeName': 'Mode 1' },
    }),
  });
  const base = {
    name: 'Base/Mode 1.tokens.json',
    text: JSON.stringify({
      blue: { 500: color('VariableID:1:1', [0, 0, 1]) },
      $extensions: { 'com.figma.modeName': 'Mode 1' },
    }),
  };
  const primaryOf = (files: { name: string; text: string }[]) => {
    const parsed = parseTokenInput(files);
    const primary = Object.values(parsed.input.variables).find((v) => v.name === 'primary')!;
    return { value: Object.values(primary.valuesByMode)[0], warnings: parsed.warnings };
  };

  it('links it when the target holds the value Figma exported', () => {
    const { value, warnings } = primaryOf([base, aliasTo([0, 0, 1])]);
    expect(value).toEqual({ type: 'VARIABLE_ALIAS', id: 'VariableID:1:1' });
    expect(warnings).toEqual([]);
  });

  it('keeps the exported value, and names both, when the target holds another', () => {
    // fermi-ad/flutter-bison-design-system: 9 aliases whose library had changed since.
    const { value, warnings } = primaryOf([base, aliasTo([1, 0, 0])]);
    expect(value).toEqual({ r: 1, g: 0, b: 0, a: 1 });
    expect(warnings.map((w) => w.message)).toEqual([
      'aliases "blue/500", which holds #0000ff in the imported files, but Figma exported #ff0000 (mode "Mode 1"); kept the exported value, not the alias (export both files again from Figma to link them)',
    ]);
  });
});
