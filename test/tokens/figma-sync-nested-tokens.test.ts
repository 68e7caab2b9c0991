/**
 * Figma's sync files (`<Collection>.<Mode>.json`, written by figma/variables-github-action-example)
 * put `Underline/Hover` inside the token `Underline` (its exporter merges both into one object).
 * DTCG forbids a token holding members, so only that layout reads them, as Figma's importer does.
 */
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';

const figmaToken = (hex: string) => ({
  $type: 'color',
  $value: hex,
  $description: '',
  $extensions: {
    'com.figma': { hiddenFromPublishing: false, scopes: ['ALL_SCOPES'], codeSyntax: {} },
  },
});

// Key order as Figma's exporter leaves it: the nested variable first, then the token's own keys.
const text = JSON.stringify({
  Underline: { Hover: figmaToken('#111111'), ...figmaToken('#000000') },
});

describe('a token holding members', () => {
  it("in Figma's sync layout: both variables are read, the token as its group's $root", () => {
    const { input, warnings } = parseTokenInput([{ name: 'Theme.Light.json', text }]);
    const byName = new Map(Object.values(input.variables).map((v) => [v.name, v]));
    expect([...byName.keys()].sort()).toEqual(['Underline', 'Underline/Hover']);
    expect(Object.values(byName.get('Underline')!.valuesByMode)).toEqual([
      { r: 0, g: 0, b: 0, a: 1 },
    ]);
    const model = convertVariables(input);
    // As Figma's own export writes a name that is also a group's: no rename, so no warning.
    expect(model.tokens.map((token) => [token.name, token.path])).toEqual([
      ['Underline', ['Underline', '$root']],
      ['Underline/Hover', ['Underline', 'Hover']],
    ]);
    expect(model.warnings).toEqual([]);
    expect(warnings.map((w) => w.code)).not.toContain('not-a-group');
  });

  it('in any other DTCG file: refused with the path, as DTCG requires', () => {
    expect(() => parseTokenInput([{ name: 'theme.tokens.json', text }])).toThrow(
      /a token cannot also be a group/,
    );
  });
});

describe('an alias to a variable none of the files holds', () => {
  const files = (name: string, darkName: string) => [
    {
      name,
      text: JSON.stringify({
        bg: { ...figmaToken('#000000'), $value: '{brand.primary}' },
        fg: figmaToken('#112233'),
      }),
    },
    {
      name: darkName,
      text: JSON.stringify({ bg: figmaToken('#ffffff'), fg: figmaToken('#445566') }),
    },
  ];

  it("in Figma's sync layout (a library variable): that value is left out, named, not the whole import", () => {
    const { input, warnings } = parseTokenInput(files('Theme.Light.json', 'Theme.Dark.json'));
    const byName = new Map(Object.values(input.variables).map((v) => [v.name, v]));
    expect([...byName.keys()].sort()).toEqual(['bg', 'fg']);
    // Light (the first file, so the default mode) is left empty, as Figma leaves a mode. The
    // conversion leaves it out, and outputs that need a default take Dark's white, saying so.
    expect(Object.values(byName.get('bg')!.valuesByMode)).toEqual([{ r: 1, g: 1, b: 1, a: 1 }]);
    const model = convertVariables(input);
    expect(model.warnings.map((w) => w.message)).toContain(
      '“bg” has no value in the default mode “Light”: CSS :root, SCSS, Tailwind and Android values/, which need one, use its “Dark” value there; the other outputs leave that mode out.',
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'alias-target-missing',
        variable: 'bg',
        file: 'Theme.Light.json',
        message:
          'aliases {brand.primary}, which none of the files holds (a library variable?); that value is left out, and the mode is filled as any mode without a value',
      }),
    );
  });

  it('in any other DTCG file: refused with the path, as DTCG requires', () => {
    expect(() =>
      parseTokenInput(files('theme/light.tokens.json', 'theme/dark.tokens.json')),
    ).toThrow('unknown alias target {brand.primary}: no token has that path');
  });
});
