/**
 * A token aliasing a value that changes with another collection's mode: CSS and Tailwind keep the
 * reference; formats holding one resolved value per mode of the token's own collection cannot,
 * and must say so rather than drop the other modes' values without a word.
 */
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import type { FormatId } from '../../src/tokens/formats.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import type { ConversionWarning } from '../../src/tokens/model.ts';

const srgb = (c: number) => ({ colorSpace: 'srgb', components: [c, c, c] });

/** A set token aliasing a modifier token, as public resolvers (Primer, ropav) do: white or black. */
function model(semantic: Record<string, unknown>) {
  const resolver = {
    version: '2025.10',
    sets: { semantic: { sources: [semantic] } },
    modifiers: {
      theme: {
        contexts: {
          light: [
            {
              palette: {
                bg: { $type: 'color', $value: srgb(1) },
                fg: { $type: 'color', $value: srgb(0) },
              },
            },
          ],
          dark: [
            {
              palette: {
                bg: { $type: 'color', $value: srgb(0) },
                fg: { $type: 'color', $value: srgb(0) },
              },
            },
          ],
        },
        default: 'light',
      },
    },
    resolutionOrder: [{ $ref: '#/sets/semantic' }, { $ref: '#/modifiers/theme' }],
  };
  const { input } = parseTokenInput([{ name: 'r.resolver.json', text: JSON.stringify(resolver) }]);
  return convertVariables(input);
}

function warningsOf(format: FormatId, semantic: Record<string, unknown>) {
  const warnings: ConversionWarning[] = [];
  buildFormat(model(semantic), format, { warnings });
  return warnings.filter((w) => w.code === 'mode-not-followed');
}

const aliasing = {
  bg: { $type: 'color', $value: '{palette.bg}' },
  surface: { $type: 'color', $value: '{bg}' },
  fg: { $type: 'color', $value: '{palette.fg}' },
};

describe('values that follow another collection’s mode', () => {
  it.each(['js', 'ts', 'scss', 'swift', 'compose'] as const)(
    '%s names the tokens whose other modes it cannot hold',
    (format) => {
      const [warning, ...others] = warningsOf(format, aliasing);
      expect(others).toEqual([]);
      // bg directly, surface through bg; fg aliases a value that is the same in every mode.
      expect(warning?.message).toContain('2 tokens of “semantic” (“bg”, “surface”)');
      expect(warning?.message).toContain('default mode “light”');
      expect(warning?.collectionName).toBe('semantic');
    },
  );

  it.each(['css', 'tailwind', 'dtcg'] as const)(
    '%s keeps the reference and warns nothing',
    (format) => {
      expect(warningsOf(format, aliasing)).toEqual([]);
    },
  );

  it('a token aliasing only values that are the same in every mode is not named', () => {
    expect(warningsOf('ts', { fg: { $type: 'color', $value: '{palette.fg}' } })).toEqual([]);
  });
});

describe('values that follow a namesake mode', () => {
  it('are not named when the aliasing collection has a mode of each name', () => {
    const theme = (c: number) => [{ palette: { bg: { $type: 'color', $value: srgb(c) } } }];
    const semantic = (ref: string) => [{ bg: { $type: 'color', $value: ref } }];
    const resolver = {
      version: '2025.10',
      modifiers: {
        theme: { contexts: { light: theme(1), dark: theme(0) }, default: 'light' },
        semantic: {
          contexts: { light: semantic('{palette.bg}'), dark: semantic('{palette.bg}') },
          default: 'light',
        },
      },
      resolutionOrder: [{ $ref: '#/modifiers/theme' }, { $ref: '#/modifiers/semantic' }],
    };
    const { input } = parseTokenInput([
      { name: 'r.resolver.json', text: JSON.stringify(resolver) },
    ]);
    const model = convertVariables(input);
    const warnings: ConversionWarning[] = [];
    const ts = buildFormat(model, 'ts', { warnings })[0]!.contents;
    expect(warnings.filter((w) => w.code === 'mode-not-followed')).toEqual([]);
    // semantic's dark mode resolves theme's dark mode: both values are in the file.
    const tokens = JSON.parse(ts.slice(ts.indexOf('{'), ts.lastIndexOf('}') + 1)) as {
      semantic: Record<string, { bg: string }>;
    };
    expect(tokens.semantic).toEqual({ light: { bg: '#ffffff' }, dark: { bg: '#000000' } });
  });
});
