/**
 * A resolver's every permutation, resolved twice: by Terrazzo's parser (an independent reading of
 * DTCG 2025.10's resolution rules) and by following Tokenport's converted variables the way CSS
 * and Figma do (each collection in the mode its modifier's context names, aliases across
 * collections). Where two modifiers set one token and the later leaves a context unset, the
 * resolved value changes with the earlier modifier; one copied value would differ here.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig, Logger, parse } from '@terrazzo/parser';
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { readDtcgExport } from '../../src/tokens/dtcg/read.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import type { TokenInputFile } from '../../src/tokens/import/parse-token-input.ts';
import type { ModelToken, TokenModel } from '../../src/tokens/model.ts';

const PUBLIC = fileURLToPath(new URL('../fixtures/public/', import.meta.url));

type Permutation = Record<string, string>;
interface Resolved {
  $type?: string;
  $value: unknown;
}

/** Terrazzo's resolved token set for every permutation it lists (defaults included). */
async function terrazzoPermutations(resolverPath: string) {
  const cwd = pathToFileURL(resolverPath.replace(/[^/]*$/, ''));
  const config = defineConfig({}, { cwd });
  const result = (await parse(
    [{ filename: pathToFileURL(resolverPath), src: await readFile(resolverPath, 'utf8') }],
    {
      config,
      logger: new Logger({ level: 'error' }),
      req: async (url: URL) => readFile(fileURLToPath(url), 'utf8'),
    } as Parameters<typeof parse>[1],
  )) as unknown as {
    resolver: {
      listPermutations: () => Permutation[];
      apply: (input: Permutation) => Record<string, Resolved>;
    };
  };
  return result.resolver
    .listPermutations()
    .map((permutation) => ({ permutation, tokens: result.resolver.apply(permutation) }));
}

/** Figma's form of a resolved DTCG value, for the types a variable holds as a number or colour. */
function figmaForm(
  token: Resolved,
): number | { r: number; g: number; b: number; a: number } | undefined {
  const value = token.$value as Record<string, unknown> | number;
  switch (token.$type) {
    case 'number':
    case 'fontWeight':
      return typeof value === 'number' ? value : undefined;
    case 'dimension': {
      const { value: amount, unit } = value as { value: number; unit: string };
      return unit === 'rem' ? amount * 16 : amount;
    }
    case 'color': {
      const { colorSpace, components, alpha } = value as {
        colorSpace: string;
        components: number[];
        alpha?: number;
      };
      if (colorSpace !== 'srgb') return undefined;
      const [r, g, b] = components;
      return { r: r!, g: g!, b: b!, a: alpha ?? 1 };
    }
    default:
      return undefined;
  }
}

/** The value a variable takes with each collection in the mode the permutation names. */
function valueIn(model: TokenModel, token: ModelToken, permutation: Permutation): unknown {
  let current: ModelToken | undefined = token;
  for (let hops = 0; current && hops < 32; hops++) {
    const collection = model.collections.find((c) => c.id === current!.collectionId)!;
    const context = permutation[collection.name];
    // A set has one mode; a modifier's context must be found by name, or a misnamed mode would
    // quietly compare the default mode's values instead.
    const mode =
      context === undefined
        ? collection.modes.find((m) => m.id === collection.defaultModeId)!
        : collection.modes.find((m) => m.name === context);
    if (!mode) throw new Error(`“${collection.name}” has no mode named “${context}”`);
    const value = current.values[mode.id];
    if (value?.kind !== 'alias') return value?.value;
    current = model.byId.get(value.targetId);
  }
  return undefined;
}

/** The model holds colours in DTCG's form; Figma's `{r, g, b, a}` is compared. */
function asFigma(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('components' in value)) return value;
  const { components, alpha } = value as { components: number[]; alpha?: number };
  return { r: components[0], g: components[1], b: components[2], a: alpha ?? 1 };
}

const round = (value: unknown): unknown =>
  typeof value === 'number'
    ? Math.round(value * 1000) / 1000
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, round(inner)]))
      : value;

async function filesUnder(resolverPath: string): Promise<TokenInputFile[]> {
  const resolverText = await readFile(resolverPath, 'utf8');
  const folder = resolverPath.replace(/[^/]*$/, '');
  const refs = [...resolverText.matchAll(/"\$ref"\s*:\s*"(\.\/[^"#]+)"/g)].map((m) => m[1]!);
  const files = await Promise.all(
    [...new Set(refs)].map(async (ref) => ({
      name: join(folder, ref),
      text: await readFile(join(folder, ref), 'utf8'),
    })),
  );
  return [{ name: resolverPath, text: resolverText }, ...files];
}

/** Every comparable token in every permutation: Terrazzo's value beside Tokenport's. */
async function compare(resolverPath: string, files: TokenInputFile[]) {
  const read = readDtcgExport(files);
  const parsed = parseTokenInput(files);
  const model = convertVariables(parsed.input);
  // The token a path names is the one no later layer overrides (read's `overridden`).
  // Terrazzo names a group's `$root` token by the group's path.
  const keyByPath = new Map(
    Object.values(read.tokens)
      .filter((token) => !token.overridden)
      .map((token) => [token.pathString.replace(/\.\$root$/, ''), token.key]),
  );
  let compared = 0;
  const differences: string[] = [];
  const missing = new Set<string>();
  for (const { permutation, tokens } of await terrazzoPermutations(resolverPath)) {
    for (const [id, resolved] of Object.entries(tokens)) {
      const expected = figmaForm(resolved);
      if (expected === undefined) continue;
      const token = model.byId.get(keyByPath.get(id) ?? '');
      if (!token) {
        missing.add(id);
        continue;
      }
      const actual = asFigma(valueIn(model, token, permutation));
      compared++;
      if (JSON.stringify(round(actual)) !== JSON.stringify(round(expected)))
        differences.push(
          `${id} in ${JSON.stringify(permutation)}: Terrazzo ${JSON.stringify(round(expected))}, Tokenport ${JSON.stringify(round(actual))}`,
        );
    }
  }
  // A token Figma cannot hold (an alias to a value it cannot) is left out, but never unsaid.
  const unsaid = [...missing].filter(
    (id) => !parsed.warnings.some((w) => w.variable === id.replaceAll('.', '/')),
  );
  return { compared, differences, missing: [...missing], unsaid };
}

describe('resolver permutations: Tokenport’s variables resolve as Terrazzo resolves the file', () => {
  it('dispersa’s multi-format example: three modifiers that set the same tokens', async () => {
    const resolverPath = join(PUBLIC, 'dispersa-multi-format/tokens.resolver.json');
    const { compared, differences, unsaid } = await compare(
      resolverPath,
      await filesUnder(resolverPath),
    );
    // 16 permutations (4 themes × 2 platforms × 2 densities) of ~100 numeric and colour tokens.
    expect(compared).toBeGreaterThan(1000);
    expect(differences).toEqual([]);
    expect(unsaid).toEqual([]);
  });

  /** Terrazzo reads the resolver from disk; the same text is handed to Tokenport. */
  async function compareInline(resolver: unknown) {
    const folder = await mkdtemp(join(tmpdir(), 'tokenport-resolver-'));
    const path = join(folder, 'inline.resolver.json');
    const text = JSON.stringify(resolver);
    await writeFile(path, text);
    try {
      return await compare(path, [{ name: path, text }]);
    } finally {
      await rm(folder, { recursive: true });
    }
  }
  const size = (value: number) => ({ size: { $type: 'dimension', $value: { value, unit: 'px' } } });
  const base = {
    sources: [
      {
        size: { $type: 'dimension', $value: { value: 1, unit: 'px' } },
        gap: { $type: 'dimension', $value: '{size}' },
      },
    ],
  };

  it('a token three modifiers set, each leaving contexts unset, aliased from a set', async () => {
    const { compared, differences, missing } = await compareInline({
      version: '2025.10',
      sets: { base },
      modifiers: {
        platform: { default: 'web', contexts: { web: [size(10)], ios: [size(20)], tv: [] } },
        density: { default: 'regular', contexts: { regular: [], compact: [size(5)] } },
        theme: { default: 'light', contexts: { light: [], dark: [size(99)] } },
      },
      resolutionOrder: [
        { $ref: '#/sets/base' },
        { $ref: '#/modifiers/platform' },
        { $ref: '#/modifiers/density' },
        { $ref: '#/modifiers/theme' },
      ],
    });
    // size and gap in 3 × 2 × 2 permutations.
    expect(missing).toEqual([]);
    expect(compared).toBe(2 * 3 * 2 * 2);
    expect(differences).toEqual([]);
  });

  const gray = (level: number) => ({
    colorSpace: 'srgb',
    components: [level, level, level],
    alpha: 1,
  });

  it('$extends of a group a modifier sets follows the chosen context, as the merge does', async () => {
    const surface = (level: number) => [
      { surface: { $type: 'color', bg: { $value: gray(level) } } },
    ];
    const { compared, differences, missing } = await compareInline({
      version: '2025.10',
      sets: { comp: { sources: [{ card: { $extends: '{surface}' } }] } },
      modifiers: { theme: { default: 'light', contexts: { light: surface(1), dark: surface(0) } } },
      resolutionOrder: [{ $ref: '#/modifiers/theme' }, { $ref: '#/sets/comp' }],
    });
    // surface.bg and card.bg, light and dark: a copy of light's white was dark's value too.
    expect(missing).toEqual([]);
    expect(compared).toBe(2 * 2);
    expect(differences).toEqual([]);
  });

  it('$extends takes members a modifier’s other context adds, as that context’s merge does', async () => {
    const { compared, differences, missing } = await compareInline({
      version: '2025.10',
      sets: {
        base: { sources: [{ button: { $type: 'color', bg: { $value: gray(1) } } }] },
        comp: { sources: [{ card: { $extends: '{button}' } }] },
      },
      modifiers: {
        theme: {
          default: 'light',
          contexts: {
            light: [],
            dark: [
              {
                button: { $type: 'color', bg: { $value: gray(0) }, border: { $value: gray(0.5) } },
              },
            ],
          },
        },
      },
      resolutionOrder: [
        { $ref: '#/sets/base' },
        { $ref: '#/modifiers/theme' },
        { $ref: '#/sets/comp' },
      ],
    });
    // light: button.bg, card.bg; dark: those and button.border, card.border.
    expect(missing).toEqual([]);
    expect(compared).toBe(2 + 4);
    expect(differences).toEqual([]);
  });

  it('a group’s $type given by an earlier source types a later source’s tokens, as the merge does', async () => {
    // Refused before: "no $type on the token, its groups or its alias target".
    const { compared, differences, missing } = await compareInline({
      version: '2025.10',
      sets: {
        base: { sources: [{ color: { $type: 'color', red: { $value: gray(0.9) } } }] },
        brand: { sources: [{ color: { blue: { $value: gray(0.1) } } }] },
      },
      resolutionOrder: [{ $ref: '#/sets/base' }, { $ref: '#/sets/brand' }],
    });
    expect(missing).toEqual([]);
    expect(compared).toBe(2);
    expect(differences).toEqual([]);
  });

  it('$extends takes the group as every earlier source and the file itself merge it', async () => {
    const { compared, differences, missing } = await compareInline({
      version: '2025.10',
      sets: {
        base: { sources: [{ button: { $type: 'color', bg: { $value: gray(0.2) } } }] },
        brand: {
          sources: [
            {
              button: { $type: 'color', fg: { $value: gray(1) } },
              primary: { $extends: '{button}' },
            },
          ],
        },
      },
      resolutionOrder: [{ $ref: '#/sets/base' }, { $ref: '#/sets/brand' }],
    });
    // button.bg, button.fg, primary.bg (base's), primary.fg (brand's).
    expect(missing).toEqual([]);
    expect(compared).toBe(4);
    expect(differences).toEqual([]);
  });

  it('an earlier modifier that sets a token in one context only, the rest falling to a set', async () => {
    // platform's "ios" keeps the base's 1px: a copy of platform's default (10px) would be wrong.
    const { compared, differences } = await compareInline({
      version: '2025.10',
      sets: { base },
      modifiers: {
        platform: { default: 'web', contexts: { web: [size(10)], ios: [] } },
        density: { default: 'regular', contexts: { regular: [], compact: [size(5)] } },
      },
      resolutionOrder: [
        { $ref: '#/sets/base' },
        { $ref: '#/modifiers/platform' },
        { $ref: '#/modifiers/density' },
      ],
    });
    expect(compared).toBe(2 * 2 * 2);
    expect(differences).toEqual([]);
  });

  it('two modifiers that each set a token in one context only: where neither does, it is named', async () => {
    // Found against Terrazzo in Chromium: desktop + comfortable has no `pad`, yet it silently took
    // mobile's value (dispersa's button padding was 64px there). Outputs with a base still give
    // one, but the warning says so, and comfortable follows the platform instead of a copy.
    const pad = (ref: string) => [{ pad: { $type: 'dimension', $value: ref } }];
    const resolver = {
      version: '2025.10',
      sets: {
        base: {
          sources: [
            {
              s: { $type: 'dimension', $value: { value: 4, unit: 'px' } },
              l: { $type: 'dimension', $value: { value: 16, unit: 'px' } },
            },
          ],
        },
      },
      modifiers: {
        platform: { default: 'desktop', contexts: { desktop: [], mobile: pad('{l}') } },
        density: { default: 'comfortable', contexts: { comfortable: [], compact: pad('{s}') } },
      },
      resolutionOrder: [
        { $ref: '#/sets/base' },
        { $ref: '#/modifiers/platform' },
        { $ref: '#/modifiers/density' },
      ],
    };
    const { compared, differences } = await compareInline(resolver);
    expect(compared).toBeGreaterThan(0);
    expect(differences).toEqual([]);
    const parsed = parseTokenInput([{ name: 'two.resolver.json', text: JSON.stringify(resolver) }]);
    const model = convertVariables(parsed.input);
    const pads = model.tokens.filter((token) => token.name === 'pad');
    expect(
      pads.map((token) => model.collections.find((c) => c.id === token.collectionId)?.name),
    ).toEqual(['platform', 'density']);
    expect(model.warnings.map((w) => w.message)).toContain(
      '“pad” has no value in the default mode “desktop”: CSS :root, SCSS, Tailwind and Android values/, which need one, use its “mobile” value there; the other outputs leave that mode out.',
    );
  });

  it('a token in one context only: the other contexts’ warning says outputs with a base take it', () => {
    const gap = { gap: { $type: 'dimension', $value: { value: 12, unit: 'px' } } };
    const parsed = parseTokenInput([
      {
        name: 'one.resolver.json',
        text: JSON.stringify({
          version: '2025.10',
          modifiers: {
            theme: { default: 'light', contexts: { light: [], dark: [], contrast: [gap] } },
          },
          resolutionOrder: [{ $ref: '#/modifiers/theme' }],
        }),
      },
    ]);
    expect(convertVariables(parsed.input).warnings.map((w) => w.message)).toContain(
      '“gap” has no value for mode “dark” nor for the default mode: CSS, SCSS, Tailwind and Android take their base value there; the other outputs leave that mode out.',
    );
  });
});
