/**
 * `npm run bench`: times Tokenport's conversion at a real size (5,000 variables × 4 modes by
 * default) against a reference DTCG engine (Terrazzo: @terrazzo/parser + @terrazzo/plugin-css)
 * fed with our own DTCG output. Prints medians; asserts nothing (numbers, not tests).
 *
 * Options (env): BENCH_VARIABLES, BENCH_MODES, BENCH_RUNS, BENCH_TERRAZZO_VARIABLES,
 * BENCH_TERRAZZO_BUDGET_MS.
 */
import { build, defineConfig, parse } from '@terrazzo/parser';
import css from '@terrazzo/plugin-css';
import { generateLargeVariables } from '../test/fixtures/figma/generate-large.ts';
import { convertVariables } from '../src/tokens/convert.ts';
import { buildFormat } from '../src/tokens/formats.ts';
import { FORMATS } from '../src/tokens/catalog.ts';
import type { FormatId } from '../src/tokens/formats.ts';
import { diffExports } from '../src/tokens/diff/diff-exports.ts';
import { readDtcgExport } from '../src/tokens/dtcg/read.ts';
import { parseTokenInput } from '../src/tokens/import/parse-token-input.ts';
import { buildChangeSet } from '../src/tokens/writeback/build-change-set.ts';

const VARIABLES = Number(process.env.BENCH_VARIABLES ?? 5000);
const MODES = Number(process.env.BENCH_MODES ?? 4);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Terrazzo's resolver path is slow at full size (~50 s measured); one capped run by default. */
const TERRAZZO_BUDGET_MS = Number(process.env.BENCH_TERRAZZO_BUDGET_MS ?? 90_000);

interface Row {
  step: string;
  ms: number;
  terrazzoMs?: number;
  note?: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Warm-up once, then the median of `runs` timed runs. */
async function time<T>(runs: number, fn: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await fn();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result };
}

async function timeOnce<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(2)} MB`
    : `${(bytes / 1024).toFixed(1)} KB`;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Terrazzo: parse our bundled resolver, then plugin-css with one permutation per theme mode. */
async function terrazzoCss(resolverText: string, modeSlugs: readonly string[], modifier: string) {
  const config = defineConfig(
    {
      plugins: [
        css({
          permutations: modeSlugs.map((slug, index) => ({
            input: { [modifier]: slug },
            prepare: (contents: string) =>
              index === 0
                ? `:root {\n${contents}\n}`
                : `[data-${modifier}="${slug}"] {\n${contents}\n}`,
          })),
        }),
      ],
      lint: { rules: {} },
    },
    { cwd: new URL('file:///bench/') },
  );
  const { tokens, sources, resolver } = await parse(
    [{ filename: new URL('file:///bench/tokens.resolver.json'), src: resolverText }],
    {
      config,
      skipLint: true,
    },
  );
  const result = await build(tokens, { sources, config, resolver });
  return result.outputFiles.reduce((sum, file) => sum + bytes(String(file.contents)), 0);
}

interface TerrazzoInput {
  text: string;
  modeSlugs: string[];
  modifier: string;
}

/**
 * Terrazzo rejects an alias whose own `$type` differs from its target's (e.g. a FLOAT typed as
 * opacity aliasing one typed as dimension). DTCG lets an alias take its type from the target, so
 * `$type` is dropped on aliases whose type disagrees; the count is printed.
 */
function alignAliasTypes(resolverText: string): { text: string; fixed: number } {
  const resolver = JSON.parse(resolverText) as Record<string, unknown>;
  const types = new Map<string, string>();
  const aliases: { node: Record<string, unknown>; target: string }[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    const record = node as Record<string, unknown>;
    if ('$value' in record) {
      if (typeof record.$type === 'string') types.set(path.join('.'), record.$type);
      if (typeof record.$value === 'string' && /^\{[^{}]+\}$/.test(record.$value)) {
        aliases.push({ node: record, target: record.$value.slice(1, -1) });
      }
      return;
    }
    for (const [key, child] of Object.entries(record))
      if (!key.startsWith('$')) walk(child, [...path, key]);
  };
  const sources: unknown[] = [];
  for (const set of Object.values(
    (resolver.sets ?? {}) as Record<string, { sources: unknown[] }>,
  )) {
    sources.push(...set.sources);
  }
  const modifiers = (resolver.modifiers ?? {}) as Record<
    string,
    { contexts: Record<string, unknown[]> }
  >;
  for (const modifier of Object.values(modifiers)) {
    for (const context of Object.values(modifier.contexts)) sources.push(...context);
  }
  for (const source of sources) walk(source, []);
  let fixed = 0;
  for (const alias of aliases) {
    const targetType = types.get(alias.target);
    if (targetType !== undefined && alias.node.$type !== targetType) {
      delete alias.node.$type;
      fixed++;
    }
  }
  return { text: JSON.stringify(resolver), fixed };
}

function terrazzoInputFor(variables: number, modes: number): TerrazzoInput & { fixed: number } {
  const model = convertVariables(generateLargeVariables({ variables, modes }).meta);
  const [resolverFile] = buildFormat(model, 'dtcg', { bundle: true }).filter((file) =>
    file.path.endsWith('.resolver.json'),
  );
  if (!resolverFile) throw new Error('the DTCG format produced no resolver');
  const aligned = alignAliasTypes(resolverFile.contents);
  const resolver = JSON.parse(aligned.text) as {
    modifiers?: Record<string, { contexts: Record<string, unknown> }>;
  };
  const [modifier, definition] = Object.entries(resolver.modifiers ?? {})[0] ?? [
    'theme',
    { contexts: {} },
  ];
  return {
    text: aligned.text,
    modeSlugs: Object.keys(definition.contexts),
    modifier,
    fixed: aligned.fixed,
  };
}

async function main() {
  const started = performance.now();
  console.log(
    `Tokenport bench: ${VARIABLES} variables × ${MODES} modes, median of ${RUNS} runs after a warm-up (Node ${process.version})\n`,
  );
  const response = generateLargeVariables({ variables: VARIABLES, modes: MODES });
  const responseText = JSON.stringify(response);
  const rows: Row[] = [];
  const sizes: { what: string; size: number }[] = [
    { what: 'GET /variables/local response', size: bytes(responseText) },
  ];

  const parsed = await time(RUNS, () => JSON.parse(responseText) as typeof response);
  rows.push({ step: `JSON.parse (${kb(bytes(responseText))})`, ms: parsed.ms });
  const converted = await time(RUNS, () => convertVariables(parsed.result.meta));
  rows.push({ step: 'convertVariables', ms: converted.ms });
  const model = converted.result;

  let cssMs = 0;
  for (const format of Object.keys(FORMATS) as FormatId[]) {
    const built = await time(RUNS, () => buildFormat(model, format));
    rows.push({ step: `buildFormat ${format}`, ms: built.ms });
    if (format === 'css') cssMs = built.ms;
    sizes.push({
      what: `${format} (${built.result.length} file${built.result.length === 1 ? '' : 's'})`,
      size: built.result.reduce((sum, file) => sum + bytes(file.contents), 0),
    });
  }
  const bundled = await time(RUNS, () => buildFormat(model, 'dtcg', { bundle: true }));
  rows.push({ step: 'buildFormat dtcg (bundle)', ms: bundled.ms });
  sizes.push({
    what: 'dtcg bundle (tokens.resolver.json)',
    size: bundled.result.reduce((sum, file) => sum + bytes(file.contents), 0),
  });

  // The way back: reading an export, importing it, diffing and planning a write-back.
  const bundleFiles = bundled.result.map((file) => ({ name: file.path, text: file.contents }));
  const read = await time(RUNS, () => readDtcgExport(bundleFiles));
  rows.push({ step: 'readDtcgExport (bundle)', ms: read.ms });
  rows.push({
    step: 'parseTokenInput (bundle)',
    ms: (await time(RUNS, () => parseTokenInput(bundleFiles))).ms,
  });
  rows.push({
    step: 'diffExports (same export)',
    ms: (await time(RUNS, () => diffExports(read.result, read.result))).ms,
  });
  const plan = await time(RUNS, () =>
    buildChangeSet(parsed.result.meta, read.result, { allowDelete: true }),
  );
  rows.push({
    step: `buildChangeSet (round trip: ${plan.result.empty ? 'empty' : 'NOT empty'})`,
    ms: plan.ms,
  });

  // Reference engine. Try the full size once within the budget; if Terrazzo is too slow for
  // that, measure a smaller, capped size and scale our own numbers the same way.
  const ourCssTotal = parsed.ms + converted.ms + cssMs;
  const terrazzoRows: string[] = [];
  const capped = Number(process.env.BENCH_TERRAZZO_VARIABLES ?? 0);
  const sizesToTry = capped > 0 ? [capped] : [500, 1000, VARIABLES];
  let lastTerrazzo: { variables: number; ms: number; ours: number } | undefined;
  for (const variables of sizesToTry) {
    const input = terrazzoInputFor(variables, MODES);
    const smallResponse = JSON.stringify(generateLargeVariables({ variables, modes: MODES }));
    const ours = await time(RUNS, () => {
      const smallModel = convertVariables((JSON.parse(smallResponse) as typeof response).meta);
      return buildFormat(smallModel, 'css');
    });
    let run: { ms: number; result: number };
    try {
      run = await timeOnce(() => terrazzoCss(input.text, input.modeSlugs, input.modifier));
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      terrazzoRows.push(`  ${String(variables).padStart(5)} variables: Terrazzo failed: ${reason}`);
      break;
    }
    if (input.fixed > 0) {
      terrazzoRows.push(
        `  (${input.fixed} alias tokens had a $type differing from their target's; dropped so Terrazzo takes the target's)`,
      );
    }
    terrazzoRows.push(
      `  ${String(variables).padStart(5)} variables: Terrazzo parse+build CSS ${run.ms.toFixed(0)} ms (${kb(run.result)}), Tokenport parse+convert+CSS ${ours.ms.toFixed(1)} ms → ×${(run.ms / ours.ms).toFixed(0)}`,
    );
    lastTerrazzo = { variables, ms: run.ms, ours: ours.ms };
    // Growth is superlinear; stop before the next size would blow the budget.
    const nextSize = sizesToTry[sizesToTry.indexOf(variables) + 1];
    if (nextSize !== undefined && run.ms * (nextSize / variables) ** 2 > TERRAZZO_BUDGET_MS) {
      terrazzoRows.push(
        `  ${String(nextSize).padStart(5)} variables: skipped — at this growth Terrazzo would need about ${((run.ms * (nextSize / variables) ** 2) / 1000).toFixed(0)} s (budget ${TERRAZZO_BUDGET_MS / 1000} s; set BENCH_TERRAZZO_BUDGET_MS to run it)`,
      );
      break;
    }
  }
  if (lastTerrazzo) {
    const row = rows.find((r) => r.step === 'buildFormat css');
    if (row) {
      row.terrazzoMs = lastTerrazzo.ms;
      row.note =
        lastTerrazzo.variables === VARIABLES
          ? 'Terrazzo parse+build vs our parse+convert+css'
          : `Terrazzo at ${lastTerrazzo.variables} variables only`;
    }
  }

  const stepWidth = Math.max(...rows.map((r) => r.step.length), 4);
  console.log(
    `${'step'.padEnd(stepWidth)}  ${'ms'.padStart(9)}  ${'Terrazzo ms'.padStart(11)}  ratio`,
  );
  console.log(`${'-'.repeat(stepWidth)}  ${'-'.repeat(9)}  ${'-'.repeat(11)}  -----`);
  for (const row of rows) {
    const ratio =
      row.terrazzoMs !== undefined
        ? `×${(row.terrazzoMs / (lastTerrazzo?.ours ?? row.ms)).toFixed(0)} faster${row.note ? ` (${row.note})` : ''}`
        : '';
    console.log(
      `${row.step.padEnd(stepWidth)}  ${row.ms.toFixed(2).padStart(9)}  ${row.terrazzoMs !== undefined ? row.terrazzoMs.toFixed(0).padStart(11) : ''.padStart(11)}  ${ratio}`,
    );
  }
  console.log(
    `\nEnd to end, response text → CSS (parse + convert + css): ${ourCssTotal.toFixed(1)} ms`,
  );
  console.log(
    '\nReference engine (same DTCG input: our bundled resolver, one CSS permutation per mode):',
  );
  for (const line of terrazzoRows) console.log(line);
  console.log('\nOutput sizes:');
  for (const entry of sizes)
    console.log(`  ${entry.what.padEnd(40)} ${kb(entry.size).padStart(10)}`);
  console.log(`\nTotal bench time ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await main();
