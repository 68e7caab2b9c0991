/**
 * `npm run bench`: Tokenport's conversion at real sizes, printed side by side with Style
 * Dictionary 4 on the same input. Prints medians (wall clock and process CPU time); asserts
 * nothing (numbers, not tests).
 *
 * 1. Figma's GET /variables/local response text → DTCG + CSS, at 5,000 × 4 (target ≤ 100 ms)
 *    and 50,000 × 4.
 * 2. The same 5,000 × 4 input → CSS through Tokenport and through Style Dictionary 4, with a
 *    check that both CSS files compute the same value for every property in every mode.
 * 3. Every other format and the way back (read, diff, write-back plan), for regressions.
 *
 * Options (env): BENCH_VARIABLES (5000), BENCH_MODES (4), BENCH_RUNS (7),
 * BENCH_LARGE_VARIABLES (50000), BENCH_LARGE_RUNS (3), BENCH_SD_RUNS (3).
 */
import { loadavg } from 'node:os';
import { generateLargeVariables } from '../test/fixtures/figma/generate-large.ts';
import { convertVariables } from '../src/tokens/convert.ts';
import { buildFormat } from '../src/tokens/formats.ts';
import { FORMATS } from '../src/tokens/catalog.ts';
import type { BuildOptions, FormatId, OutputFile } from '../src/tokens/formats.ts';
import type { TokenModel } from '../src/tokens/model.ts';
import { diffExports } from '../src/tokens/diff/diff-exports.ts';
import { readDtcgExport } from '../src/tokens/dtcg/read.ts';
import { parseTokenInput } from '../src/tokens/import/parse-token-input.ts';
import { buildChangeSet } from '../src/tokens/writeback/build-change-set.ts';
import { computedValues, declarationsBySelector, differences } from './css-values.ts';
import { bytes, formatMs, kb, time } from './measure.ts';
import type { Timing } from './measure.ts';
import { permutationsOf, styleDictionaryCss, styleDictionaryInputs } from './style-dictionary.ts';
import type { StyleDictionaryTokens } from './style-dictionary.ts';

const VARIABLES = Number(process.env.BENCH_VARIABLES ?? 5000);
const MODES = Number(process.env.BENCH_MODES ?? 4);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LARGE_VARIABLES = Number(process.env.BENCH_LARGE_VARIABLES ?? 50_000);
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 3);
const SD_RUNS = Number(process.env.BENCH_SD_RUNS ?? 3);
const TARGET_MS = 100;

const count = (n: number) => n.toLocaleString('en-US');
const cell = (timing: Timing<unknown>) =>
  `${formatMs(timing.wallMs).padStart(10)}  ${formatMs(timing.cpuMs).padStart(10)}`;
const HEADER = `${'wall'.padStart(10)}  ${'cpu'.padStart(10)}`;

function responseText(variables: number): string {
  return JSON.stringify(generateLargeVariables({ variables, modes: MODES }));
}

/** Builds a format and writes every file's text (DTCG files are written only when read). */
function written(model: TokenModel, format: FormatId, options: BuildOptions = {}): OutputFile[] {
  const files = buildFormat(model, format, options);
  for (const file of files)
    if (file.contents.length === 0) throw new Error(`${file.path} is empty`);
  return files;
}

/** What the CLI does with a response: parse it, convert it, write DTCG and CSS. */
function toDtcgAndCss(text: string) {
  const model = convertVariables((JSON.parse(text) as { meta: never }).meta);
  return { model, dtcg: written(model, 'dtcg'), css: written(model, 'css') };
}

async function endToEnd(): Promise<TokenModel> {
  console.log(`1. Figma variables response → DTCG + CSS (parse + convert + both formats)\n`);
  console.log(`   ${'input'.padEnd(34)}  ${HEADER}`);
  const text = responseText(VARIABLES);
  const small = await time(RUNS, () => toDtcgAndCss(text));
  const verdict = (ms: number) => (ms <= TARGET_MS ? 'meets' : 'misses');
  console.log(
    `   ${`${count(VARIABLES)} × ${MODES} (${kb(bytes(text))})`.padEnd(34)}  ${cell(small)}  target ≤ ${TARGET_MS} ms: wall ${verdict(small.wallMs)}, cpu ${verdict(small.cpuMs)}`,
  );
  const largeText = responseText(LARGE_VARIABLES);
  const large = await time(LARGE_RUNS, () => toDtcgAndCss(largeText));
  console.log(
    `   ${`${count(LARGE_VARIABLES)} × ${MODES} (${kb(bytes(largeText))})`.padEnd(34)}  ${cell(large)}  (median of ${LARGE_RUNS})`,
  );
  console.log(`\n   Steps at ${count(VARIABLES)} × ${MODES}:`);
  const parsed = await time(RUNS, () => (JSON.parse(text) as { meta: never }).meta);
  const converted = await time(RUNS, () => convertVariables(parsed.result));
  const model = converted.result;
  const steps: [string, Timing<unknown>][] = [
    ['JSON.parse', parsed],
    ['convertVariables', converted],
    ['buildFormat dtcg', await time(RUNS, () => written(model, 'dtcg'))],
    ['buildFormat css', await time(RUNS, () => written(model, 'css'))],
  ];
  for (const [step, timing] of steps) console.log(`   ${step.padEnd(34)}  ${cell(timing)}`);
  return model;
}

async function versusStyleDictionary(model: TokenModel) {
  console.log(
    `\n2. The same ${count(VARIABLES)} × ${MODES} input → CSS, Tokenport and Style Dictionary 4\n`,
  );
  const text = responseText(VARIABLES);
  const ours = await time(RUNS, () =>
    written(convertVariables((JSON.parse(text) as { meta: never }).meta), 'css'),
  );
  const inputs = styleDictionaryInputs(model);
  const sd = await time(SD_RUNS, () =>
    styleDictionaryCss(
      inputs.map((input) => ({
        selector: input.selector,
        tokens: JSON.parse(input.json) as StyleDictionaryTokens,
      })),
    ),
  );
  console.log(`   ${'engine'.padEnd(58)}  ${HEADER}`);
  console.log(
    `   ${'Tokenport: response text → CSS (parse + convert + css)'.padEnd(58)}  ${cell(ours)}`,
  );
  console.log(
    `   ${`Style Dictionary 4: tokens → CSS (${inputs.length} builds, one per mode)`.padEnd(58)}  ${cell(sd)}`,
  );
  console.log(
    `   Tokenport is ×${(sd.wallMs / ours.wallMs).toFixed(1)} faster (wall), ×${(sd.cpuMs / ours.cpuMs).toFixed(1)} (cpu), on the same input`,
  );
  compareCss(model, ours.result[0]!.contents, sd.result);
}

/** Both engines' CSS must compute the same value for every property in every mode. */
function compareCss(model: TokenModel, ourCss: string, sdCss: Map<string, string>) {
  const ourRules = declarationsBySelector(ourCss);
  const root = ourRules.get(':root') ?? new Map<string, string>();
  let properties = 0;
  let total = 0;
  const examples: string[] = [];
  for (const { selector } of permutationsOf(model)) {
    const ours = computedValues(new Map([...root, ...(ourRules.get(selector) ?? [])]));
    const theirs = computedValues(
      declarationsBySelector(sdCss.get(selector) ?? '').get(selector) ?? new Map(),
    );
    const diff = differences(ours, theirs);
    properties = Math.max(properties, ours.size);
    total += diff.count;
    examples.push(...diff.examples.map((line) => `${selector} ${line}`));
  }
  const modes = permutationsOf(model).length;
  console.log(
    total === 0
      ? `   Same CSS values: all ${count(properties)} properties agree in all ${modes} modes (aliases followed).`
      : `   CSS values DIFFER: ${total} property × mode pairs, e.g.\n     ${examples.slice(0, 8).join('\n     ')}`,
  );
}

async function otherSteps(model: TokenModel) {
  console.log(`\n3. Every format and the way back (${count(VARIABLES)} × ${MODES})\n`);
  console.log(`   ${'step'.padEnd(40)}  ${HEADER}  output`);
  const row = (step: string, timing: Timing<unknown>, note = '') =>
    console.log(`   ${step.padEnd(40)}  ${cell(timing)}  ${note}`);
  for (const format of Object.keys(FORMATS) as FormatId[]) {
    const built = await time(RUNS, () => written(model, format));
    const size = built.result.reduce((sum, file) => sum + bytes(file.contents), 0);
    row(`buildFormat ${format}`, built, `${built.result.length} file(s), ${kb(size)}`);
  }
  const bundled = await time(RUNS, () => written(model, 'dtcg', { bundle: true }));
  row('buildFormat dtcg (bundle)', bundled, kb(bytes(bundled.result[0]!.contents)));
  const files = bundled.result.map((file) => ({ name: file.path, text: file.contents }));
  const read = await time(RUNS, () => readDtcgExport(files));
  row('readDtcgExport (bundle)', read);
  row('parseTokenInput (bundle)', await time(RUNS, () => parseTokenInput(files)));
  row('diffExports (same export)', await time(RUNS, () => diffExports(read.result, read.result)));
  const meta = (JSON.parse(responseText(VARIABLES)) as { meta: never }).meta;
  const plan = await time(RUNS, () => buildChangeSet(meta, read.result, { allowDelete: true }));
  row(
    'buildChangeSet (round trip)',
    plan,
    plan.result.empty ? 'empty, as it must be' : 'NOT EMPTY',
  );
}

async function main() {
  const started = performance.now();
  console.log(
    `Tokenport bench: median of ${RUNS} runs after a warm-up unless said (Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)})\n`,
  );
  const model = await endToEnd();
  await versusStyleDictionary(model);
  await otherSteps(model);
  console.log(`\nTotal bench time ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await main();
