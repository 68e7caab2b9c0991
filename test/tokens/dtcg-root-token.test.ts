/**
 * DTCG 2025.10's `$root`: the token a group holds as its own value (`color.accent.$root`,
 * referenced as `{color.accent.$root}`). It is a legal token name, so it is kept, not renamed.
 */
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';

const red = (r: number, hex: string) => ({ colorSpace: 'srgb', components: [r, 0, 0], hex });

describe('$root tokens', () => {
  const { input, warnings } = parseTokenInput([
    {
      name: 'tokens.json',
      text: JSON.stringify({
        color: {
          $type: 'color',
          accent: { $root: { $value: red(0.8, '#cc0000') }, light: { $value: red(1, '#ff0000') } },
          link: { $value: '{color.accent.$root}' },
        },
      }),
    },
  ]);
  const model = convertVariables(input);
  const dtcg = buildFormat(model, 'dtcg');
  const tree = JSON.parse(dtcg.find((f) => f.path === 'tokens/tokens.tokens.json')!.contents) as {
    tokens: { color: { accent: Record<string, { $value: unknown }>; link: { $value: unknown } } };
  };

  it('keep their name and their references in the DTCG export, with no rename warning', () => {
    expect(Object.keys(tree.tokens.color.accent)).toEqual(['$root', 'light']);
    expect(tree.tokens.color.link.$value).toBe('{tokens.color.accent.$root}');
    expect([...warnings, ...model.warnings].filter((w) => w.code === 'renamed')).toEqual([]);
    expect(model.tokens.map((t) => t.name)).toContain('color/accent/$root');
  });

  it('are the group’s root member in code', () => {
    const css = buildFormat(model, 'css')[0]!.contents;
    expect(css).toContain('--tokens-color-accent-root: #cc0000;');
    expect(css).toContain('--tokens-color-link: var(--tokens-color-accent-root);');
  });

  it('a Figma name with $root anywhere but last is still renamed, and said so', () => {
    const rest = convertVariables({
      variableCollections: {
        c: {
          id: 'c',
          name: 'C',
          key: '',
          modes: [{ modeId: 'm', name: 'M' }],
          defaultModeId: 'm',
          remote: false,
          hiddenFromPublishing: false,
          variableIds: ['v'],
        },
      },
      variables: {
        v: {
          id: 'v',
          name: 'a/$root/b',
          key: '',
          variableCollectionId: 'c',
          resolvedType: 'BOOLEAN',
          valuesByMode: { m: true },
          remote: false,
          description: '',
          hiddenFromPublishing: false,
          scopes: ['ALL_SCOPES'],
          codeSyntax: {},
        },
      },
    });
    expect(rest.tokens[0]!.path).toEqual(['a', '_root', 'b']);
    expect(rest.warnings).toContainEqual(expect.objectContaining({ code: 'renamed' }));
  });
});
