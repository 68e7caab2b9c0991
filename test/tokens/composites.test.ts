/**
 * DTCG composite tokens (shadow, typography, border, transition, gradient, cubicBezier,
 * strokeStyle) are kept, not skipped: CSS keeps each reference inside them as `var()`, so modes
 * still flow through; SCSS as `$name`; JS resolves them; the DTCG export writes them back with
 * their references at the new paths. Swift, Android and Tailwind name them in a warning.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as sass from 'sass';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import type { FormatId } from '../../src/tokens/formats.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import type { ConversionWarning } from '../../src/tokens/model.ts';
import { readDtcgExport } from '../../src/tokens/dtcg/read.ts';
import { buildChangeSet } from '../../src/tokens/writeback/build-change-set.ts';
import { terrazzoRefuses } from './terrazzo-judge.ts';

type Files = { name: string; text: string }[];

function exported(files: Files) {
  const { input, warnings } = parseTokenInput(files);
  const model = convertVariables(input);
  const buildWarnings: ConversionWarning[] = [];
  const outputs = (format: FormatId) => buildFormat(model, format, { warnings: buildWarnings });
  const text = (format: FormatId) =>
    outputs(format)
      .map((f) => f.contents)
      .join('\n');
  return { input, model, warnings, buildWarnings, outputs, text };
}

const px = (value: number) => ({ value, unit: 'px' });
const srgb = (r: number, g: number, b: number, alpha?: number) => ({
  colorSpace: 'srgb',
  components: [r, g, b],
  ...(alpha === undefined ? {} : { alpha }),
});

/** A typography token: the five members DTCG requires, `members` over a 16px serif's. */
const typography = (members: Record<string, unknown> = {}) => ({
  $type: 'typography',
  $value: {
    fontFamily: 'serif',
    fontSize: px(16),
    fontWeight: 400,
    letterSpacing: px(0),
    lineHeight: 1.5,
    ...members,
  },
});

const TOKENS = {
  color: {
    $type: 'color',
    shadow: { $value: srgb(0, 0, 0, 0.25) },
    accent: { $value: { colorSpace: 'display-p3', components: [1, 0.2, 0] } },
  },
  size: { $type: 'dimension', md: { $value: { value: 1, unit: 'rem' } } },
  font: { body: { $type: 'fontFamily', $value: ['Inter', 'sans-serif'] } },
  ease: { out: { $type: 'cubicBezier', $value: [0, 0, 0.58, 1] } },
  line: { dashed: { $type: 'strokeStyle', $value: { dashArray: [px(2)], lineCap: 'round' } } },
  shadow: {
    $type: 'shadow',
    sm: {
      $value: {
        color: '{color.shadow}',
        offsetX: px(0),
        offsetY: px(1),
        blur: px(2),
        spread: px(0),
      },
    },
    layered: {
      $value: [
        { color: '{color.shadow}', offsetX: px(0), offsetY: px(1), blur: px(2), spread: px(0) },
        {
          color: srgb(0, 0, 0),
          offsetX: px(0),
          offsetY: px(4),
          blur: px(8),
          spread: px(-1),
          inset: true,
        },
      ],
    },
    same: { $value: '{shadow.sm}' },
  },
  border: {
    $type: 'border',
    focus: { $value: { color: '{color.accent}', width: '{size.md}', style: '{line.dashed}' } },
  },
  motion: {
    $type: 'transition',
    fade: {
      $value: {
        duration: { value: 0.2, unit: 's' },
        delay: { value: 0, unit: 'ms' },
        timingFunction: '{ease.out}',
      },
    },
  },
  gradient: {
    $type: 'gradient',
    hero: {
      $value: [
        { color: '{color.accent}', position: 0 },
        { color: srgb(1, 1, 1), position: 0.625 },
      ],
    },
  },
  type: {
    $type: 'typography',
    body: {
      $value: {
        fontFamily: '{font.body}',
        fontSize: '{size.md}',
        fontWeight: 'semi-bold',
        letterSpacing: { value: -0.01, unit: 'rem' },
        lineHeight: 1.5,
      },
    },
    lead: { $value: '{type.body}' },
  },
};
const FILES: Files = [{ name: 'tokens.json', text: JSON.stringify(TOKENS) }];

describe('composite tokens in CSS', () => {
  const { input, warnings, text } = exported(FILES);

  it('are all kept, with nothing to warn about but the p3 colour Figma clips', () => {
    expect(warnings.map((w) => `${w.variable}: ${w.code}`)).toEqual(['color/accent: out-of-gamut']);
    expect(Object.values(input.composites ?? {}).map((c) => `${c.name}: ${c.type}`)).toEqual([
      'ease/out: cubicBezier',
      'line/dashed: strokeStyle',
      'shadow/sm: shadow',
      'shadow/layered: shadow',
      'shadow/same: shadow',
      'border/focus: border',
      'motion/fade: transition',
      'gradient/hero: gradient',
      'type/body: typography',
      'type/lead: typography',
    ]);
  });

  it('write each type as CSS takes it, references as var() and values as written', () => {
    const css = text('css');
    const lines = css
      .split('\n')
      .filter((line) => /--tokens-(ease|line|shadow|border|motion|gradient|type)-/.test(line));
    expect(lines.map((line) => line.trim())).toEqual([
      '--tokens-ease-out: cubic-bezier(0, 0, 0.58, 1);',
      // CSS has no dash pattern for a border: the custom stroke is `dashed`, as other tools write it.
      '--tokens-line-dashed: dashed;',
      '--tokens-shadow-sm: 0px 1px 2px 0px var(--tokens-color-shadow);',
      '--tokens-shadow-layered: 0px 1px 2px 0px var(--tokens-color-shadow), inset 0px 4px 8px -1px #000000;',
      '--tokens-shadow-same: var(--tokens-shadow-sm);',
      '--tokens-border-focus: var(--tokens-size-md) var(--tokens-line-dashed) var(--tokens-color-accent);',
      '--tokens-motion-fade: 0.2s 0ms var(--tokens-ease-out);',
      '--tokens-gradient-hero: var(--tokens-color-accent) 0%, #ffffff 62.5%;',
      '--tokens-type-body-font-family: var(--tokens-font-body);',
      '--tokens-type-body-font-size: var(--tokens-size-md);',
      '--tokens-type-body-font-weight: 600;',
      '--tokens-type-body-letter-spacing: -0.01rem;',
      '--tokens-type-body-line-height: 1.5;',
      '--tokens-type-lead-font-family: var(--tokens-type-body-font-family);',
      '--tokens-type-lead-font-size: var(--tokens-type-body-font-size);',
      '--tokens-type-lead-font-weight: var(--tokens-type-body-font-weight);',
      '--tokens-type-lead-letter-spacing: var(--tokens-type-body-letter-spacing);',
      '--tokens-type-lead-line-height: var(--tokens-type-body-line-height);',
    ]);
  });

  it('are resolved in JS, a typography token an object of its properties', () => {
    const js = text('js');
    expect(js).toContain('"layered": "0px 1px 2px 0px #00000040, inset 0px 4px 8px -1px #000000"');
    expect(js).toContain('"focus": "1rem dashed color(display-p3 1 0.2 0)"');
    expect(js).toContain('"fade": "0.2s 0ms cubic-bezier(0, 0, 0.58, 1)"');
    expect(js).toMatch(
      /"lead": \{\s+"fontFamily": "Inter, sans-serif",\s+"fontSize": "1rem",\s+"fontWeight": "600",\s+"letterSpacing": "-0.01rem",\s+"lineHeight": "1.5"\s+\}/,
    );
  });

  it('compile with dart-sass, references as Sass variables declared before use', () => {
    const scss = text('scss');
    expect(scss).toContain('$tokens-shadow-sm: 0px 1px 2px 0px $tokens-color-shadow;');
    const probe = sass.compileString(
      `${scss}\n.p { box-shadow: $tokens-shadow-layered; font-size: $tokens-type-lead-font-size; border: $tokens-border-focus; }`,
    ).css;
    // Sass writes the colour its own way (rgba); the layers, their order and inset are kept.
    expect(probe).toContain(
      'box-shadow: 0px 1px 2px 0px rgba(0, 0, 0, 0.2509803922), inset 0px 4px 8px -1px #000000;',
    );
    expect(probe).toContain('font-size: 1rem;');
    expect(probe).toContain('border: 1rem dashed color(display-p3 1 0.2 0);');
  });

  it('are left out of Swift and Android, named in one warning each; typography kept as styles', () => {
    const { buildWarnings, text: again } = exported(FILES);
    for (const format of ['swift', 'android-xml', 'compose'] as const) {
      const output = again(format);
      expect(output).not.toMatch(/layered|hero|fade|focus/i);
      expect(output).toMatch(/accent/i);
    }
    const notWritten = buildWarnings.filter((w) => w.code === 'composite-not-written');
    expect(notWritten.map((w) => w.message.split(':')[0])).toEqual([
      'Swift',
      'Android XML',
      'Android XML',
      'Jetpack Compose',
      'Jetpack Compose',
    ]);
    expect(notWritten[0]!.message).toContain('10 token(s) of type');
    expect(notWritten[0]!.message).toContain('“ease/out”, “line/dashed”, “shadow/sm” and 7 more');
    expect(notWritten[1]!.message).toContain('8 token(s) of type cubicBezier, strokeStyle,');
    expect(notWritten[1]!.message).not.toContain('typography');
    // Android and Compose load named fonts from resources: the stack's generic fallback, and a warning.
    expect(notWritten[2]!.message).toContain('names the font family “Inter”');
    expect(notWritten[2]!.message).toContain('res/font');
    expect(notWritten[3]!.message).toContain('8 token(s) of type cubicBezier, strokeStyle,');
    expect(notWritten[4]!.message).toContain('names the font family “Inter”');
  });

  it('CSS-valued outputs write a dash pattern as dashed and name the tokens that lose it', () => {
    const file = {
      ...TOKENS,
      // A border with its own pattern, not a reference to a strokeStyle token.
      rule: {
        $type: 'border',
        $value: {
          color: '{color.accent}',
          width: px(1),
          style: { dashArray: [px(4), px(2)], lineCap: 'butt' },
        },
      },
    };
    const { buildWarnings, text: again } = exported([
      { name: 'tokens.json', text: JSON.stringify(file) },
    ]);
    expect(again('css')).toContain('--tokens-rule: 1px dashed var(--tokens-color-accent);');
    for (const format of ['scss', 'js', 'ts', 'tailwind', 'dtcg'] as const) again(format);
    const dashed = buildWarnings.filter((w) => w.message.includes('has a dash pattern'));
    expect(dashed.map((w) => w.message.split(':')[0])).toEqual([
      'CSS',
      'SCSS',
      'JavaScript',
      'TypeScript',
      'Tailwind v4',
    ]);
    expect(dashed[0]!.message).toContain(
      '2 token(s) whose stroke style has a dash pattern (“line/dashed”, “rule”)',
    );
  });

  it('native outputs write a font stack as its first family and name the fallbacks left out', () => {
    const { buildWarnings, text: again } = exported(FILES);
    expect(again('swift')).toContain('public static let fontBody: String = "Inter"');
    expect(again('android-xml')).toContain('<string name="tokens_font_body">Inter</string>');
    expect(again('compose')).toContain('val fontBody = "Inter"');
    const cut = buildWarnings.filter((w) => w.code === 'font-stack-first-family');
    expect(cut.map((w) => w.message.split(':')[0])).toEqual([
      'Swift',
      'Android XML',
      'Jetpack Compose',
    ]);
    expect(cut[0]!.message).toContain(
      '1 font stack(s) (“font/body”) are written as their first family',
    );
    // CSS keeps the stack and says nothing.
    expect(again('css')).toContain('--tokens-font-body: Inter, sans-serif;');
    expect(buildWarnings.filter((w) => w.code === 'font-stack-first-family')).toHaveLength(3);
  });

  it('Android XML writes typography as TextView styles: sp, letter spacing in ems', () => {
    const xml = exported(FILES).text('android-xml');
    // TextAppearance carries no line height: the file says how to apply the styles.
    expect(xml).toContain('apply a style with style="@style/…" on a TextView');
    const body = [
      '    <style name="tokens_type_body">',
      '        <item name="android:fontFamily">sans-serif</item>',
      '        <item name="android:textSize">16sp</item>',
      '        <item name="android:textFontWeight">600</item>',
      // -0.01rem = -0.16px, over a 16px font.
      '        <item name="android:letterSpacing">-0.01</item>',
      '        <item name="android:lineHeight">24sp</item>',
      '    </style>',
    ];
    expect(xml).toContain(body.join('\n'));
    // An alias of a typography token is a style of its own, with the same values.
    expect(xml).toContain(body.join('\n').replace('tokens_type_body', 'tokens_type_lead'));
  });

  it('Compose writes typography as TextStyle: rem in sp, a unitless line height in em', () => {
    const kotlin = exported(FILES).text('compose');
    expect(kotlin).toContain(
      'val typeBody = TextStyle(fontFamily = FontFamily.SansSerif, fontSize = 16.sp, fontWeight = FontWeight(600), letterSpacing = -0.16.sp, lineHeight = 1.5.em)',
    );
    expect(kotlin).toContain(
      'val typeLead = TextStyle(fontFamily = FontFamily.SansSerif, fontSize = 16.sp',
    );
  });
});

describe('composite tokens in the Tailwind theme', () => {
  it('go to the namespaces Tailwind has for them, the others to --token-*', () => {
    const theme = exported(FILES).text('tailwind');
    expect(theme).toContain('  --shadow-sm: 0px 1px 2px 0px var(--color-shadow);');
    expect(theme).toContain('  --ease-out: cubic-bezier(0, 0, 0.58, 1);');
    expect(theme).toContain(
      '  --token-border-focus: var(--spacing-size-md) var(--token-line-dashed) var(--color-accent);',
    );
    // Tailwind's text-* sets size, line height, letter spacing and weight; font-* the family.
    for (const line of [
      '--font-type-body: var(--font-body);',
      '--text-type-body: var(--spacing-size-md);',
      '--text-type-body--font-weight: 600;',
      '--text-type-body--letter-spacing: -0.01rem;',
      '--text-type-body--line-height: 1.5;',
      '--text-type-lead--line-height: var(--text-type-body--line-height);',
    ])
      expect(theme).toContain(`  ${line}`);
  });
});

describe('composite tokens in the DTCG export', () => {
  it('round-trip: the export reads back to the same CSS, and Terrazzo accepts it', async () => {
    const first = exported(FILES);
    const files = first.outputs('dtcg');
    const resolver = files.find((f) => f.path === 'tokens.resolver.json')!;
    const source = files.find((f) => f.path !== resolver.path)!;
    const tree = JSON.parse(source.contents) as {
      tokens: { shadow: Record<string, { $value: unknown; $extensions?: unknown }> };
    };
    // References point at the export's paths; a composite carries no Figma extension.
    expect(tree.tokens.shadow.sm!.$value).toMatchObject({ color: '{tokens.color.shadow}' });
    expect(tree.tokens.shadow.layered!.$value).toMatchObject([
      { color: '{tokens.color.shadow}' },
      { inset: true },
    ]);
    expect(tree.tokens.shadow.sm!.$extensions).toBeUndefined();
    const again = exported(files.map((f) => ({ name: f.path, text: f.contents })));
    expect(again.warnings).toEqual(
      first.warnings.map((w) => ({ ...w, file: expect.any(String), jsonPath: expect.any(String) })),
    );
    expect(again.text('css')).toBe(first.text('css'));
    expect(again.text('dtcg')).toBe(first.text('dtcg'));
    expect(await terrazzoRefuses(source.path, source.contents)).toBe(false);
  });
});

describe('composite tokens and modes', () => {
  const theme = (accent: number[], paper: number[]) => ({
    theme: {
      accent: { $type: 'color', $value: srgb(accent[0]!, accent[1]!, accent[2]!) },
      paper: { $type: 'color', $value: srgb(paper[0]!, paper[1]!, paper[2]!) },
      ring: { $type: 'border', $value: { color: '{theme.accent}', width: px(2), style: 'solid' } },
      glow: {
        $type: 'shadow',
        $value: [
          { color: '{theme.accent}', offsetX: px(0), offsetY: px(0), blur: px(4), spread: px(0) },
          { color: '{theme.paper}', offsetX: px(0), offsetY: px(1), blur: px(1), spread: px(0) },
        ],
      },
      fade: {
        $type: 'gradient',
        $value: [
          { color: '{theme.paper}', position: 0 },
          { color: '{theme.accent}', position: 1 },
        ],
      },
      // Names a base token whose own part changes with this collection's mode.
      'base-ring': { $type: 'border', $value: '{base.ring}' },
      body: typography({ fontFamily: ['Inter', 'sans-serif'] }),
    },
  });
  const files = [
    {
      name: 'tokens.resolver.json',
      text: JSON.stringify({
        version: '2025.10',
        sets: {
          base: {
            sources: [
              {
                base: {
                  ring: {
                    $type: 'border',
                    $value: { color: '{theme.accent}', width: px(1), style: 'solid' },
                  },
                },
              },
            ],
          },
        },
        modifiers: {
          theme: {
            contexts: { light: [theme([0, 0, 1], [1, 1, 1])], dark: [theme([1, 1, 0], [0, 0, 0])] },
            default: 'light',
          },
        },
        resolutionOrder: [{ $ref: '#/sets/base' }, { $ref: '#/modifiers/theme' }],
      }),
    },
  ];

  it('a composite naming a token that changes is redeclared in that mode’s block', () => {
    const { text, model } = exported(files);
    expect(model.collections.map((c) => c.modes.map((m) => m.name))).toEqual([
      ['Default'],
      ['light', 'dark'],
    ]);
    const css = text('css');
    const dark = css.slice(css.indexOf('[data-theme="dark"]'));
    expect(dark).toContain('--theme-accent: #ffff00;');
    // var() is substituted where it is declared: without these, a dark subtree keeps light's ring.
    expect(dark).toContain('--theme-ring: 2px solid var(--theme-accent);');
    expect(dark).toContain(
      '--theme-glow: 0px 0px 4px 0px var(--theme-accent), 0px 1px 1px 0px var(--theme-paper);',
    );
  });

  it('SCSS and JS resolve each mode, parts read in the mode the reading started in', () => {
    const { text } = exported(files);
    const scss = text('scss');
    const darkMap = scss.slice(
      scss.indexOf("  'dark': ("),
      scss.indexOf('\n  ),', scss.indexOf("  'dark': (")),
    );
    expect(darkMap).toContain("'theme-ring': 2px solid #ffff00,");
    // base/ring's colour is theme/accent: read from theme's dark mode, it is dark's.
    expect(darkMap).toContain("'theme-base-ring': 1px solid #ffff00,");
    const js = text('js');
    expect(js).toMatch(/"dark": \{[^}]*"ring": "2px solid #ffff00"/);
    expect(js).toMatch(/"dark": \{[^}]*"base-ring": "1px solid #ffff00"/);
  });

  it('SCSS mode maps hold comma lists (layered shadows, gradients, font stacks) and compile', () => {
    const scss = exported(files).text('scss');
    expect(scss).toContain("'theme-fade': (#000000 0%, #ffff00 100%),");
    expect(scss).toContain("'theme-body-font-family': (Inter, sans-serif),");
    const css = sass.compileString(
      `@use "sass:map";\n${scss}\n.p { box-shadow: map.get($theme-modes, 'dark', 'theme-glow'); }`,
    ).css;
    expect(css).toContain('box-shadow: 0px 0px 4px 0px #ffff00, 0px 1px 1px 0px #000000;');
  });
});

describe('typography styles in Android XML without a font size', () => {
  it('leave out letter spacing, which Android counts in ems of the size, and say so', () => {
    const file = {
      tiny: typography({
        fontFamily: 'system-ui',
        fontSize: px(0),
        fontWeight: 100,
        letterSpacing: px(2),
        lineHeight: 1,
      }),
    };
    const { outputs, buildWarnings } = exported([{ name: 't.json', text: JSON.stringify(file) }]);
    const xml = outputs('android-xml')[0]!.contents;
    // system-ui is the platform's default font: no fontFamily item.
    expect(xml).toContain(
      [
        '    <style name="t_tiny">',
        '        <item name="android:textSize">0sp</item>',
        '        <item name="android:textFontWeight">100</item>',
        '        <item name="android:lineHeight">0sp</item>',
        '    </style>',
      ].join('\n'),
    );
    expect(buildWarnings.map((w) => w.message)).toEqual([
      'Android XML: letter spacing or line height of “tiny” is not in its style: Android measures them against the font size, which is 0 or missing.',
    ]);
  });
});

describe('typography too large for native files', () => {
  it('leaves out a size that is not finite in px (1e308rem), and says so, in Android and Compose', () => {
    const file = {
      huge: typography({ fontSize: { value: 1e308, unit: 'rem' }, letterSpacing: px(1) }),
      // Each length finite, their ratio (Android's ems) not.
      wide: typography({ fontSize: px(0.5), letterSpacing: px(1e308) }),
    };
    const { outputs, buildWarnings } = exported([{ name: 't.json', text: JSON.stringify(file) }]);
    const xml = outputs('android-xml')[0]!.contents;
    const kotlin = outputs('compose')[0]!.contents;
    expect(xml + kotlin).not.toMatch(/Infinity|NaN/);
    expect(xml).toContain('<item name="android:textFontWeight">400</item>');
    expect(kotlin).toContain(
      'val huge = TextStyle(fontFamily = FontFamily.Serif, fontWeight = FontWeight(400), letterSpacing = 1.sp, lineHeight = 1.5.em)',
    );
    const tooLarge = buildWarnings.filter((w) => w.message.includes('too large to write'));
    expect(tooLarge.map((w) => w.message.split(':')[0])).toEqual([
      'Android XML',
      'Jetpack Compose',
    ]);
    expect(tooLarge[0]!.message).toContain('a size of “huge”, “wide” is too large');
  });
});

describe('lengths that size text on Android', () => {
  it('are sp when the words of their name say so, whatever typography uses; others dp', () => {
    const length = (value: number) => ({ $type: 'dimension', $value: px(value) });
    const file = {
      'font-size': { 300: length(18), body: { $type: 'dimension', $value: '{scale.16}' } },
      // A Tailwind-like scale: every step sp, used by typography or not.
      text: {
        xs: { size: length(12) },
        sm: { size: length(14) },
        // A component's size in a text group is a box's: Modifier.size takes it.
        field: { size: length(40) },
      },
      scale: { 16: length(16) },
      size: { body: length(16) },
      padding: { leading: length(8) },
      context: { 'textsize-max-width': length(320) },
      // Flat names, as Style Dictionary and Figma sets write them.
      'font-size-sm': length(14),
      fontSizeLg: length(20),
      'line-height-tight': length(18),
      'body-letter-spacing': length(1),
      leading: { tight: length(16) },

      body: typography({ fontSize: '{text.sm.size}' }),
      lead: typography({ fontSize: '{size.body}' }),
    };
    const { text } = exported([{ name: 't.json', text: JSON.stringify(file) }]);
    const xml = text('android-xml');
    for (const line of [
      '<dimen name="t_font_size_300">18sp</dimen>',
      '<dimen name="t_text_xs_size">12sp</dimen>',
      '<dimen name="t_text_sm_size">14sp</dimen>',
      '<dimen name="t_scale_16">16dp</dimen>',
      // An sp alias of a dp length holds its value: through @dimen/t_scale_16 it would be dp.
      '<dimen name="t_font_size_body">16sp</dimen>',
      // Used by a typography token, but named as any length: Modifier.padding may use it too.
      '<dimen name="t_size_body">16dp</dimen>',
      '<dimen name="t_padding_leading">8dp</dimen>',
      '<dimen name="t_context_textsize_max_width">320dp</dimen>',
      '<dimen name="t_font_size_sm">14sp</dimen>',
      '<dimen name="t_font_size_lg">20sp</dimen>',
      '<dimen name="t_line_height_tight">18sp</dimen>',
      '<dimen name="t_body_letter_spacing">1sp</dimen>',
      '<dimen name="t_leading_tight">16sp</dimen>',
      '<dimen name="t_text_field_size">40dp</dimen>',
    ])
      expect(xml).toContain(line);
    // Compose's TextStyle(fontSize = …) takes sp, Modifier.padding dp.
    const kotlin = text('compose');
    for (const line of [
      'val fontSize300 = 18.sp',
      'val textXsSize = 12.sp',
      'val fontSizeBody = 16.sp',
      'val paddingLeading = 8.dp',
    ])
      expect(kotlin).toContain(line);
  });
});

describe('typography in a collection of languages on Android', () => {
  it('goes to values-tr/ with the strings, which stay in their locale folders', () => {
    const context = (greeting: string, family: string) => [
      {
        copy: {
          greeting: { $type: 'string', $value: greeting },
          body: typography({ fontFamily: [family, 'sans-serif'] }),
        },
      },
    ];
    const resolver = {
      version: '2025.10',
      modifiers: {
        lang: {
          contexts: { en: context('Hello', 'Inter'), tr: context('Merhaba', 'Inter') },
          default: 'en',
        },
      },
      resolutionOrder: [{ $ref: '#/modifiers/lang' }],
    };
    const { outputs } = exported([{ name: 't.resolver.json', text: JSON.stringify(resolver) }]);
    const files = outputs('android-xml');
    expect(files.map((f) => f.path)).toEqual([
      'android/res/values/tokens.xml',
      'android/res/values-tr/tokens.xml',
    ]);
    expect(files[1]!.contents).toContain('<string name="lang_copy_greeting">Merhaba</string>');
    expect(files[0]!.contents).not.toContain('_tr');
  });
});

describe('typography styles in Android XML and modes', () => {
  const type = (size: number) =>
    typography({
      fontFamily: ['Inter', 'serif'],
      fontSize: px(size),
      fontWeight: 'bold',
      letterSpacing: px(0.5),
      lineHeight: 1.25,
    });
  const context = (body: number, accent: number) => [
    {
      theme: {
        size: { $type: 'dimension', $value: px(body) },
        accent: { $type: 'color', $value: srgb(accent, 0, 0) },
        body: type(body),
        caption: type(12),
      },
    },
  ];
  const resolver = (contexts: Record<string, unknown>) => [
    {
      name: 'tokens.resolver.json',
      text: JSON.stringify({
        version: '2025.10',
        sets: {
          base: {
            sources: [
              {
                base: {
                  heading: { ...type(0), $value: { ...type(0).$value, fontSize: '{theme.size}' } },
                  link: { $type: 'color', $value: '{theme.accent}' },
                },
              },
            ],
          },
        },
        modifiers: { theme: { contexts, default: 'light' } },
        resolutionOrder: [{ $ref: '#/sets/base' }, { $ref: '#/modifiers/theme' }],
      }),
    },
  ];

  it('values-night redeclares only the styles that change; other modes get suffixed styles', () => {
    const { outputs, buildWarnings } = exported(
      resolver({ light: context(16, 1), dark: context(18, 0.5), roomy: context(20, 1) }),
    );
    const files = outputs('android-xml');
    const night = files.find((f) => f.path.includes('values-night'))!.contents;
    expect(night).toContain('<style name="theme_body">');
    expect(night).toContain('<item name="android:textSize">18sp</item>');
    expect(night).not.toContain('theme_caption');
    const xml = files.map((f) => f.contents).join('\n');
    // 0.5px over 20px is 0.025em; a 1.25 line height of 20px is 25sp.
    expect(xml).toContain(
      [
        '    <style name="theme_body_roomy">',
        '        <item name="android:fontFamily">serif</item>',
        '        <item name="android:textSize">20sp</item>',
        '        <item name="android:textFontWeight">700</item>',
        '        <item name="android:letterSpacing">0.025</item>',
        '        <item name="android:lineHeight">25sp</item>',
        '    </style>',
      ].join('\n'),
    );
    expect(xml).toContain('<style name="theme_caption_roomy">');
    // base/heading's size is theme/size, which changes with theme's mode: its style holds light's
    // and says so; base/link is a @color reference, which values-night follows.
    expect(xml).toMatch(
      /<style name="base_heading">\s*<item name="android:fontFamily">serif<\/item>\s*<item name="android:textSize">16sp/,
    );
    const notFollowed = buildWarnings.filter(
      (w) => w.code === 'mode-not-followed' && w.message.startsWith('Android XML'),
    );
    expect(notFollowed.map((w) => w.message.split(' changes')[0])).toEqual([
      'Android XML: “heading” of “base” aliases a value of “theme” that',
    ]);
  });
});

describe('composite tokens that cannot be kept', () => {
  it('one naming a library variable is left out, said so, as is one aliasing it', () => {
    const lib = {
      lib: {
        $type: 'color',
        $value: srgb(0, 0.5, 1),
        $extensions: { 'com.figma': { remote: true } },
      },
      s: {
        $type: 'shadow',
        $value: { color: '{lib}', offsetX: px(0), offsetY: px(1), blur: px(2), spread: px(0) },
      },
      s2: { $type: 'shadow', $value: '{s}' },
    };
    const first = exported([{ name: 'l.json', text: JSON.stringify(lib) }]);
    expect(first.model.tokens.map((t) => t.name)).toEqual([]);
    expect(first.model.warnings.map((w) => `${w.variableName}: ${w.code}`)).toEqual([
      'lib: remote-variable-inlined',
      's: missing-alias-target',
      's2: missing-alias-target',
    ]);
    // Nothing names a path the export does not hold: it reads back.
    const files = first.outputs('dtcg').map((f) => ({ name: f.path, text: f.contents }));
    expect(() => exported(files)).not.toThrow();
  });

  it('an alias to a token of another composite type is refused, naming both types', () => {
    const text = JSON.stringify({
      e: { $type: 'cubicBezier', $value: [0, 0, 1, 1] },
      s: { $type: 'strokeStyle', $value: '{e}' },
    });
    expect(() => exported([{ name: 't.json', text }])).toThrow(
      /t\.json at \$\.s\.\$value: a strokeStyle token cannot alias the cubicBezier token \{e\}/,
    );
  });
});

describe('composite values at their edges', () => {
  const css = (tokens: unknown) =>
    exported([{ name: 'e.json', text: JSON.stringify(tokens) }])
      .text('css')
      .split('\n')
      .filter((line) => line.startsWith('  --'))
      .map((line) => line.trim());

  it('a stack member naming a fontFamily token is that token; a string stack is split', () => {
    const lines = css({
      font: { $type: 'fontFamily', $value: 'Inter' },
      a: typography({ fontFamily: ['{font}', 'sans-serif'] }),
      b: typography({ fontFamily: 'Inter, sans-serif' }),
    });
    expect(lines).toContain('--e-a-font-family: var(--e-font), sans-serif;');
    expect(lines).toContain('--e-b-font-family: Inter, sans-serif;');
  });

  it('gradient positions are clamped to [0, 1], a referenced one by clamp()', () => {
    const lines = css({
      n: { $type: 'number', $value: 2 },
      g: {
        $type: 'gradient',
        $value: [
          { color: srgb(0, 0, 0), position: -0.5 },
          { color: srgb(1, 1, 1), position: '{n}' },
        ],
      },
    });
    expect(lines).toContain('--e-g: #000000 0%, #ffffff clamp(0%, calc(var(--e-n) * 100%), 100%);');
  });

  it('gradient stops written out of order come out by position, a referenced colour with its stop', () => {
    // CSS moves a stop placed before an earlier one up to it: `red 80%, blue 20%` is no blend.
    const lines = css({
      red: { $type: 'color', $value: srgb(1, 0, 0) },
      g: {
        $type: 'gradient',
        $value: [
          { color: '{red}', position: 0.8 },
          { color: srgb(0, 0, 1), position: 0.2 },
          { color: srgb(0, 0, 0), position: 1.5 },
        ],
      },
    });
    expect(lines).toContain('--e-g: #0000ff 20%, var(--e-red) 80%, #000000 100%;');
  });

  it('an empty shadow list draws nothing, also as a layer of another; a missing sRGB component stays none', () => {
    const lines = css({
      none: { $type: 'shadow', $value: [] },
      both: {
        $type: 'shadow',
        $value: [
          '{none}',
          { color: srgb(0, 0, 0), offsetX: px(0), offsetY: px(1), blur: px(2), spread: px(0) },
        ],
      },
      part: {
        $type: 'shadow',
        $value: {
          color: { colorSpace: 'srgb', components: ['none', 0.5, 1], alpha: 0.5 },
          offsetX: px(0),
          offsetY: px(0),
          blur: px(0),
          spread: px(0),
        },
      },
    });
    // `none, 0px 1px …` would be invalid: the whole shadow lost.
    expect(lines).toEqual([
      '--e-none: 0 0 #0000;',
      '--e-both: var(--e-none), 0px 1px 2px 0px #000000;',
      '--e-part: 0px 0px 0px 0px color(srgb none 0.5 1 / 0.5);',
    ]);
  });

  it('codeSyntax names in com.figma are used and written back', () => {
    const tokens = {
      e: {
        $type: 'cubicBezier',
        $value: [0, 0, 1, 1],
        $extensions: { 'com.figma': { codeSyntax: { WEB: 'my-ease' } } },
      },
    };
    expect(css(tokens)).toEqual(['--my-ease: cubic-bezier(0, 0, 1, 1);']);
    const dtcg = exported([{ name: 'e.json', text: JSON.stringify(tokens) }]).text('dtcg');
    expect(dtcg).toContain('"codeSyntax": {\n            "WEB": "my-ease"');
  });

  it('a family named like a CSS-wide keyword is quoted, else the variable itself would inherit', () => {
    expect(css({ f: { $type: 'fontFamily', $value: ['inherit', 'serif'] } })).toEqual([
      '--e-f: "inherit", serif;',
    ]);
  });

  it('typography members DTCG does not define are named in a warning (the DTCG export keeps them)', () => {
    const tokens = {
      callout: {
        $type: 'typography',
        $value: {
          fontFamily: 'IBM Plex Sans',
          fontSize: px(18),
          fontWeight: 300,
          lineHeight: 1.5,
          fontStyle: 'italic',
          letterSpacing: px(0),
        },
      },
    };
    const { warnings, text } = exported([{ name: 'e.json', text: JSON.stringify(tokens) }]);
    expect(warnings.map((w) => `${w.code}: ${w.message.split(':')[0]}`)).toEqual([
      'typography-member-not-written: fontStyle is no DTCG typography member',
    ]);
    expect(text('dtcg')).toContain('"fontStyle": "italic"');
  });

  it('a part reference into another source of a resolver is read from the flattened sources', () => {
    const files = [
      {
        name: 'base.tokens.json',
        text: JSON.stringify({ base: { ink: { $type: 'color', $value: srgb(0.1, 0.2, 0.3) } } }),
      },
      {
        name: 'shadow.tokens.json',
        text: JSON.stringify({
          panel: {
            $type: 'shadow',
            $value: {
              color: {
                colorSpace: 'srgb',
                components: { $ref: '#/base/ink/$value/components' },
                alpha: 0.2,
              },
              offsetX: px(0),
              offsetY: px(8),
              blur: px(24),
              spread: px(0),
            },
          },
        }),
      },
      {
        name: 'r.resolver.json',
        text: JSON.stringify({
          version: '2025.10',
          sets: {
            core: { sources: [{ $ref: 'base.tokens.json' }, { $ref: 'shadow.tokens.json' }] },
          },
          resolutionOrder: [{ $ref: '#/sets/core' }],
        }),
      },
    ];
    // jsxtools/dtcg-tools' resolver was refused: "points to nothing".
    expect(exported(files).text('css')).toContain('--core-panel: 0px 8px 24px 0px #1a334d33;');
  });

  it('a part reference into a token that a modifier’s contexts give differently is refused', () => {
    const ink = (c: number) => ({ base: { ink: { $type: 'color', $value: srgb(c, c, c) } } });
    const files = [
      { name: 'light.tokens.json', text: JSON.stringify(ink(0)) },
      { name: 'dark.tokens.json', text: JSON.stringify(ink(1)) },
      {
        name: 'line.tokens.json',
        text: JSON.stringify({
          line: {
            $type: 'border',
            $value: {
              color: { colorSpace: 'srgb', components: { $ref: '#/base/ink/$value/components' } },
              width: px(1),
              style: 'solid',
            },
          },
        }),
      },
      {
        name: 'r.resolver.json',
        text: JSON.stringify({
          version: '2025.10',
          sets: { lines: { sources: [{ $ref: 'line.tokens.json' }] } },
          modifiers: {
            theme: {
              contexts: {
                light: [{ $ref: 'light.tokens.json' }],
                dark: [{ $ref: 'dark.tokens.json' }],
              },
              default: 'light',
            },
          },
          resolutionOrder: [{ $ref: '#/modifiers/theme' }, { $ref: '#/sets/lines' }],
        }),
      },
    ];
    expect(() => exported(files)).toThrow(
      /line\.tokens\.json at .*: reference #\/base\/ink\/\$value\/components names part of a value that modifier "theme" gives differently in context "dark"/,
    );
  });

  describe('part references read from the sources a resolver flattens', () => {
    const ink = (c: number, keysReversed = false) => ({
      color: {
        fg: {
          $type: 'color',
          $value: keysReversed
            ? { components: [c, 0, 0], colorSpace: 'srgb' }
            : { colorSpace: 'srgb', components: [c, 0, 0] },
        },
      },
    });
    const pointing = {
      shadow: {
        $type: 'shadow',
        $value: {
          color: { $ref: '#/color/fg/$value' },
          offsetX: px(0),
          offsetY: px(0),
          blur: px(1),
          spread: px(0),
        },
      },
    };
    const file = (name: string, json: unknown) => ({ name, text: JSON.stringify(json) });
    const resolver = (json: unknown) =>
      file('r.resolver.json', { version: '2025.10', ...(json as object) });
    const shadowOf = (files: Files) =>
      exported(files)
        .text('css')
        .split('\n')
        .filter((line) => /-shadow: /.test(line))
        .map((line) => line.trim());

    it('the last source holding the target wins, for a pointer in an earlier source too', () => {
      const lines = shadowOf([
        file('base.json', { ...ink(1), ...pointing }),
        file('override.json', ink(0)),
        resolver({
          sets: { base: { sources: [{ $ref: 'base.json' }, { $ref: 'override.json' }] } },
          resolutionOrder: [{ $ref: '#/sets/base' }],
        }),
      ]);
      expect(lines).toEqual(['--base-shadow: 0px 0px 1px 0px #000000;']);
    });

    it('a context reads its own context, a set the default, same values in any key order agree', () => {
      const files = [
        file('base.json', ink(1)),
        file('light.json', pointing),
        file('dark.json', { ...ink(0), ...pointing }),
        resolver({
          sets: { base: { sources: [{ $ref: 'base.json' }] } },
          modifiers: {
            theme: {
              contexts: { light: [{ $ref: 'light.json' }], dark: [{ $ref: 'dark.json' }] },
              default: 'light',
            },
          },
          resolutionOrder: [{ $ref: '#/sets/base' }, { $ref: '#/modifiers/theme' }],
        }),
      ];
      const { text } = exported(files);
      const css = text('css');
      // Light's shadow sees base's red; dark's its own context's black.
      expect(css).toContain('--theme-shadow: 0px 0px 1px 0px #ff0000;');
      expect(css.slice(css.indexOf('[data-theme="dark"]'))).toContain(
        '--theme-shadow: 0px 0px 1px 0px #000000;',
      );
      const agreeing = [
        file('same-a.json', ink(0.5)),
        file('same-b.json', ink(0.5, true)),
        file('uses.json', { used: pointing.shadow }),
        resolver({
          sets: { uses: { sources: [{ $ref: 'uses.json' }] } },
          modifiers: {
            tone: {
              contexts: { a: [{ $ref: 'same-a.json' }], b: [{ $ref: 'same-b.json' }] },
              default: 'a',
            },
          },
          resolutionOrder: [{ $ref: '#/modifiers/tone' }, { $ref: '#/sets/uses' }],
        }),
      ];
      expect(exported(agreeing).text('css')).toContain('--uses-used: 0px 0px 1px 0px #800000;');
    });

    it('inline sources are read; a file the resolver does not name is not', () => {
      const inline = [
        file('comp.json', pointing),
        resolver({
          sets: { all: { sources: [ink(0), { $ref: 'comp.json' }] } },
          resolutionOrder: [{ $ref: '#/sets/all' }],
        }),
      ];
      expect(shadowOf(inline)).toEqual(['--all-shadow: 0px 0px 1px 0px #000000;']);
      const stray = [
        file('comp.json', pointing),
        file('stray.json', ink(0)),
        resolver({
          sets: { comp: { sources: [{ $ref: 'comp.json' }] } },
          resolutionOrder: [{ $ref: '#/sets/comp' }],
        }),
      ];
      expect(() => exported(stray)).toThrow(/reference #\/color\/fg\/\$value points to nothing/);
    });

    it('parts that repeat parts are refused once they expand past 100,000 values', () => {
      const tokens: Record<string, unknown> = {
        t14: { $type: 'cubicBezier', $value: [0, 0, 1, 1] },
      };
      for (let i = 0; i < 14; i++)
        tokens[`t${i}`] = {
          $type: 'cubicBezier',
          $value: Array.from({ length: 4 }, () => ({ $ref: `#/t${i + 1}/$value` })),
        };
      expect(() => exported([file('t.json', tokens)])).toThrow(
        /expands to more than 100,000 values/,
      );
    });
  });

  it('a font family named like a Sass keyword is quoted; an empty one is Sass null', () => {
    const tokens = {
      f: { $type: 'fontFamily', $value: ['not', 'null', 'serif'] },
      empty: { $type: 'fontFamily', $value: '' },
    };
    const scss = exported([{ name: 'e.json', text: JSON.stringify(tokens) }]).text('scss');
    expect(scss).toContain('$e-f: "not", "null", serif;');
    expect(scss).toContain('$e-empty: null;');
    expect(() => sass.compileString(scss)).not.toThrow();
  });

  it('6,000 composites in a row convert (their order is kept without recursion)', () => {
    const many = Object.fromEntries(
      Array.from({ length: 6000 }, (_, i) => [`t${i}`, { $value: [0, 0, 1, 1] }]),
    );
    const lines = css({ e: { $type: 'cubicBezier', ...many } });
    expect(lines).toHaveLength(6000);
    expect(lines[5999]).toBe('--e-e-t5999: cubic-bezier(0, 0, 1, 1);');
  });
});

describe('the DTCG suite’s composite files', () => {
  const suite = '../fixtures/public/dtcg-community-group-tests/format/positive/';
  const read = (folder: string, name: string) => ({
    name,
    text: readFileSync(new URL(`${suite}${folder}/${name}`, import.meta.url), 'utf8'),
  });

  it('parts taken from other composites (property-level $ref) are read as the values they name', () => {
    const { text, warnings } = exported([read('references', 'nested-composite-refs.json')]);
    expect(warnings.map((w) => w.code)).not.toContain('unsupported-type');
    const css = text('css');
    expect(css).toContain('--nested-composite-refs-base-border: 2px dashed #4d4d4d;');
    expect(css).toContain(
      '--nested-composite-refs-base-transition: 300ms 100ms cubic-bezier(0.25, 0.1, 0.25, 1);',
    );
    expect(css).toContain(
      '--nested-composite-refs-easing-from-transition: cubic-bezier(0.25, 0.1, 0.25, 1);',
    );
    expect(text('js')).toContain(
      '"base-transition": "300ms 100ms cubic-bezier(0.25, 0.1, 0.25, 1)"',
    );
    // Listed where the file lists them, composites among the other tokens.
    const names = [...css.matchAll(/--nested-composite-refs-([a-z-]+):/g)].map((m) => m[1]);
    expect(names).toEqual([
      'base-border',
      'stroke-from-border',
      'dimension-from-dash-array',
      'base-transition',
      'duration-from-transition',
      'easing-from-transition',
    ]);
  });
});

describe('composite tokens in a write-back', () => {
  it('a file of composites only creates no Figma collection', () => {
    const colors = {
      name: 'colors.tokens.json',
      text: JSON.stringify({ c: { $type: 'color', $value: srgb(0, 0, 0) } }),
    };
    const effects = {
      name: 'effects.tokens.json',
      text: JSON.stringify({
        s: {
          $type: 'shadow',
          $value: { color: '{c}', offsetX: px(0), offsetY: px(1), blur: px(2), spread: px(0) },
        },
      }),
    };
    const current = parseTokenInput([colors]).input;
    const changeSet = buildChangeSet(current, readDtcgExport([colors, effects]), {
      allowDelete: true,
    });
    expect(changeSet.errors).toEqual([]);
    expect(changeSet.empty).toBe(true);
    expect(changeSet.warnings.map((w) => w.code)).toEqual(['composite-in-files-only']);
  });

  it('send nothing, and one warning names them all as staying in the files', () => {
    const first = exported(FILES);
    const files = first.outputs('dtcg').map((f) => ({ name: f.path, text: f.contents }));
    // An edited shadow changes nothing either: Figma has no variable to hold it.
    const edited = files.map((f) => ({ ...f, text: f.text.replace('"value": 8', '"value": 9') }));
    for (const desired of [files, edited]) {
      const changeSet = buildChangeSet(first.input, readDtcgExport(desired), {
        allowDelete: true,
      });
      expect(changeSet.errors).toEqual([]);
      expect(changeSet.empty).toBe(true);
      // The first is the p3 colour and the font stack, which Figma holds less of.
      expect(changeSet.warnings.map((w) => w.code)).toEqual([
        'held-in-files-only',
        'composite-in-files-only',
      ]);
      expect(changeSet.warnings[1]!.message).toMatch(
        /^10 composite token\(s\) \("ease\/out", "line\/dashed", "shadow\/sm", …: shadows, typography/,
      );
    }
    expect(edited.some((f, i) => f.text !== files[i]!.text)).toBe(true);
  });
});
