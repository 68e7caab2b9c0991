/**
 * The CLI on public files nobody on this project wrote (test/fixtures/public/README.md), run as a
 * user runs it: `node --import tsx src/cli/index.ts export …` in a child process. Every input
 * (collection, mode, token) value must come out in the DTCG export with the same value, or the
 * run must stop with an error naming the file, the JSON path and the rule.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCliSource } from './run-process.ts';

const PUBLIC = join(ROOT, 'test/fixtures/public');
const FIGMA_SYNC = join(PUBLIC, 'figma-variables-github-action-example');

const cli = runCliSource;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `(collection, mode, name) → comparable value` for every token written in a tree. */
function tokensOf(
  tree: unknown,
  visit: (path: string[], token: Json) => void,
  path: string[] = [],
) {
  if (!isObject(tree)) return;
  if ('$value' in tree) return visit(path, tree);
  for (const [key, child] of Object.entries(tree))
    if (!key.startsWith('$')) tokensOf(child, visit, [...path, key]);
}

/** One spelling per value: px dimensions and plain numbers alike, colours as lowercase hex. */
function comparable(value: unknown, dropAliasRoot: boolean): string {
  if (typeof value === 'string' && /^\{.+\}$/.test(value)) {
    const parts = value.slice(1, -1).split('.');
    return `alias:${(dropAliasRoot ? parts.slice(1) : parts).join('.')}`;
  }
  if (typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)) return value.toLowerCase();
  if (
    isObject(value) &&
    typeof value.hex === 'string' &&
    value.alpha !== undefined &&
    value.alpha !== 1
  )
    return `${value.hex.toLowerCase()}/${String(value.alpha)}`;
  if (isObject(value) && typeof value.hex === 'string') return value.hex.toLowerCase();
  if (isObject(value) && value.unit === 'px') return String(value.value);
  return JSON.stringify(value);
}

async function figmaSyncInput(): Promise<Map<string, string>> {
  const values = new Map<string, string>();
  for (const file of await readdir(FIGMA_SYNC)) {
    const [collection, mode] = file.split('.');
    const json = JSON.parse(await readFile(join(FIGMA_SYNC, file), 'utf8')) as unknown;
    tokensOf(json, (path, token) =>
      values.set(`${collection}|${mode}|${path.join('/')}`, comparable(token.$value, false)),
    );
  }
  return values;
}

/** Reads a Tokenport DTCG export back through its resolver's collection and mode names. */
async function exportedValues(out: string): Promise<Map<string, string>> {
  const resolver = JSON.parse(await readFile(join(out, 'tokens.resolver.json'), 'utf8')) as Json;
  const figma = (resolver.$extensions as Json)['com.figma'] as {
    collections: Record<string, { name: string; modes: Record<string, { name: string }> }>;
  };
  const values = new Map<string, string>();
  for (const [slug, collection] of Object.entries(figma.collections)) {
    const modes = Object.entries(collection.modes);
    for (const [modeSlug, mode] of modes) {
      const file =
        modes.length === 1
          ? `tokens/${slug}.tokens.json`
          : `tokens/${slug}/${modeSlug}.tokens.json`;
      const json = JSON.parse(await readFile(join(out, file), 'utf8')) as unknown;
      tokensOf(json, (_path, token) => {
        const name = ((token.$extensions as Json)['com.figma'] as { name: string }).name;
        values.set(`${collection.name}|${mode.name}|${name}`, comparable(token.$value, true));
      });
    }
  }
  return values;
}

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tokenport-public-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('tokenport CLI on public inputs', () => {
  it("reads Figma's <Collection>.<Mode>.json sync layout as collections with modes, losing nothing", async () => {
    const out = join(work, 'figma-sync');
    const result = await cli([
      'export',
      '--input',
      FIGMA_SYNC,
      '--out',
      out,
      '--format',
      'dtcg,css',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const input = await figmaSyncInput();
    expect(input.size).toBe(104);
    expect(await exportedValues(out)).toEqual(input);
    expect(result.stdout).toContain('54 variables');
    // The only warnings name the draft-format colour strings, one per file that has them, and
    // the default mode of a collection whose mode names do not give it.
    const warnings = result.stderr.split('\n').filter((line) => line.startsWith('warning:'));
    expect(warnings.filter((line) => line.includes('"#rrggbb" strings'))).toEqual([
      expect.stringContaining('Primitives — Completed.Brutal Theme.json'),
      expect.stringContaining('Primitives — Completed.Modern Theme.json'),
    ]);
    // "Tokens — Completed" has Dark and Light: Light is the default by its name.
    expect(warnings.filter((line) => line.includes('is the default'))).toEqual([
      expect.stringContaining(
        '"Primitives — Completed" is the default; the first file\'s, "Brutal Theme"',
      ),
    ]);
    expect(warnings).toHaveLength(3);
    const css = await readFile(join(out, 'tokens.css'), 'utf8');
    // One block per non-default mode of each collection, not one collection per file.
    expect(css).toMatch(/\[data-tokens-completed="dark"\]/);
    expect(css).toMatch(/\[data-primitives-completed="modern-theme"\]/);
  });

  it('turns those warnings into exit 1 with --strict', async () => {
    const result = await cli([
      'export',
      '--input',
      FIGMA_SYNC,
      '--out',
      join(work, 'strict'),
      '--strict',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^warning: .*"#rrggbb" strings/m);
  });

  it("refuses the spec playground's Figma SDS example, naming every token's file, path and rule", async () => {
    const typographyFile = join(PUBLIC, 'dtcg-playground-figma-sds/base/typography.tokens.json');
    const result = await cli([
      'export',
      '--input',
      join(PUBLIC, 'dtcg-playground-figma-sds/sds.resolver.json'),
      '--out',
      join(work, 'sds'),
    ]);
    expect(result.code).toBe(2);
    // Every typography token there lacks letterSpacing: each is named, so one pass fixes them all.
    const lacking: string[] = [];
    tokensOf(JSON.parse(await readFile(typographyFile, 'utf8')), (path, token) => {
      // Typography values are the composites with a fontSize (the file's other objects are dimensions).
      if (
        isObject(token.$value) &&
        'fontSize' in token.$value &&
        !('letterSpacing' in token.$value)
      )
        lacking.push(`$.${path.join('.')}.$value`);
    });
    expect(lacking.length).toBeGreaterThan(1);
    expect(result.stderr.trim().split('\n')).toEqual(
      lacking.map(
        (jsonPath) =>
          `tokenport: ${typographyFile} at ${jsonPath}: "letterSpacing" is missing (rule: typography)`,
      ),
    );
    await expect(readdir(join(work, 'sds'))).rejects.toThrow();
  });

  it('lists the first 21 problems of a file with many, then counts the rest', async () => {
    const file = join(work, 'draft-dimensions.tokens.json');
    const space = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`s${i}`, { $type: 'dimension', $value: `${i}px` }]),
    );
    await writeFile(file, JSON.stringify({ space }));
    const result = await cli(['export', '--input', file, '--out', join(work, 'draft')]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines.slice(0, 21)).toEqual(
      Array.from(
        { length: 21 },
        (_, i) =>
          `tokenport: ${file} at $.space.s${i}.$value: a dimension is an object {value, unit}: write {"value": ${i}, "unit": "px"} for the pre-2025.10 string "${i}px" (rule: dimension)`,
      ),
    );
    expect(lines.slice(21)).toEqual(['tokenport: … and 9 more problems like these']);
  });

  it('never reads a resolver reference outside its folder', async () => {
    const root = join(work, 'escape');
    await mkdir(join(root, 'in'), { recursive: true });
    await mkdir(join(root, 'secret'), { recursive: true });
    await writeFile(join(root, 'secret/creds.json'), '{"password": "hunter2-secret"}');
    await writeFile(
      join(root, 'in/tokens.resolver.json'),
      JSON.stringify({
        version: '2025.10',
        sets: { leak: { sources: [{ $ref: '../secret/creds.json' }] } },
        resolutionOrder: [{ $ref: '#/sets/leak' }],
      }),
    );
    const result = await cli(['export', '--input', join(root, 'in'), '--out', join(root, 'out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'tokens.resolver.json at $.sets.leak.sources[0].$ref: "../secret/creds.json" leaves the resolver\'s folder',
    );
    expect(result.stdout + result.stderr).not.toContain('hunter2');
  });

  it('follows `..` to a file given as input: the folder holding both the resolver and its tokens', async () => {
    // Infomaniak/design-system keeps resolvers/ beside tokens/; given their parent, it was refused.
    const root = join(work, 'beside');
    await mkdir(join(root, 'resolvers'), { recursive: true });
    await mkdir(join(root, 'tokens'), { recursive: true });
    await writeFile(
      join(root, 'tokens/a.tokens.json'),
      JSON.stringify({ x: { $type: 'number', $value: 7 } }),
    );
    await writeFile(
      join(root, 'resolvers/a.resolver.json'),
      JSON.stringify({
        version: '2025.10',
        sets: { s: { sources: [{ $ref: '../tokens/a.tokens.json' }] } },
        resolutionOrder: [{ $ref: '#/sets/s' }],
      }),
    );
    const out = join(root, 'out');
    const result = await cli(['export', '--input', root, '--out', out, '--format', 'css']);
    expect(result.stderr).not.toContain('leaves');
    expect(result.code).toBe(0);
    expect(await readFile(join(out, 'tokens.css'), 'utf8')).toContain('--s-x: 7;');
    // Given the resolver alone, the file above its folder is neither read nor guessed.
    const alone = await cli([
      'export',
      '--input',
      join(root, 'resolvers/a.resolver.json'),
      '--out',
      join(root, 'out2'),
    ]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('"../tokens/a.tokens.json" leaves the resolver\'s folder');
    // A URL or an absolute path is never followed, `..` in it or not.
    for (const [ref, why] of [
      ['https:/../tokens/a.tokens.json', 'is a URL'],
      ['/../tokens/a.tokens.json', 'is an absolute path'],
    ]) {
      await writeFile(
        join(root, 'resolvers/a.resolver.json'),
        JSON.stringify({
          version: '2025.10',
          sets: { s: { sources: [{ $ref: ref }] } },
          resolutionOrder: [{ $ref: '#/sets/s' }],
        }),
      );
      const odd = await cli(['export', '--input', root, '--out', join(root, 'out3')]);
      expect(odd.code, ref).toBe(2);
      expect(odd.stderr, ref).toContain(`"${ref}" ${why}`);
    }
  });
});
