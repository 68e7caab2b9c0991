/**
 * Modes written in one file, Terrazzo's (and Cobalt's) way: `$extensions.mode` beside `$value`.
 * Each mode's values are resolved twice, by Terrazzo's parser and by following Tokenport's
 * variables as CSS does, and must agree; CSS gets a block per mode.
 */
import { defineConfig, Logger, parse } from '@terrazzo/parser';
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import type { Literal, TokenModel } from '../../src/tokens/model.ts';
import { createResolver } from '../../src/tokens/resolve.ts';

const srgb = (r: number, g: number, b: number, alpha = 1) => ({
  colorSpace: 'srgb',
  components: [r, g, b],
  alpha,
});

/** After Figma's SDS and GitHub's Primer files in Terrazzo's fixtures, in small. */
const FILE = {
  color: {
    $type: 'color',
    white: { $value: srgb(1, 1, 1) },
    black: { $value: srgb(0, 0, 0) },
    brand: { $value: srgb(0.2, 0.3, 0.9) },
    bg: {
      $value: '{color.white}',
      $extensions: { mode: { light: '{color.white}', dark: '{color.black}' } },
    },
    fg: {
      $value: '{color.black}',
      $extensions: {
        mode: { light: '{color.black}', dark: '{color.white}', dim: srgb(0.8, 0.8, 0.8, 0.5) },
      },
    },
    accent: { $value: '{color.brand}' },
    // Follows fg's mode through the alias, with no modes of its own.
    text: { $value: '{color.fg}' },
  },
  size: {
    $type: 'dimension',
    gap: {
      $value: { value: 8, unit: 'px' },
      $extensions: {
        mode: { light: { value: 8, unit: 'px' }, dark: { value: 12, unit: 'px' } },
        'com.example': { keep: true },
      },
    },
  },
};

async function terrazzoModes(src: string) {
  const config = defineConfig({ lint: { rules: {} } }, { cwd: new URL('file:///t/') });
  const { tokens } = await parse([{ filename: new URL('file:///t/theme.tokens.json'), src }], {
    config,
    logger: new Logger({ level: 'silent' }),
    skipLint: true,
  } as Parameters<typeof parse>[1]);
  return tokens as unknown as Record<string, { mode: Record<string, { $value: unknown }> }>;
}

function tokenportValue(model: TokenModel, path: string, modeName: string): Literal | undefined {
  const token = model.tokens.find((t) => t.name === path.replace(/\./g, '/'))!;
  const collection = model.collections.find((c) => c.id === token.collectionId)!;
  const mode = collection.modes.find((m) => m.name === modeName);
  if (!mode) throw new Error(`no mode ${modeName}`);
  return createResolver(model)(token, mode.id);
}

/** Either side's value as the other writes it: colours as components and alpha, px numbers. */
function comparable(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const record = value as { components?: number[]; alpha?: number; unit?: string; value?: number };
  if (record.components) return { components: record.components, alpha: record.alpha ?? 1 };
  if (record.unit !== undefined) return record.value;
  return value;
}

describe('modes in $extensions.mode', () => {
  const text = JSON.stringify(FILE);
  const { input, warnings } = parseTokenInput([{ name: 'theme.tokens.json', text }]);
  const model = convertVariables(input);

  it('become the collection’s modes; a mode always equal to $value is the default', () => {
    expect(model.collections.map((c) => [c.name, c.modes.map((m) => m.name)])).toEqual([
      ['theme', ['light', 'dark', 'dim']],
    ]);
    expect(warnings.map((w) => w.code)).toEqual([]);
  });

  it('resolve in every mode as Terrazzo resolves them', async () => {
    const judged = await terrazzoModes(text);
    let compared = 0;
    for (const [path, token] of Object.entries(judged))
      for (const [mode, { $value }] of Object.entries(token.mode)) {
        if (mode === '.') continue;
        const ours = tokenportValue(model, path, mode);
        expect(comparable(ours), `${path} in ${mode}`).toEqual(comparable($value));
        compared++;
      }
    // Terrazzo lists, per token, the modes it names: bg 2, fg 3, gap 2, text none of its own.
    expect(compared).toBe(7);
    expect(tokenportValue(model, 'color.text', 'dim')).toEqual(
      expect.objectContaining({ components: [0.8, 0.8, 0.8], alpha: 0.5 }),
    );
  });

  it('give CSS a block per mode, holding only what the mode changes', () => {
    const css = buildFormat(model, 'css')[0]!.contents;
    expect(css).toContain('[data-theme="dark"] {\n  --theme-color-bg: var(--theme-color-black);');
    expect(css).toContain('--theme-size-gap: 12px;');
    expect(css).toMatch(/\[data-theme="dim"\] \{\n {2}--theme-color-fg: #cccccc80;/);
  });

  it('leave the tokens’ other extensions, not the mode one that is now the modes', () => {
    const dtcg = buildFormat(model, 'dtcg')
      .map((f) => f.contents)
      .join('\n');
    expect(dtcg).toContain('"com.example"');
    expect(dtcg).not.toContain('"mode"');
  });

  it('with no mode equal to $value everywhere, $value is a mode of its own: default', () => {
    const changed = structuredClone(FILE);
    changed.color.bg.$extensions.mode.light = '{color.brand}';
    const again = convertVariables(
      parseTokenInput([{ name: 'theme.tokens.json', text: JSON.stringify(changed) }]).input,
    );
    expect(again.collections[0]!.modes.map((m) => m.name)).toEqual([
      'default',
      'light',
      'dark',
      'dim',
    ]);
  });

  it('a $root token’s modes are read as any token’s', () => {
    const text = JSON.stringify({
      bg: {
        $type: 'color',
        $root: {
          $value: srgb(1, 1, 1),
          $extensions: { mode: { light: srgb(1, 1, 1), dark: srgb(0, 0, 0) } },
        },
        hover: { $value: srgb(0.9, 0.9, 0.9) },
      },
    });
    const css = buildFormat(
      convertVariables(parseTokenInput([{ name: 'theme.tokens.json', text }]).input),
      'css',
    )[0]!.contents;
    expect(css).toContain('[data-theme="dark"] {\n  --theme-bg-root: #000000;');
  });

  it('an invalid mode value is refused where it is written', () => {
    const broken = structuredClone(FILE) as unknown as {
      size: { gap: { $extensions: { mode: Record<string, unknown> } } };
    };
    broken.size.gap.$extensions.mode.dark = '12px';
    expect(() =>
      parseTokenInput([{ name: 'theme.tokens.json', text: JSON.stringify(broken) }]),
    ).toThrow(
      /theme\.tokens\.json at \$\.size\.gap\.\$extensions\.mode\.dark: a dimension is an object/,
    );
  });
});
