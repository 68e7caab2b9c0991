/**
 * The DTCG "Design Tokens Test Suite" (format and resolver, 2025.10), saved under
 * test/fixtures/public/: every invalid file is refused with an input error naming it, every valid
 * file imports with each of its tokens either imported or named in a warning. Terrazzo's parser
 * serves as an independent check: whatever it refuses, Tokenport refuses too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TokenInputError } from '../../src/tokens/import/errors.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import type { ParsedTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import { terrazzoRefuses } from './terrazzo-judge.ts';

const SUITE = join(__dirname, '../fixtures/public/dtcg-community-group-tests');

interface Case {
  suite: 'format' | 'resolver';
  input: string;
  valid: boolean;
  text: string;
}

function cases(suite: Case['suite']): Case[] {
  const manifest = JSON.parse(readFileSync(join(SUITE, suite, 'manifest.json'), 'utf8')) as {
    tests: { input: string; type: string }[];
  };
  return manifest.tests.map((test) => ({
    suite,
    input: test.input,
    valid: test.type === 'PositiveEvaluationTest',
    text: readFileSync(join(SUITE, suite, test.input), 'utf8'),
  }));
}

const ALL = [...cases('format'), ...cases('resolver')];

/**
 * Invalid per the suite, valid per the spec text, so imported on purpose:
 * - the spec's own alias example is `"$ref": "#/colors/blue"` ("references the entire token",
 *   technical-reports/format/aliases.md), which this suite's file calls invalid;
 * - a modifier with one context is a SHOULD in the Resolver module: imported, with a warning.
 */
const ACCEPTED_ON_PURPOSE: Record<string, string | undefined> = {
  'format:negative/references/json-pointer-missing-value.json': undefined,
  'resolver:negative/modifier-single-context.json': 'single-context-modifier',
};

function attempt(test: Case): ParsedTokenInput | TokenInputError {
  try {
    return parseTokenInput([{ name: test.input, text: test.text }]);
  } catch (error) {
    if (error instanceof TokenInputError) return error;
    throw error;
  }
}

/** Token paths as written in a file (objects with $value or a token-level $ref). */
function writtenTokens(json: unknown, path: string[] = [], out: string[][] = []): string[][] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return out;
  const node = json as Record<string, unknown>;
  if ('$value' in node || typeof node.$ref === 'string') {
    out.push(path);
    return out;
  }
  for (const [key, child] of Object.entries(node))
    if (!key.startsWith('$') || key === '$root') writtenTokens(child, [...path, key], out);
  return out;
}

/** Token trees written inline in a resolver (sets, modifier contexts, inline order entries). */
function inlineSources(resolver: Record<string, unknown>): unknown[] {
  const lists: unknown[] = [];
  const records = (value: unknown) =>
    typeof value === 'object' && value !== null ? Object.values(value) : [];
  for (const set of records(resolver.sets)) lists.push((set as { sources?: unknown }).sources);
  for (const modifier of records(resolver.modifiers))
    lists.push(...records((modifier as { contexts?: unknown }).contexts));
  for (const entry of (resolver.resolutionOrder as Record<string, unknown>[] | undefined) ?? []) {
    lists.push(entry.sources);
    lists.push(...records(entry.contexts));
  }
  return lists
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .filter((source) => typeof source === 'object' && source !== null && !('$ref' in source));
}

const terrazzoRefusesCase = (test: Case) =>
  terrazzoRefuses(`${test.suite}/${test.input}`, test.text);

describe('DTCG Design Tokens Test Suite (2025.10)', () => {
  it('refuses every invalid file with an error naming the file (except the documented two)', () => {
    const negatives = ALL.filter((test) => !test.valid);
    expect(negatives).toHaveLength(143);
    const accepted: string[] = [];
    for (const test of negatives) {
      const key = `${test.suite}:${test.input}`;
      const result = attempt(test);
      if (result instanceof TokenInputError) {
        expect(result.file, key).toBe(test.input);
        expect(result.message.startsWith(`${test.input} at $`), key).toBe(true);
        continue;
      }
      accepted.push(key);
      const warning = ACCEPTED_ON_PURPOSE[key];
      if (warning) expect(result.warnings.map((w) => w.code)).toContain(warning);
    }
    expect(accepted.sort()).toEqual(Object.keys(ACCEPTED_ON_PURPOSE).sort());
  });

  it('imports every valid file, each token imported or named in a warning', () => {
    const positives = ALL.filter((test) => test.valid);
    expect(positives).toHaveLength(100);
    for (const test of positives) {
      const result = attempt(test);
      if (result instanceof TokenInputError) throw result;
      const names = new Set(
        [
          ...Object.values(result.input.variables),
          ...Object.values(result.input.composites ?? {}),
        ].map((v) => v.name),
      );
      const warned = new Set(result.warnings.map((w) => w.variable));
      const json = JSON.parse(test.text) as Record<string, unknown>;
      const trees = test.suite === 'resolver' ? inlineSources(json) : [json];
      for (const path of trees.flatMap((tree) => writtenTokens(tree))) {
        const name = path.join('/');
        const seen =
          names.has(name) ||
          warned.has(name) ||
          names.has(path.slice(1).join('/')) ||
          warned.has(path.slice(1).join('/'));
        expect(seen, `${test.input}: ${name}`).toBe(true);
      }
    }
  });

  it('refuses at least every invalid file that Terrazzo refuses', async () => {
    // The harness itself must let Terrazzo accept a valid file, or "refused" would mean nothing.
    expect(await terrazzoRefusesCase(ALL.find((test) => test.valid)!)).toBe(false);
    const missed: string[] = [];
    let terrazzoRefused = 0;
    for (const test of ALL.filter((t) => !t.valid)) {
      if (!(await terrazzoRefusesCase(test))) continue;
      terrazzoRefused++;
      if (!(attempt(test) instanceof TokenInputError)) missed.push(test.input);
    }
    expect(terrazzoRefused).toBeGreaterThan(0);
    const onPurpose = Object.keys(ACCEPTED_ON_PURPOSE).map((key) => key.split(':')[1]);
    expect(missed.filter((input) => !onPurpose.includes(input))).toEqual([]);
  });
});
