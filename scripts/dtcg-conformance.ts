/**
 * Prints how Tokenport and Terrazzo's parser answer the DTCG "Design Tokens Test Suite" saved in
 * test/fixtures/public/dtcg-community-group-tests: invalid files refused, valid files accepted.
 * Run: npx tsx scripts/dtcg-conformance.ts (the pass/fail rules live in
 * test/tokens/dtcg-conformance.test.ts; this prints the numbers side by side).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { terrazzoRefuses, tokenportRefusal } from '../test/tokens/terrazzo-judge.ts';

const SUITE = join(import.meta.dirname, '../test/fixtures/public/dtcg-community-group-tests');

for (const suite of ['format', 'resolver']) {
  const manifest = JSON.parse(readFileSync(join(SUITE, suite, 'manifest.json'), 'utf8')) as {
    tests: { input: string; type: string }[];
  };
  const count = { invalid: 0, valid: 0, tokenport: [0, 0], terrazzo: [0, 0] };
  for (const test of manifest.tests) {
    const text = readFileSync(join(SUITE, suite, test.input), 'utf8');
    const valid = test.type === 'PositiveEvaluationTest';
    const slot = valid ? 1 : 0;
    if (valid) count.valid++;
    else count.invalid++;
    // Refusals of invalid files count in slot 0, acceptances of valid files in slot 1.
    if ((tokenportRefusal(test.input, text) !== undefined) !== valid) count.tokenport[slot]!++;
    if ((await terrazzoRefuses(`${suite}/${test.input}`, text)) !== valid) count.terrazzo[slot]!++;
  }
  console.log(
    `${suite}: invalid refused — Tokenport ${count.tokenport[0]}/${count.invalid}, Terrazzo ${count.terrazzo[0]}/${count.invalid}; ` +
      `valid accepted — Tokenport ${count.tokenport[1]}/${count.valid}, Terrazzo ${count.terrazzo[1]}/${count.valid}`,
  );
}
