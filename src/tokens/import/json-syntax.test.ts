import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem } from './json-syntax.ts';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Valid JSON with a character deleted, or a fragment replacing or inserted: mostly invalid, not always. */
const damagedJson = fc
  .tuple(
    fc.json({ maxDepth: 4 }),
    fc.nat(),
    fc.constantFrom('delete', 'replace', 'insert'),
    // Fragments each near one of JSON's rules (escapes, numbers, literals, separators).
    fc.constantFrom(
      ...['\\x', '\\u12', '\\u00e9', "'", ',]', ',}', '01', '-', '1.', '.5', '1e', '1e+'],
      ...['tru', 'nul', 'NaN', '\n', '\t', '\u0001', '\u2028', '}', ']', ':', '"', ',', ' '],
    ),
  )
  .map(([text, at, edit, chars]) => {
    const i = at % (text.length + 1);
    if (edit === 'delete') return text.slice(0, i) + text.slice(i + 1);
    if (edit === 'replace') return text.slice(0, i) + chars + text.slice(i + 1);
    return text.slice(0, i) + chars + text.slice(i);
  });

describe('findJsonSyntaxProblem', () => {
  it('agrees with the engine on what is valid JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 4 }), damagedJson), (text) => {
        expect(findJsonSyntaxProblem(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('points inside the text it was given', () => {
    fc.assert(
      fc.property(damagedJson, (text) => {
        const problem = findJsonSyntaxProblem(text);
        if (problem) expect(problem.offset).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it('reads a document nested 100,000 levels deep without recursion', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(findJsonSyntaxProblem(deep)).toBeUndefined();
    expect(findJsonSyntaxProblem(deep.slice(0, -1))).toMatchObject({ message: /end of input/ });
  });
});
