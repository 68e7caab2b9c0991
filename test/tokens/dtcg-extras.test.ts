/**
 * What a DTCG token carries that Figma variables cannot hold, `$deprecated` and other tools'
 * `$extensions`, comes out of a DTCG export unchanged: "Tools … MUST preserve any extension data
 * they do not themselves understand" (DTCG 2025.10).
 */
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';

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
