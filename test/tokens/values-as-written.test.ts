/**
 * DTCG values written in a form Figma does not hold. A font stack (`["Helvetica Neue", "Arial",
 * "sans-serif"]`): Figma holds one family, but CSS, JS and a DTCG export hold the list, so the
 * fallbacks a design system chose survive (only the first family of dispersa's, the SDS
 * playground's and Primer's stacks reached CSS before). A rem dimension: Figma holds px, CSS
 * keeps rem so it still follows the user's font size (32px stayed 32px at a 20px root).
 */
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import type { FormatId } from '../../src/tokens/formats.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import { buildChangeSet } from '../../src/tokens/writeback/build-change-set.ts';
import { readDtcgExport } from '../../src/tokens/dtcg/read.ts';

const STACK = ['Helvetica Neue', 'Arial', '-apple-system', 'sans-serif'];
const FILE = JSON.stringify({
  font: {
    $type: 'fontFamily',
    body: { $value: STACK },
    heading: { $value: '{font.body}' },
    mono: { $value: ['Roboto Mono'] },
  },
});

function exported(text: string) {
  const { input, warnings } = parseTokenInput([{ name: 'type.tokens.json', text }]);
  const model = convertVariables(input);
  const out = (format: FormatId) =>
    buildFormat(model, format)
      .map((f) => f.contents)
      .join('\n');
  return { input, model, warnings, out };
}

describe('font stacks from DTCG', () => {
  const { input, warnings, out } = exported(FILE);

  it('Figma holds the first family; nothing is lost, so nothing is warned', () => {
    expect(Object.values(input.variables).map((v) => Object.values(v.valuesByMode)[0])).toEqual([
      'Helvetica Neue',
      { type: 'VARIABLE_ALIAS', id: 'path:font.body' },
      'Roboto Mono',
    ]);
    expect(warnings).toEqual([]);
  });

  it('CSS, SCSS, Tailwind and JS write the whole stack, bare where CSS needs it bare', () => {
    const css = '"Helvetica Neue", Arial, -apple-system, sans-serif';
    expect(out('css')).toContain(`--type-font-body: ${css};`);
    expect(out('css')).toContain('--type-font-heading: var(--type-font-body);');
    expect(out('scss')).toContain(`$type-font-body: ${css};`);
    expect(out('tailwind')).toContain(`--font-body: ${css};`);
    expect(out('js')).toContain(`"heading": ${JSON.stringify(css)}`);
  });

  it('Swift and Android take the one family they can use', () => {
    expect(out('swift')).toContain('static let fontBody: String = "Helvetica Neue"');
    expect(out('android-xml')).toContain('<string name="type_font_body">Helvetica Neue</string>');
  });

  it('the DTCG export keeps the list, and reads back the same', () => {
    const files = (text: string) => [{ name: 'type.tokens.json', text }];
    const dtcg = buildFormat(exported(FILE).model, 'dtcg');
    const tree = JSON.parse(dtcg[0]!.contents) as {
      type: { font: { body: { $value: unknown } } };
    };
    expect(tree.type.font.body.$value).toEqual(STACK);
    const again = exported(dtcg[0]!.contents);
    expect(again.out('css')).toBe(out('css'));
    expect(readDtcgExport(files(dtcg[0]!.contents)).warnings).toEqual([]);
  });

  const writeBack = (edit: (text: string) => string) => {
    const first = exported(FILE);
    const text = edit(buildFormat(first.model, 'dtcg')[0]!.contents);
    return buildChangeSet(
      first.input,
      readDtcgExport([{ name: 'tokens/type.tokens.json', text }]),
      { allowDelete: false },
    );
  };

  it('a write-back sends nothing for a stack Figma holds the first family of, and says once that the fallbacks stay in the files', () => {
    for (const edit of [
      (text: string) => text,
      // Only the fallbacks edited: Figma cannot hold them, which must not pass unseen.
      (text: string) => text.replace('"sans-serif"', '"serif"'),
    ]) {
      const changeSet = writeBack(edit);
      expect(changeSet.errors).toEqual([]);
      expect(changeSet.empty).toBe(true);
      expect(changeSet.warnings).toEqual([
        {
          code: 'held-in-files-only',
          message: `1 token(s) ("font/body") hold more than Figma can: font stacks' fallbacks, colours outside sRGB. Figma keeps its value; the rest stays in your files only`,
        },
      ]);
    }
  });
});

describe('rem dimensions from DTCG', () => {
  const REM = JSON.stringify({
    space: {
      $type: 'dimension',
      lg: { $value: { value: 2, unit: 'rem' } },
      hair: { $value: { value: 1, unit: 'px' } },
      gap: { $value: '{space.lg}' },
      none: { $value: { value: 0, unit: 'rem' } },
    },
  });
  const { input, warnings, out } = exported(REM);

  it('Figma holds px (×16); nothing is lost, so nothing is warned', () => {
    expect(Object.values(input.variables).map((v) => Object.values(v.valuesByMode)[0])).toEqual([
      32,
      1,
      { type: 'VARIABLE_ALIAS', id: 'path:space.lg' },
      0,
    ]);
    expect(warnings).toEqual([]);
  });

  it('CSS, SCSS, Tailwind and JS keep rem where the file wrote it, px where it wrote px', () => {
    expect(out('css')).toContain('--type-space-lg: 2rem;');
    expect(out('css')).toContain('--type-space-hair: 1px;');
    expect(out('css')).toContain('--type-space-gap: var(--type-space-lg);');
    expect(out('scss')).toContain('$type-space-lg: 2rem;');
    expect(out('tailwind')).toContain('2rem;');
    expect(out('js')).toContain('"gap": "2rem"');
  });

  it('Swift and Android take points and dp', () => {
    expect(out('swift')).toMatch(/static let spaceLg: CGFloat = 32\n/);
    expect(out('android-xml')).toContain('>32dp</dimen>');
  });

  it('the DTCG export keeps rem and reads back the same', () => {
    const dtcg = buildFormat(exported(REM).model, 'dtcg')[0]!.contents;
    const lg = (JSON.parse(dtcg) as { type: { space: { lg: { $value: unknown } } } }).type.space.lg;
    expect(lg.$value).toEqual({ value: 2, unit: 'rem' });
    expect(exported(dtcg).out('css')).toBe(out('css'));
  });
});

describe('colours in other spaces from DTCG', () => {
  const COLORS = JSON.stringify({
    c: {
      $type: 'color',
      p3: { $value: { colorSpace: 'display-p3', components: [1, 0.5, 0] } },
      ok: { $value: { colorSpace: 'oklch', components: [0.7, 0.1, 30], alpha: 0.5 } },
      hue: { $value: { colorSpace: 'hsl', components: ['none', 50, 40] } },
      plain: { $value: { colorSpace: 'srgb', components: [1, 0, 0] } },
      link: { $value: '{c.p3}' },
    },
  });
  const { warnings, out, model } = exported(COLORS);

  it('CSS and JS write them in their own space; sRGB stays hex', () => {
    const css = out('css');
    expect(css).toContain('--type-c-p3: color(display-p3 1 0.5 0);');
    expect(css).toContain('--type-c-ok: oklch(0.7 0.1 30 / 0.5);');
    expect(css).toContain('--type-c-hue: hsl(none 50% 40%);');
    expect(css).toContain('--type-c-plain: #ff0000;');
    expect(out('js')).toContain('"link": "color(display-p3 1 0.5 0)"');
  });

  it('Swift and Figma take sRGB, clipped, and the warning says CSS and DTCG keep the colour', () => {
    expect(out('swift')).toContain('Color(.sRGB, red: 1, green: 0.4625, blue: 0, opacity: 1)');
    expect(warnings.find((w) => w.code === 'out-of-gamut')?.message).toBe(
      'display-p3 colour is outside sRGB and was clipped for Figma variables, Swift, Android and Compose, which hold sRGB; CSS, SCSS, JS, Tailwind and DTCG keep it as written',
    );
  });

  it('the DTCG export keeps the space, with the sRGB hex as its fallback, and reads back the same', () => {
    const dtcg = buildFormat(model, 'dtcg')[0]!.contents;
    const p3 = (JSON.parse(dtcg) as { type: { c: { p3: { $value: unknown } } } }).type.c.p3;
    expect(p3.$value).toEqual({
      colorSpace: 'display-p3',
      components: [1, 0.5, 0],
      hex: '#ff7600',
    });
    expect(exported(dtcg).out('css')).toBe(out('css'));
  });

  it('a hex fallback the file gives is kept, and is the sRGB colour where the space is out of gamut', () => {
    // edgarjaymez/grove: 54 oklch colours' fallbacks were replaced by clipped ones (#fed8ff by
    // #ffcfff); Android and Swift got the clipped colour although the file said which to use.
    const withHex = exported(
      JSON.stringify({
        c: {
          $type: 'color',
          pink: { $value: { colorSpace: 'oklch', components: [0.93, 0.12, 316], hex: '#fed8ff' } },
          navy: { $value: { colorSpace: 'oklch', components: [0.3, 0.1, 265], hex: '#0c2877' } },
        },
      }),
    );
    expect(withHex.out('android-xml')).toContain('<color name="type_c_pink">#FFFED8FF</color>');
    expect(withHex.warnings.find((w) => w.code === 'out-of-gamut')?.message).toBe(
      'oklch colour is outside sRGB: Figma variables, Swift, Android and Compose, which hold sRGB, take its hex fallback #fed8ff; CSS, SCSS, JS, Tailwind and DTCG keep it as written',
    );
    const dtcg = buildFormat(withHex.model, 'dtcg')[0]!.contents;
    const c = (JSON.parse(dtcg) as { type: { c: Record<string, { $value: { hex: string } }> } })
      .type.c;
    expect([c.pink!.$value.hex, c.navy!.$value.hex]).toEqual(['#fed8ff', '#0c2877']);
    expect(withHex.out('css')).toContain('--type-c-pink: oklch(0.93 0.12 316);');
  });

  it('the hex the export writes for a clipped colour is no fallback of its own on a re-read', () => {
    // It is the clipped colour to 8 bits: taken as a fallback, Swift's 0.2373 became 0.2392.
    const red = JSON.stringify({
      c: {
        $type: 'color',
        red: { $value: { colorSpace: 'oklch', components: [0.6294, 0.355, 14.82] } },
      },
    });
    const first = exported(red);
    const dtcg = buildFormat(first.model, 'dtcg')[0]!.contents;
    expect(exported(dtcg).out('swift')).toBe(first.out('swift'));
    expect(first.out('swift')).toContain('blue: 0.2373');
  });
});
