/**
 * The bench's step 1 (response text → DTCG + CSS at 5,000 × 4) repeated, so a CPU profile shows
 * where that time goes and little else. Under tsx every function is reported at line 1, so
 * bundle it first (names and lines kept), profile the bundle, and sum self time per function:
 *
 *   npx esbuild bench/profile.ts --bundle --platform=node --format=esm --keep-names \
 *     --outfile=/tmp/profile.mjs && node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/profile.mjs \
 *     && node bench/profile-summary.mjs /tmp/prof/*.cpuprofile
 *
 * Self time of built-ins (JSON.stringify, regexes) counts for the function calling them; add
 * `--no-turbo-inlining` to node to stop inlined functions counting for their callers.
 * Options (env): BENCH_VARIABLES (5000), BENCH_MODES (4), PROFILE_RUNS (20).
 */
import { generateLargeVariables } from '../test/fixtures/figma/generate-large.ts';
import { convertVariables } from '../src/tokens/convert.ts';
import { buildFormat } from '../src/tokens/formats.ts';

const VARIABLES = Number(process.env.BENCH_VARIABLES ?? 5000);
const MODES = Number(process.env.BENCH_MODES ?? 4);
const RUNS = Number(process.env.PROFILE_RUNS ?? 20);

const text = JSON.stringify(generateLargeVariables({ variables: VARIABLES, modes: MODES }));
let written = 0;
for (let run = 0; run < RUNS; run++) {
  const model = convertVariables((JSON.parse(text) as { meta: never }).meta);
  // Reading `contents` writes the lazy DTCG files, as the bench and the CLI do.
  for (const format of ['dtcg', 'css'] as const)
    for (const file of buildFormat(model, format)) written += file.contents.length;
}
console.log(`${RUNS} runs, ${written} characters written`);
