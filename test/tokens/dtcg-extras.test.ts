/**
 * What a DTCG token carries that Figma variables cannot hold, `$deprecated` and other tools'
 * `$extensions`, comes out of a DTCG export unchanged: "Tools … MUST preserve any extension data
 * they do not themselves understand" (DTCG 2025.10).
 */
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import { terrazzoRefuses } from './terrazzo-judge.ts';

type Json = Record<string, unknown>;

/** A DTCG file → Tokenport's DTCG export, as files by path. */
function exportOf(files: { name: string; text: string }[]): Map<string, Json> {
  const { input } = parseTokenInput(files);
  const out = buildFormat(convertVariables(input), 'dtcg');
  return new Map(out.map((file) => [file.path, JSON.parse(file.contents) as Json]));
}

const SOURCE = `{
  "old": {
    "$type": "dimension",
    "$value": { "value": 4, "unit": "px" },
    "$deprecated": "Use {new} instead.",
    "$extensions": { "com.example.docs": { "page": "/spacing" }, "__proto__": { "polluted": true } }
  },
  "new": { "$type": "dimension", "$value": { "value": 8, "unit": "px" } },
  "legacy": { "$deprecated": true, "gone": { "$type": "number", "$value": 1 } }
}`;

describe('DTCG $deprecated and foreign $extensions', () => {
  const files = exportOf([{ name: 'spacing.tokens.json', text: SOURCE }]);
  const tree = files.get('tokens/spacing.tokens.json')!.spacing as Record<string, Json>;

  it('are written back beside Tokenport’s own com.figma data', () => {
    const old = tree.old!;
    expect(old.$deprecated).toBe('Use {new} instead.');
    const extensions = old.$extensions as Json;
    expect(Object.keys(extensions)).toEqual(['com.figma', 'com.example.docs', '__proto__']);
    expect(extensions['com.example.docs']).toEqual({ page: '/spacing' });
    expect(Object.getOwnPropertyDescriptor(extensions, '__proto__')?.value).toEqual({
      polluted: true,
    });
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('a group’s $deprecated reaches its tokens; a token without extras gets none', () => {
    expect((tree.legacy as Record<string, Json>).gone!.$deprecated).toBe(true);
    expect(tree.new!.$deprecated).toBeUndefined();
    expect(Object.keys(tree.new!.$extensions as Json)).toEqual(['com.figma']);
  });

  it('survive a second round through Tokenport unchanged', () => {
    const again = exportOf(
      [...files].map(([path, json]) => ({ name: path, text: JSON.stringify(json) })),
    );
    expect(again).toEqual(files);
  });
});

describe('references inside other tools’ $extensions', () => {
  const tokens = {
    color: {
      blue: { $type: 'color', $value: { colorSpace: 'srgb', components: [0, 0, 1] } },
      white: { $type: 'color', $value: { colorSpace: 'srgb', components: [1, 1, 1] } },
      bg: {
        $type: 'color',
        $value: '{color.blue}',
        $extensions: {
          // Terrazzo's per-mode values; a file of its own reads them as modes (mode-extension
          // test), a resolver's source keeps them as an extension.
          mode: { light: '{color.blue}', dark: '{color.white}' },
          'com.example.links': { related: ['{color.white}'] },
          // An own `__proto__` key, as JSON.parse makes it (a literal's would set the prototype).
          ...(JSON.parse('{"__proto__": ["{color.white}"]}') as Json),
        },
      },
    },
  };
  const source = JSON.stringify({
    version: '2025.10',
    sets: { theme: { sources: [tokens] } },
    resolutionOrder: [{ $ref: '#/sets/theme' }],
  });
  const files = exportOf([{ name: 'theme.resolver.json', text: source }]);
  const text = JSON.stringify(files.get('tokens/theme.tokens.json'));
  const bg = (tree: Json) =>
    (((tree.theme as Json).color as Json).bg as Json).$extensions as Record<string, unknown>;

  it('follow the token to its new path, as $value does', () => {
    const extensions = bg(files.get('tokens/theme.tokens.json')!);
    expect(extensions.mode).toEqual({ light: '{theme.color.blue}', dark: '{theme.color.white}' });
    expect(extensions['com.example.links']).toEqual({ related: ['{theme.color.white}'] });
    expect(Object.getOwnPropertyDescriptor(extensions, '__proto__')?.value).toEqual([
      '{theme.color.white}',
    ]);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('so Terrazzo reads the export as it reads the input', async () => {
    expect(await terrazzoRefuses('theme.tokens.json', JSON.stringify(tokens))).toBe(false);
    expect(await terrazzoRefuses('tokens/theme.tokens.json', text)).toBe(false);
  });

  it('$extensions.mode left as an extension is named in a warning: CSS and code hold $value', () => {
    const { warnings } = parseTokenInput([{ name: 'theme.resolver.json', text: source }]);
    expect(warnings.map((w) => [w.code, w.file])).toEqual([
      ['mode-extension', 'theme.resolver.json'],
    ]);
    expect(warnings[0]!.message).toMatch(
      /^1 token\(s\) give values per mode in \$extensions.mode \(light, dark\)/,
    );
  });

  it('an empty $extensions.mode gives no mode a value, so nothing is said', () => {
    const { warnings } = parseTokenInput([
      {
        name: 'a.tokens.json',
        text: JSON.stringify({ a: { $type: 'number', $value: 1, $extensions: { mode: {} } } }),
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it('and reading the export back writes the same again', () => {
    const again = exportOf([{ name: 'tokens/theme.tokens.json', text }]);
    expect(JSON.stringify(again.get('tokens/theme.tokens.json'))).toBe(text);
  });
});
