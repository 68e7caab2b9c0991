/**
 * Validation as a property: generated DTCG 2025.10 documents (hostile group and token names, every
 * value type) import, and the same document with any one value made invalid is refused with an
 * error naming the file and that token's `$value`. Terrazzo's parser judges independently that each
 * generated document is valid and each mutation is not, so the generators cannot drift into
 * testing Tokenport against its own idea of the format.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childPath, TokenInputError } from '../../src/tokens/import/errors.ts';
import { hostileSegment } from './hostile-input.ts';
import { terrazzoRefuses, tokenportRefusal } from './terrazzo-judge.ts';

const FILE = 'tokens.json';

/** DTCG names may not contain `{`, `}` or `.`, nor start with `$`. */
const tokenName = hostileSegment.filter((name) => !/[{}.]/.test(name) && !name.startsWith('$'));

/** Font family names; a `{` would read as an alias. */
const family = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 -]{0,15}$/);
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });

type Typed = { $type: string; $value: unknown };
const typed =
  (type: string) =>
  (value: unknown): Typed => ({ $type: type, $value: value });

const validToken: fc.Arbitrary<Typed> = fc.oneof(
  fc
    .record({ components: fc.tuple(unit, unit, unit), alpha: unit })
    .map(({ components, alpha }) => ({ colorSpace: 'srgb', components, alpha }))
    .map(typed('color')),
  fc.record({ value: finite, unit: fc.constantFrom('px', 'rem') }).map(typed('dimension')),
  fc
    .record({
      value: fc.double({ min: 0, max: 1e5, noNaN: true }),
      unit: fc.constantFrom('ms', 's'),
    })
    .map(typed('duration')),
  finite.map(typed('number')),
  fc
    // Up to 999, not the format's 1000: Terrazzo's lint allows 0–999.
    .oneof(fc.integer({ min: 1, max: 999 }), fc.constantFrom('thin', 'regular', 'bold', 'black'))
    .map(typed('fontWeight')),
  fc.tuple(unit, finite, unit, finite).map(typed('cubicBezier')),
  fc.oneof(family, fc.array(family, { minLength: 1, maxLength: 3 })).map(typed('fontFamily')),
);

/** One invalid value per rule of the format, for a token of the given type. */
const INVALID: Record<string, fc.Arbitrary<unknown>> = {
  color: fc.oneof(
    fc.double({ min: 1.01, max: 10, noNaN: true }).map((alpha) => ({
      colorSpace: 'srgb',
      components: [0, 0, 0],
      alpha,
    })),
    fc.double({ min: 1.01, max: 255, noNaN: true }).map((red) => ({
      colorSpace: 'srgb',
      components: [red, 0, 0],
    })),
    fc.constant({ colorSpace: 'cmyk', components: [0, 0, 0] }),
    fc.constant({ colorSpace: 'srgb', components: [0, 0] }),
    fc.constant(42),
  ),
  dimension: fc.oneof(
    // Not `em`: the format allows px and rem only, but Terrazzo accepts em as an extension.
    fc.constantFrom('%', 'pt', '').map((u) => ({ value: 4, unit: u })),
    fc.constant({ value: '4', unit: 'px' }),
    fc.constant('4px'),
  ),
  duration: fc.oneof(
    fc.constantFrom('sec', 'min', 'px').map((u) => ({ value: 100, unit: u })),
    fc.constant({ value: '100', unit: 'ms' }),
  ),
  number: fc.oneof(finite.map(String), fc.boolean(), fc.constant({ value: 1 })),
  fontWeight: fc.oneof(
    fc.integer({ min: 1001, max: 100_000 }),
    // Not 0: outside the format's [1, 1000], but Terrazzo accepts it.
    fc.integer({ min: -1000, max: -1 }),
    fc.constantFrom('super-bold', 'Bold', 'heavier'),
  ),
  cubicBezier: fc.oneof(
    fc.array(unit, { minLength: 0, maxLength: 3 }),
    fc.double({ min: 1.01, max: 5, noNaN: true }).map((x) => [x, 0, 0.5, 1]),
    fc.constant([0, 0, 'ease', 1]),
  ),
  // Not `[]`: Tokenport refuses an empty list, Terrazzo accepts it, the format does not say.
  fontFamily: fc.oneof(fc.integer(), fc.constant(['Inter', 4]), fc.constant({ name: 'Inter' })),
};

interface Document {
  tree: Record<string, Record<string, Typed>>;
  paths: [string, string][];
}

const document: fc.Arbitrary<Document> = fc
  .uniqueArray(fc.tuple(tokenName, tokenName, validToken), {
    minLength: 1,
    maxLength: 12,
    selector: ([group, token]) => `${group}\u0000${token}`,
  })
  .map((rows) => {
    // Null prototypes: a group named `toString` must be a group, not Object.prototype's method.
    const tree: Document['tree'] = Object.create(null);
    for (const [group, token, value] of rows) {
      (tree[group] ??= Object.create(null) as Record<string, Typed>)[token] = value;
    }
    return { tree, paths: rows.map(([group, token]) => [group, token] as [string, string]) };
  });

/** The document with one token's value replaced by an invalid one of its type. */
const mutated = document.chain((doc) =>
  fc.nat({ max: doc.paths.length - 1 }).chain((index) => {
    const [group, token] = doc.paths[index]!;
    const type = doc.tree[group]![token]!.$type;
    return INVALID[type]!.map((bad) => ({ doc, group, token, type, bad }));
  }),
);

/**
 * Terrazzo refuses valid names that are also `Object.prototype` members (`toString`,
 * `constructor`): on those documents it is no judge. Tokenport must still import them.
 */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const terrazzoCanJudge = (doc: Document) =>
  doc.paths.every((path) => path.every((name) => !PROTOTYPE_NAMES.has(name)));

function withValue(doc: Document, group: string, token: string, value: unknown): string {
  // Parsed JSON keeps `__proto__` and `toString` as own keys, unlike a structured clone.
  const tree = JSON.parse(JSON.stringify(doc.tree)) as Document['tree'];
  tree[group]![token]!.$value = value;
  return JSON.stringify(tree);
}

const refusal = (text: string) => tokenportRefusal(FILE, text);

describe('DTCG validation (property)', () => {
  it('imports every generated valid document, which Terrazzo accepts too', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (doc) => {
        const text = JSON.stringify(doc.tree);
        if (terrazzoCanJudge(doc)) expect(await terrazzoRefuses(FILE, text), text).toBe(false);
        const error = refusal(text);
        expect(error?.message).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('refuses any one invalid value with the file and that token’s $value path', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async ({ doc, group, token, type, bad }) => {
        const text = withValue(doc, group, token, bad);
        if (terrazzoCanJudge(doc)) {
          expect(await terrazzoRefuses(FILE, text), `Terrazzo accepted ${type} ${text}`).toBe(true);
        }
        const error = refusal(text);
        expect(error, `accepted ${type} ${JSON.stringify(bad)}`).toBeInstanceOf(TokenInputError);
        expect(error!.file).toBe(FILE);
        const valuePath = childPath(childPath(childPath('$', group), token), '$value');
        expect(error!.jsonPath.startsWith(valuePath), error!.message).toBe(true);
        expect(error!.detail).toMatch(new RegExp(`\\(rule: ${type}\\)$`));
      }),
      { numRuns: 150 },
    );
  });
});
