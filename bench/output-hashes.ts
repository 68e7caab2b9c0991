/**
 * `tsx bench/output-hashes.ts > before.json`, change the code, run again and `cmp`: a SHA-256
 * per input × conversion option × format × export option (the bench's 5,000 × 4 input, the
 * public fixtures, hostile property-test samples), so a speed-up that changes one byte of any
 * output shows. With a directory argument, the 5,000 × 4 outputs are also written there to diff.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { generateLargeVariables } from '../test/fixtures/figma/generate-large.ts';
import { designSystemVariables } from '../test/fixtures/figma/design-system-variables.ts';
import { hostileInput } from '../test/tokens/hostile-input.ts';
import { convertVariables } from '../src/tokens/convert.ts';
import { buildFormat } from '../src/tokens/formats.ts';
import { FORMAT_IDS, MODE_SELECTORS } from '../src/tokens/catalog.ts';
import type { ConvertOptions } from '../src/tokens/convert.ts';

const inputs: [string, unknown][] = [
  ['large', generateLargeVariables({ variables: 5000, modes: 4 }).meta],
  ['large-small', generateLargeVariables({ variables: 300, modes: 3, seed: 7 }).meta],
  ['design-system', designSystemVariables()],
];
for (const f of readdirSync('test/fixtures/public').filter((n) => n.endsWith('.json')))
  inputs.push([
    f,
    (JSON.parse(readFileSync(`test/fixtures/public/${f}`, 'utf8')) as { meta: unknown }).meta,
  ]);
fc.sample(hostileInput, { numRuns: 60, seed: 1234 }).forEach((input, i) =>
  inputs.push([`hostile-${i}`, input]),
);

const convertOptions: [string, ConvertOptions][] = [
  ['default', {}],
  ['rem', { remUnits: true, includeHidden: false }],
  ['lib', { libraryVariables: 'skip', deletedVariables: 'separate' }],
];
const out: Record<string, string> = {};
const full = process.argv[2];
for (const [name, input] of inputs) {
  for (const [cname, copts] of convertOptions) {
    if (name === 'large' && cname !== 'default') continue;
    const model = convertVariables(structuredClone(input) as never, copts);
    out[`${name}|${cname}|model`] = createHash('sha256')
      .update(JSON.stringify({ ...model, byId: [...model.byId] }))
      .digest('hex');
    for (const format of FORMAT_IDS)
      for (const modeSelector of MODE_SELECTORS)
        for (const codeSyntax of [true, false])
          for (const prefix of ['', 'tp'])
            for (const bundle of format === 'dtcg' ? [false, true] : [false]) {
              if (
                format !== 'css' &&
                format !== 'tailwind' &&
                (modeSelector !== 'data-attribute' || prefix)
              )
                continue;
              const warnings: unknown[] = [];
              const files = buildFormat(model, format, {
                modeSelector,
                codeSyntax,
                prefix,
                bundle,
                warnings: warnings as never,
              });
              const text = JSON.stringify({ files, warnings });
              const key = `${name}|${cname}|${format}|${modeSelector}|${codeSyntax}|${prefix}|${bundle}`;
              out[key] = createHash('sha256').update(text).digest('hex');
              if (full && name === 'large')
                writeFileSync(`${full}/${key.replace(/\|/g, '_')}.json`, text);
            }
  }
}
console.log(JSON.stringify(out, null, 1));
