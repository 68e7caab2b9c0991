import type { LocalVariable, LocalVariableCollection } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import postcss from 'postcss';
import { parse as parseTokens } from '@terrazzo/parser';
import { defineConfig } from '@terrazzo/parser';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import { FORMATS, MODE_SELECTORS, modeSelectorLabel } from '../../src/tokens/catalog.ts';
import type { FormatId } from '../../src/tokens/formats.ts';
import type { ConversionWarning } from '../../src/tokens/model.ts';
import { designSystemVariables } from '../fixtures/figma/design-system-variables.ts';
import { collection, hostileInput, variable } from './hostile-input.ts';

const model = convertVariables(designSystemVariables());
const text = (format: FormatId, options = {}) =>
  buildFormat(model, format, options)
    .map((file) => file.contents)
    .join('\n');

/** Parses CSS and checks every custom property is unique per rule and every var() is defined. */
function checkCss(css: string) {
  const root = postcss.parse(css);
  const defined = new Set<string>();
  const used: string[] = [];
  const perBlock = new Map<unknown, Set<string>>();
  root.walkDecls((decl) => {
    const names = perBlock.get(decl.parent) ?? new Set<string>();
    expect(names.has(decl.prop), `${decl.prop} twice in one block`).toBe(false);
    names.add(decl.prop);
    perBlock.set(decl.parent, names);
    defined.add(decl.prop);
    for (const match of decl.value.matchAll(/var\((--[^)]+)\)/g)) used.push(match[1] ?? '');
  });
  for (const name of used) expect(defined.has(name), `${name} is used but not defined`).toBe(true);
  return root;
}

describe('CSS', () => {
  it('puts defaults on :root and changed tokens (plus their dependents) in each mode block, aliases as var()', () => {
    const css = text('css', { codeSyntax: false });
    checkCss(css);
    const root = css.slice(css.indexOf(':root {'), css.indexOf('}'));
    expect(root).toContain('--semantic-color-bg-surface: var(--primitives-color-gray-0);');
    expect(root).toContain('--primitives-space-16: 16px;');
    expect(root).toContain('--primitives-font-weight-bold: 700;');
    expect(root).toContain('--primitives-font-family-mono: "JetBrains Mono";');
    const dark = css.slice(css.indexOf('[data-semantic="dark"]'));
    expect(dark).toContain('--semantic-color-bg-surface: var(--primitives-color-gray-900);');
    const darkBlock = dark.slice(0, dark.indexOf('}'));
    // border-focus does not change, but it aliases accent-default, which does.
    expect(darkBlock).toContain(
      '--semantic-color-border-focus: var(--semantic-color-accent-default);',
    );
    expect(darkBlock).not.toContain('--semantic-color-brand-accent');
    expect(css).toContain('[data-density="compact"]');
  });

  it('gives the default mode a block too, so it can be set again inside another mode’s subtree', () => {
    const css = text('css', { codeSyntax: false });
    const light = css.slice(css.indexOf('[data-semantic="light"] {'));
    const block = light.slice(0, light.indexOf('}'));
    // What dark changes, back to light's values, and what aliases it.
    expect(block).toContain('--semantic-color-bg-surface: var(--primitives-color-gray-0);');
    expect(block).toContain('--semantic-color-border-focus: var(--semantic-color-accent-default);');
    expect(block).not.toContain('--semantic-color-brand-accent');
    expect(css.indexOf('[data-semantic="light"] {')).toBeLessThan(
      css.indexOf('[data-semantic="dark"] {'),
    );
    // On :root, a colour scheme's media query has no subtree to serve.
    expect(text('css', { modeSelector: 'media' })).not.toContain('prefers-color-scheme: light');
  });

  it('supports class and media-query mode selectors', () => {
    expect(text('css', { modeSelector: 'class' })).toContain('.dark {');
    const media = text('css', { modeSelector: 'media' });
    expect(media).toContain('@media (prefers-color-scheme: dark)');
    checkCss(media);
  });

  it('says when two collections’ modes share a class, which then switches both', () => {
    // Found against Terrazzo in Chromium: {theme: dark, chart: light} could not be set.
    const shared = convertVariables({
      variableCollections: {
        theme: { ...collection('theme', ['Light', 'Dark']), variableIds: ['bg'] },
        chart: { ...collection('chart', ['Light', 'Dark']), variableIds: ['line'] },
        size: { ...collection('size', ['Regular', 'Compact']), variableIds: ['gap'] },
      },
      variables: {
        bg: variable('bg', 'bg', 'theme', { Light: 1, Dark: 2 }),
        line: variable('line', 'line', 'chart', { Light: 3, Dark: 4 }),
        gap: variable('gap', 'gap', 'size', { Regular: 8, Compact: 4 }),
      },
    });
    for (const format of ['css', 'tailwind'] as const) {
      const warnings: ConversionWarning[] = [];
      buildFormat(shared, format, { modeSelector: 'class', warnings });
      expect(warnings.map((w) => w.message)).toEqual([
        '.light switches the modes of “theme” and “chart” at once, so no element can set them apart; the data-attribute mode selector (one attribute per collection) combines them freely.',
        '.dark switches the modes of “theme” and “chart” at once, so no element can set them apart; the data-attribute mode selector (one attribute per collection) combines them freely.',
      ]);
      const attributes: ConversionWarning[] = [];
      buildFormat(shared, format, { modeSelector: 'data-attribute', warnings: attributes });
      expect(attributes).toEqual([]);
    }
  });

  it('gives a colour scheme’s media query to one mode only, and says where the other went', () => {
    // "Dark" and "dark" in one collection: two identical queries would let the later always win.
    const cased = convertVariables({
      variableCollections: {
        t: {
          ...collection('t', ['Light', 'Dark', 'dark']),
          variableIds: ['bg'],
        },
      },
      variables: { bg: variable('bg', 'bg', 't', { Light: 1, Dark: 2, dark: 3 }) },
    });
    const warnings: ConversionWarning[] = [];
    const css = buildFormat(cased, 'css', { modeSelector: 'media', warnings })[0]?.contents ?? '';
    expect(css.match(/@media \(prefers-color-scheme: dark\)/g)).toHaveLength(1);
    const fallback = cased.collections[0]?.modes[2]?.slug ?? '';
    expect(css).toContain(`[data-t="${fallback}"] {\n  --t-bg: 3;`);
    expect(warnings.map((w) => w.message)).toContain(
      `Mode “dark” of “t” names the same colour scheme as mode “Dark”, which takes its media query; it uses [data-t="${fallback}"] instead.`,
    );
    checkCss(css);
  });
});

/** Android XML of a collection "Theme" holding one variable, and what it warned. */
function androidOf(theme: LocalVariableCollection, bg: LocalVariable) {
  const model = convertVariables({ variableCollections: { Theme: theme }, variables: { v1: bg } });
  const warnings: ConversionWarning[] = [];
  return { files: buildFormat(model, 'android-xml', { warnings }), warnings };
}

describe('every format', () => {
  it.each(Object.keys(FORMATS) as FormatId[])('%s is deterministic and non-empty', (format) => {
    const first = buildFormat(model, format);
    expect(first.length).toBeGreaterThan(0);
    expect(buildFormat(convertVariables(designSystemVariables()), format)).toEqual(first);
  });

  it('JS evaluates to per-mode values with cross-collection aliases resolved', async () => {
    const js = text('js');
    const module = (await import(`data:text/javascript,${encodeURIComponent(js)}`)) as {
      tokens: Record<string, Record<string, Record<string, unknown>>>;
    };
    const semantic = module.tokens.semantic as Record<
      string,
      { color: { bg: { surface: string } } }
    >;
    expect(semantic.light?.color.bg.surface).toBe('#ffffff');
    expect(semantic.dark?.color.bg.surface).toBe('#111827');
  });

  it('Swift uses points, not ×16, and valid identifiers', () => {
    const swift = text('swift');
    expect(swift).toContain('public static let space16: CGFloat = 16');
    for (const match of swift.matchAll(/static let ([^:]+):/g))
      expect(match[1]).toMatch(/^(`[A-Za-z_][A-Za-z0-9_]*`|[A-Za-z_][A-Za-z0-9_]*)$/);
  });

  it('Android resources are valid names with #AARRGGBB colours, dark values in values-night', () => {
    const files = buildFormat(model, 'android-xml', { codeSyntax: false });
    const night = files.find((f) => f.path.includes('values-night'));
    expect(night?.contents).toContain(
      '<color name="semantic_color_bg_surface">@color/primitives_color_gray_900</color>',
    );
    const values = files.find((f) => f.path === 'android/res/values/tokens.xml')?.contents ?? '';
    expect(values).toContain('<color name="primitives_color_blue_500_alpha_20">#333B82F6</color>');
    expect(values).toContain('<dimen name="primitives_font_size_body">16sp</dimen>');
    // Line height sizes text too: sp, as font size.
    expect(values).toContain('<dimen name="primitives_font_line_height_body">24sp</dimen>');
    for (const match of values.matchAll(/name="([^"]+)"/g))
      expect(match[1]).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('Android: a dark default mode puts a Light mode in values-notnight, not under a suffix', () => {
    const theme = collection('Theme', ['Dark', 'Light']);
    const bg = variable(
      'v1',
      'bg',
      'Theme',
      { Dark: { r: 0, g: 0, b: 0, a: 1 }, Light: { r: 1, g: 1, b: 1, a: 1 } },
      'COLOR',
    );
    const { files, warnings } = androidOf(theme, bg);
    expect(files.map((f) => f.path)).toEqual([
      'android/res/values/tokens.xml',
      'android/res/values-notnight/tokens.xml',
    ]);
    expect(files[0]!.contents).toContain('<color name="theme_bg">#FF000000</color>');
    expect(files[1]!.contents).toContain('<color name="theme_bg">#FFFFFFFF</color>');
    expect(warnings).toEqual([]);
  });

  it('Android: with a dark default and a Light mode, another dark mode does not shadow the default', () => {
    const theme = collection('Theme', ['Dark', 'Light', 'Night']);
    const bg = variable('v1', 'bg', 'Theme', { Dark: 1, Light: 2, Night: 3 });
    const { files, warnings } = androidOf(theme, bg);
    expect(files.map((f) => f.path)).toEqual([
      'android/res/values/tokens.xml',
      'android/res/values-notnight/tokens.xml',
    ]);
    expect(files[0]!.contents).toContain('theme_bg_night');
    expect(warnings.map((w) => w.message)).toEqual([
      'Android: the default mode of “Theme” is dark and “Light” is values-notnight, so the default serves night; mode “Night” has resources ending in _night instead.',
    ]);
  });

  it('Android: “SM” in a collection of copy whose default is no language stays a suffix', () => {
    const copy = collection('Copy', ['Long', 'SM']);
    const label = variable('v1', 'label', 'Copy', { Long: 'Save changes', SM: 'Save' }, 'STRING');
    const model = convertVariables({
      variableCollections: { Copy: copy },
      variables: { v1: label },
    });
    const files = buildFormat(model, 'android-xml');
    expect(files.map((f) => f.path)).toEqual(['android/res/values/tokens.xml']);
    expect(files[0]!.contents).toContain('copy_label_sm');
  });

  it('Android: language-named modes of text go to locale folders; sizes named “SM”/“LG” do not', () => {
    const copy = collection('Copy', ['En', 'Tr', 'pt-BR']);
    const greeting = variable(
      'v1',
      'greeting',
      'Copy',
      { En: 'Hello', Tr: 'Merhaba', 'pt-BR': 'Olá' },
      'STRING',
    );
    const size = collection('Size', ['MD', 'SM', 'LG']);
    const gap = variable('v2', 'gap', 'Size', { MD: 8, SM: 4, LG: 12 });
    const model = convertVariables({
      variableCollections: { Copy: copy, Size: size },
      variables: { v1: greeting, v2: gap },
    });
    const files = buildFormat(model, 'android-xml');
    expect(files.map((f) => f.path)).toEqual([
      'android/res/values/tokens.xml',
      'android/res/values-tr/tokens.xml',
      'android/res/values-pt-rBR/tokens.xml',
    ]);
    expect(files[1]!.contents).toContain('<string name="copy_greeting">Merhaba</string>');
    expect(files[0]!.contents).toContain('size_gap_sm');
  });

  it('a value missing in the default mode: outputs with a base take another mode’s, and say so', () => {
    // An alias to a variable the response does not hold leaves Light without a value.
    const theme = collection('Theme', ['Light', 'Dark']);
    const faint = variable('v1', 'faint', 'Theme', {
      Light: { type: 'VARIABLE_ALIAS', id: 'VariableID:library/1' },
      Dark: 4,
    });
    const model = convertVariables({
      variableCollections: { Theme: theme },
      variables: { v1: faint },
    });
    expect(model.warnings.map((w) => w.message)).toContain(
      '“faint” has no value in the default mode “Light”: CSS :root, SCSS, Tailwind and Android values/, which need one, use its “Dark” value there; the other outputs leave that mode out.',
    );
    const android = buildFormat(model, 'android-xml');
    const values = android.find((f) => f.path === 'android/res/values/tokens.xml')!.contents;
    // Without it the resource exists only in values-night: missing in day mode.
    expect(values).toContain('<item name="theme_faint" format="float" type="dimen">4</item>');
    expect(buildFormat(model, 'scss')[0]!.contents).toContain('$theme-faint: 4;');
  });

  it('Compose uses 0xAARRGGBB, dp and sp', () => {
    const kotlin = text('compose');
    expect(kotlin).toContain('val space16 = 16.dp');
    expect(kotlin).toContain('val fontSizeBody = 16.sp');
    // TextStyle takes line height (and letter spacing) only as TextUnit: sp, never dp.
    expect(kotlin).toContain('val fontLineHeightBody = 24.sp');
    expect(kotlin).toMatch(/val colorBlue500 = Color\(0xFF3B82F6\)/);
  });

  it('Tailwind v4 uses theme namespaces', () => {
    const tailwind = text('tailwind');
    expect(tailwind).toContain('@theme {');
    expect(tailwind).toContain('--color-bg-surface: var(--color-gray-0);');
    expect(tailwind).toContain('--radius-md: 8px;');
    checkCss(tailwind);
  });
});

describe('DTCG', () => {
  it('writes a resolver with a set per single-mode collection and a modifier per multi-mode one', () => {
    const files = buildFormat(model, 'dtcg');
    const resolver = JSON.parse(
      files.find((f) => f.path === 'tokens.resolver.json')?.contents ?? '{}',
    );
    expect(resolver.version).toBe('2025.10');
    expect(Object.keys(resolver.sets)).toEqual(['primitives']);
    expect(resolver.modifiers.semantic).toEqual({
      contexts: {
        light: [{ $ref: 'tokens/semantic/light.tokens.json' }],
        dark: [{ $ref: 'tokens/semantic/dark.tokens.json' }],
      },
      default: 'light',
    });
  });

  it('is accepted by an independent DTCG parser (Terrazzo)', async () => {
    const [resolver] = buildFormat(model, 'dtcg', { bundle: true });
    const config = defineConfig({ lint: { rules: {} } }, { cwd: new URL('file:///tokens/') });
    const result = await parseTokens(
      [{ filename: new URL('file:///tokens/tokens.resolver.json'), src: resolver?.contents ?? '' }],
      { config, skipLint: true },
    );
    const surface = result.tokens['semantic.color.bg.surface'];
    expect(surface?.$type).toBe('color');
    expect(Object.keys(result.tokens).length).toBeGreaterThan(50);
  });
});

describe('hostile names and values (property)', () => {
  it('CSS parses, JSON parses, identifiers stay valid', () => {
    fc.assert(
      fc.property(hostileInput, (input) => {
        const hostile = convertVariables(input);
        checkCss(
          buildFormat(hostile, 'css')
            .map((f) => f.contents)
            .join('\n'),
        );
        for (const file of buildFormat(hostile, 'dtcg'))
          expect(() => JSON.parse(file.contents)).not.toThrow();
        const kotlin = buildFormat(hostile, 'compose')[0]?.contents ?? '';
        for (const match of kotlin.matchAll(/val ([^ ]+) =/g))
          expect(match[1]).toMatch(/^(`\w+`|[A-Za-z_]\w*)$/);
        for (const file of buildFormat(hostile, 'android-xml'))
          for (const match of file.contents.matchAll(/name="([^"]+)"/g))
            expect(match[1]).toMatch(/^[a-z][a-z0-9_]*$/);
        const swift = buildFormat(hostile, 'swift')[0]?.contents ?? '';
        for (const line of swift.split('\n').filter((l) => l.includes('static let'))) {
          expect(line).toMatch(/^ +public static let \S+: (Color|CGFloat|Double|Bool|String) = /);
          if (line.includes(': String = ')) expect(line).toMatch(/= "(?:[^"\\]|\\.)*"$/);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('codeSyntax names', () => {
  it('uses WEB for CSS (and references to it), ANDROID for Android, iOS for Swift', () => {
    const css = text('css');
    checkCss(css);
    expect(css).toContain('--acme-color-bg-surface: var(--primitives-color-gray-0);');
    expect(css).toContain('--semantic-color-bg-raised: var(--acme-color-bg-surface);');
    expect(text('scss')).toContain('$acme-color-bg-surface: $primitives-color-gray-0;');
    expect(text('android-xml')).toContain(
      '<color name="bg_surface">@color/primitives_color_gray_0</color>',
    );
    expect(text('compose')).toContain('val bgSurface = Color(0xFFFFFFFF)');
    expect(text('swift')).toMatch(/public static let bgSurface: Color = /);
  });

  it('keeps an iOS name Swift takes as written; only others are made into identifiers', () => {
    // sbscphp/sohcahtoa-fe: Dev Mode showed gap_half_x, the generated Swift had gapHalfX.
    const input = designSystemVariables();
    const named = (name: string, iOS: string) => {
      const variable = Object.values(input.variables).find((v) => v.name === name);
      if (!variable) throw new Error(`fixture changed: no ${name}`);
      variable.codeSyntax = { iOS };
    };
    named('color/bg/canvas', 'gap_half_x');
    named('color/bg/raised', 'Color.spacing0_5');
    named('color/text/primary', 'text primary');
    named('color/text/secondary', 'self');
    // Not names Swift takes as written: `_` is none, and `Color` would hide SwiftUI's Color.
    named('color/blue/50', '_');
    named('color/blue/100', 'Color');
    const swift = buildFormat(convertVariables(input), 'swift')[0]!.contents;
    for (const name of ['gap_half_x', 'spacing0_5', 'textPrimary', 'self_', 'x', 'color'])
      expect(swift).toContain(`public static let ${name}: Color = `);
    expect(swift).not.toMatch(/static let (_|Color):/);
  });

  it('takes a dotted iOS or Android name whole where last names clash, else its last name', () => {
    // figma-sa/devmode: `background.primary` and `text.primary` both became `primary` (and a
    // suffixed `primary_ah9p`) in Swift and Android.
    const input = designSystemVariables();
    const named = (name: string, codeSyntax: { iOS: string; ANDROID: string }) => {
      const variable = Object.values(input.variables).find((v) => v.name === name);
      if (!variable) throw new Error(`fixture changed: no ${name}`);
      variable.codeSyntax = codeSyntax;
    };
    named('color/bg/canvas', { iOS: 'background.primary', ANDROID: 'background.primary' });
    named('color/text/primary', { iOS: 'text.primary', ANDROID: 'R.color.text.primary' });
    named('color/bg/raised', { iOS: 'UIColor.surface()', ANDROID: 'MaterialTheme.colors.surface' });
    // A theme holder of the app's own: its last name, as before (found in review: whole, every
    // such name changed and app code stopped compiling).
    named('color/text/secondary', {
      iOS: 'Theme.colors.textMuted',
      ANDROID: 'AppTheme.colors.textMuted',
    });
    const converted = convertVariables(input);
    const warnings: ConversionWarning[] = [];
    const out = (format: FormatId) =>
      buildFormat(converted, format, { warnings })
        .map((f) => f.contents)
        .join('\n');
    const swift = out('swift');
    for (const name of ['backgroundPrimary', 'textPrimary', 'surface', 'textMuted'])
      expect(swift).toContain(`public static let ${name}: Color = `);
    const xml = out('android-xml');
    for (const name of ['background_primary', 'text_primary', 'surface', 'text_muted'])
      expect(xml).toContain(`<color name="${name}">`);
    expect(out('compose')).toContain('val backgroundPrimary = Color(');
    expect(warnings.filter((w) => w.code === 'slug-collision')).toEqual([]);
  });

  it('can be turned off', () => {
    const off = { codeSyntax: false };
    expect(text('css', off)).not.toContain('--acme-');
    expect(text('css', off)).toContain(
      '--semantic-color-bg-surface: var(--primitives-color-gray-0);',
    );
    expect(text('android-xml', off)).not.toContain('name="bg_surface"');
    expect(text('swift', off)).toContain('public static let colorBgSurface: Color');
  });

  it('is still checked for collisions', () => {
    const input = designSystemVariables();
    const taken = Object.values(input.variables).find((v) => v.name === 'color/bg/canvas');
    if (!taken) throw new Error('fixture changed: no color/bg/canvas');
    taken.codeSyntax = {
      WEB: 'var(--acme-color-bg-surface)',
      iOS: 'bgSurface',
      ANDROID: 'bg_surface',
    };
    const collided = convertVariables(input);
    for (const format of ['css', 'swift', 'android-xml', 'compose'] as const) {
      const warnings: ConversionWarning[] = [];
      const out = buildFormat(collided, format, { warnings })
        .map((f) => f.contents)
        .join('\n');
      const renamed = warnings.filter(
        (w) => w.code === 'slug-collision' && w.variableName === 'color/bg/canvas',
      );
      expect(renamed, format).toHaveLength(1);
      expect(out, format).toMatch(/bg[-_]?surface[-_]\w{1,4}\b|bgSurface_\w{1,4}\b/);
    }
  });
});

describe('mode selector labels', () => {
  it.each(MODE_SELECTORS)('the %s label names a selector the CSS really emits', (selector) => {
    const label = modeSelectorLabel(selector, model.collections);
    const shown = /(\[data-[^\]]+\]|\.[a-z0-9-]+)/.exec(label)?.[1] ?? '';
    expect(shown, label).not.toBe('');
    const css = text('css', { modeSelector: selector });
    expect(css).toContain(`\n${shown} {`);
    if (selector === 'media') expect(css).toContain('@media (prefers-color-scheme: dark)');
  });

  it('uses placeholders when no collection has a second mode', () => {
    expect(modeSelectorLabel('data-attribute')).toBe('[data-<collection>="<mode>"] attribute');
  });
});

describe('Android aliases across resource types', () => {
  // Figma holds all four as FLOAT; scopes make a font weight (<integer>), a stroke (<dimen>), an
  // opacity (float <item type="dimen">) and a gap (<dimen>).
  const theme = { ...collection('Theme', ['Light', 'Dark']), variableIds: ['w', 's', 'o', 'g'] };
  const alias = (id: string) => ({ type: 'VARIABLE_ALIAS' as const, id });
  const scoped = (v: LocalVariable, scope: LocalVariable['scopes'][number]) => ({
    ...v,
    scopes: [scope],
  });
  const input = {
    variableCollections: { Theme: theme },
    variables: {
      w: scoped(variable('w', 'font/weight', 'Theme', { Light: 400, Dark: 300 }), 'FONT_WEIGHT'),
      s: scoped(
        variable('s', 'stroke/width', 'Theme', { Light: alias('w'), Dark: alias('w') }),
        'STROKE_FLOAT',
      ),
      o: scoped(variable('o', 'number/ratio', 'Theme', { Light: 0.5, Dark: 0.5 }), 'OPACITY'),
      g: scoped(
        variable('g', 'space/gap', 'Theme', { Light: alias('o'), Dark: alias('o') }),
        'GAP',
      ),
    },
  };
  const files = buildFormat(convertVariables(input), 'android-xml');
  const file = (folder: string) => files.find((f) => f.path.includes(`/${folder}/`))!.contents;

  it('write the value: a <dimen> naming an <integer> or a float <item> does not build', () => {
    expect(file('values')).toContain('<dimen name="theme_stroke_width">400dp</dimen>');
    expect(file('values')).toContain('<dimen name="theme_space_gap">0.5dp</dimen>');
    expect(file('values')).not.toMatch(/@(dimen|integer)\//);
  });

  it('and override it where the target’s value changes, though the alias does not', () => {
    expect(file('values-night')).toContain('<dimen name="theme_stroke_width">300dp</dimen>');
  });
});
