/**
 * No silent loss, for every importer: each (token, mode) value of a valid input appears in the
 * imported `FigmaVariablesInput` with the same value, or a warning names its token. Inputs are
 * generated with hostile names (`__proto__`, `constructor`, quotes, emoji, `<script>`) and with
 * token names shared across collections, which must never overwrite each other.
 */
import type { LocalVariable, RGBA } from '@figma/rest-api-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigmaVariablesInput } from '../../src/tokens/model.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import type { ImportWarning } from '../../src/tokens/import/parse-token-input.ts';

const NAMES = [
  'color',
  'space',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  'say "hi"',
  "it's",
  '🎨 paint',
  'back\\slash',
  'a b',
  'Ünïcödé',
];
/** Collection and mode names become file names, so no separators or dots. */
const FILE_SAFE = NAMES.filter((name) => !/[./\\]/.test(name));

type Kind = 'number' | 'color' | 'string' | 'boolean' | 'dimension' | 'shadow';
type ModeValue = { literal: unknown; figma: unknown } | { aliasOf: number };

interface GenToken {
  path: string[];
  kind: Kind;
  values: ModeValue[];
}
interface GenCollection {
  name: string;
  modes: string[];
  tokens: GenToken[];
}

const channel = fc.integer({ min: 0, max: 255 });
const length = fc.integer({ min: -64, max: 64 }).map((n) => ({ value: n, unit: 'px' }));
function literal(kind: Kind): fc.Arbitrary<{ literal: unknown; figma: unknown }> {
  switch (kind) {
    case 'number':
      return fc.integer({ min: -1000, max: 1000 }).map((n) => ({ literal: n, figma: n }));
    case 'dimension':
      return fc
        .integer({ min: 0, max: 512 })
        .map((n) => ({ literal: { value: n, unit: 'px' }, figma: n }));
    case 'string':
      return fc
        .string({ maxLength: 12 })
        .filter((s) => !/^\{.*\}$/.test(s))
        .map((s) => ({ literal: s, figma: s }));
    case 'boolean':
      return fc.boolean().map((b) => ({ literal: b, figma: b }));
    case 'shadow':
      // A composite: no Figma variable holds it, kept as written beside the variables.
      return fc
        .tuple(channel, length, length, length, length, fc.boolean())
        .map(([c, offsetX, offsetY, blur, spread, inset]) => {
          const literal = {
            color: { colorSpace: 'srgb', components: [c / 255, 0, 1], alpha: 1 },
            offsetX,
            offsetY,
            blur: { ...blur, value: Math.abs(blur.value) },
            spread,
            inset,
          };
          return { literal, figma: literal };
        });
    case 'color':
      return fc
        .tuple(channel, channel, channel, fc.integer({ min: 0, max: 100 }))
        .map(([r, g, b, a]) => ({
          literal: { colorSpace: 'srgb', components: [r / 255, g / 255, b / 255], alpha: a / 100 },
          figma: { r: r / 255, g: g / 255, b: b / 255, a: a / 100 },
        }));
  }
}

const KINDS: Kind[] = ['number', 'color', 'string', 'boolean', 'dimension'];
/** DTCG files may also hold composites, which Figma's own formats never do. */
const DTCG_KINDS: Kind[] = [...KINDS, 'shadow'];

/** One mode's value: a literal, or an alias to an earlier token of the same kind. */
function modeValue(kinds: readonly Kind[], index: number): fc.Arbitrary<ModeValue> {
  const kind = kinds[index]!;
  const targets = kinds.flatMap((other, at) => (at < index && other === kind ? [at] : []));
  const own = literal(kind) as fc.Arbitrary<ModeValue>;
  if (targets.length === 0) return own;
  return fc.oneof(
    own,
    fc.constantFrom(...targets).map((aliasOf) => ({ aliasOf })),
  );
}

function collectionArb(name: string, kindsAllowed: Kind[]): fc.Arbitrary<GenCollection> {
  const modes = fc.uniqueArray(fc.constantFrom(...FILE_SAFE), { minLength: 1, maxLength: 3 });
  // Unique first segments: a name cannot be both a token and a group.
  const paths = fc.uniqueArray(
    fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 2 }),
    {
      minLength: 1,
      maxLength: 5,
      selector: (path) => path[0]!,
    },
  );
  return fc.tuple(modes, paths).chain(([modeNames, tokenPaths]) =>
    fc
      .array(fc.constantFrom(...kindsAllowed), {
        minLength: tokenPaths.length,
        maxLength: tokenPaths.length,
      })
      .chain((kinds) =>
        fc.tuple(
          ...tokenPaths.map((path, index) =>
            fc
              .tuple(...modeNames.map(() => modeValue(kinds, index)))
              .map((values): GenToken => ({ path, kind: kinds[index]!, values })),
          ),
        ),
      )
      .map((tokens) => ({ name, modes: modeNames, tokens })),
  );
}

const collectionsOf = (kinds: Kind[]) =>
  fc
    .uniqueArray(fc.constantFrom(...FILE_SAFE), { minLength: 1, maxLength: 3 })
    .chain((names) => fc.tuple(...names.map((name) => collectionArb(name, kinds))));
const collectionsArb = collectionsOf(KINDS);

function setPath(tree: Record<string, unknown>, path: string[], token: unknown): void {
  let node = tree;
  for (const segment of path.slice(0, -1)) {
    if (!Object.hasOwn(node, segment))
      Object.defineProperty(node, segment, {
        value: {},
        enumerable: true,
        writable: true,
        configurable: true,
      });
    node = node[segment] as Record<string, unknown>;
  }
  Object.defineProperty(node, path[path.length - 1]!, {
    value: token,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Figma's sync layout: one `<Collection>.<Mode>.json` per collection and mode. */
function syncLayoutFiles(collections: readonly GenCollection[]) {
  return collections.flatMap((collection) =>
    collection.modes.map((mode, modeIndex) => {
      const tree: Record<string, unknown> = {};
      for (const token of collection.tokens) {
        const value = token.values[modeIndex]!;
        const $value =
          'aliasOf' in value
            ? `{${collection.tokens[value.aliasOf]!.path.join('.')}}`
            : value.literal;
        // As Figma's sync writes every token (its token_export.ts).
        const $extensions = {
          'com.figma': { hiddenFromPublishing: false, scopes: ['ALL_SCOPES'], codeSyntax: {} },
        };
        setPath(tree, token.path, { $type: token.kind, $value, $extensions });
      }
      return { name: `${collection.name}.${mode}.json`, text: JSON.stringify(tree) };
    }),
  );
}

/** A mode's literal, following aliases (Figma's native export writes aliases resolved). */
function resolvedLiteral(collection: GenCollection, index: number, mode: number): unknown {
  const value = collection.tokens[index]!.values[mode]!;
  return 'aliasOf' in value ? resolvedLiteral(collection, value.aliasOf, mode) : value.literal;
}

/**
 * Figma's native "Export variables": a folder per collection, a file per mode naming it under
 * `com.figma.modeName`, ids as flat `com.figma.variableId` keys, and aliases written resolved
 * with `com.figma.aliasData` naming the target.
 */
function nativeExportFiles(collections: readonly GenCollection[]) {
  return collections.flatMap((collection, c) =>
    collection.modes.map((mode, modeIndex) => {
      const tree: Record<string, unknown> = { $extensions: { 'com.figma.modeName': mode } };
      collection.tokens.forEach((token, t) => {
        const value = token.values[modeIndex]!;
        const aliasData =
          'aliasOf' in value
            ? {
                'com.figma.aliasData': {
                  targetVariableId: `VariableID:${c}:${value.aliasOf}`,
                  targetVariableName: collection.tokens[value.aliasOf]!.path.join('/'),
                  targetVariableSetId: `VariableCollectionId:${c}:0`,
                  targetVariableSetName: collection.name,
                },
              }
            : {};
        setPath(tree, token.path, {
          $type: token.kind,
          $value: resolvedLiteral(collection, t, modeIndex),
          $extensions: { 'com.figma.variableId': `VariableID:${c}:${t}`, ...aliasData },
        });
      });
      return { name: `${collection.name}/${mode}.tokens.json`, text: JSON.stringify(tree) };
    }),
  );
}

/**
 * A DTCG 2025.10 resolver with inline sources: a set per single-mode collection, a modifier per
 * multi-mode one (a context per mode), each collection's tokens under a group of its name.
 */
function resolverFile(collections: readonly GenCollection[]) {
  const sets: Record<string, unknown> = {};
  const modifiers: Record<string, unknown> = {};
  const resolutionOrder: { $ref: string }[] = [];
  for (const collection of collections) {
    const treeFor = (modeIndex: number) => {
      const tree: Record<string, unknown> = {};
      for (const token of collection.tokens) {
        const value = token.values[modeIndex]!;
        const $value =
          'aliasOf' in value
            ? `{${[collection.name, ...collection.tokens[value.aliasOf]!.path].join('.')}}`
            : value.literal;
        setPath(tree, [collection.name, ...token.path], { $type: token.kind, $value });
      }
      return tree;
    };
    if (collection.modes.length === 1) {
      setPath(sets, [collection.name], { sources: [treeFor(0)] });
      resolutionOrder.push({ $ref: `#/sets/${collection.name}` });
      continue;
    }
    const contexts: Record<string, unknown> = {};
    collection.modes.forEach((mode, modeIndex) => setPath(contexts, [mode], [treeFor(modeIndex)]));
    setPath(modifiers, [collection.name], { contexts, default: collection.modes[0] });
    resolutionOrder.push({ $ref: `#/modifiers/${collection.name}` });
  }
  const resolver = { version: '2025.10', sets, modifiers, resolutionOrder };
  return [{ name: 'tokens.resolver.json', text: JSON.stringify(resolver) }];
}

function sameValue(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'object' && expected !== null && 'r' in expected) {
    const a = actual as RGBA;
    const e = expected as RGBA;
    return ['r', 'g', 'b', 'a'].every(
      (c) => Math.abs((a[c as keyof RGBA] ?? 1) - e[c as keyof RGBA]) < 1e-9,
    );
  }
  return Object.is(actual, expected);
}

/** The check itself: every generated value is in the input, or its token is named in a warning. */
function assertNothingLostSilently(
  collections: readonly GenCollection[],
  input: FigmaVariablesInput,
  warnings: readonly ImportWarning[],
): void {
  const warned = new Set(warnings.map((w) => w.variable));
  for (const generated of collections) {
    const collection = Object.values(input.variableCollections).find(
      (c) => c.name === generated.name,
    );
    expect(collection, generated.name).toBeDefined();
    const variables = Object.values(input.variables).filter(
      (v) => v.variableCollectionId === collection!.id,
    );
    const byName = new Map<string, LocalVariable>(variables.map((v) => [v.name, v]));
    expect(byName.size).toBe(variables.length);
    const composites = new Map(
      Object.values(input.composites ?? {})
        .filter((c) => c.variableCollectionId === collection!.id)
        .map((c) => [c.name, c]),
    );
    const idOf = (name: string) => byName.get(name)?.id ?? composites.get(name)?.id;
    for (const token of generated.tokens) {
      const name = token.path.join('/');
      const composite = composites.get(name);
      if (composite) {
        // One mode per generated mode, each as written or as the alias it was.
        generated.modes.forEach((modeName, modeIndex) => {
          const mode =
            collection!.modes.find((m) => m.name === modeName) ??
            (collection!.modes.length === 1 ? collection!.modes[0] : undefined);
          const actual = composite.valuesByMode[mode!.modeId];
          const value = token.values[modeIndex]!;
          const targetName = 'aliasOf' in value && generated.tokens[value.aliasOf]!.path.join('/');
          if (targetName) expect(actual).toEqual({ kind: 'alias', targetId: idOf(targetName) });
          else
            expect(actual).toMatchObject({
              kind: 'composite',
              value: (value as { literal: unknown }).literal,
            });
        });
        continue;
      }
      const variable = byName.get(name);
      if (!variable) {
        expect(warned.has(name), `${generated.name}: ${name} lost without a warning`).toBe(true);
        continue;
      }
      generated.modes.forEach((modeName, modeIndex) => {
        // A DTCG set has no mode names: a single-mode collection's one mode is that mode.
        const mode =
          collection!.modes.find((m) => m.name === modeName) ??
          (collection!.modes.length === 1 ? collection!.modes[0] : undefined);
        expect(mode, `${generated.name}: mode ${modeName}`).toBeDefined();
        const actual = variable.valuesByMode[mode!.modeId];
        const value = token.values[modeIndex]!;
        if ('aliasOf' in value) {
          const target = byName.get(generated.tokens[value.aliasOf]!.path.join('/'));
          expect(actual).toEqual({ type: 'VARIABLE_ALIAS', id: target!.id });
        } else if (!sameValue(actual, value.figma)) {
          expect(warned.has(name), `${generated.name}/${modeName}: ${name} changed silently`).toBe(
            true,
          );
        }
      });
    }
  }
}

describe('importers lose nothing silently (property)', () => {
  it("Figma's <Collection>.<Mode>.json layout, names shared across collections kept apart", () => {
    fc.assert(
      fc.property(collectionsArb, (collections) => {
        const { input, warnings } = parseTokenInput(syncLayoutFiles(collections));
        assertNothingLostSilently(collections, input, warnings);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it("Figma's native Export variables files, aliases read back from their alias data", () => {
    fc.assert(
      fc.property(collectionsArb, (collections) => {
        const { input, warnings } = parseTokenInput(nativeExportFiles(collections));
        assertNothingLostSilently(collections, input, warnings);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('DTCG resolvers: every set and modifier context, names shared across collections kept apart', () => {
    fc.assert(
      fc.property(collectionsOf(DTCG_KINDS), (collections) => {
        const { input, warnings } = parseTokenInput(resolverFile(collections));
        assertNothingLostSilently(collections, input, warnings);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('saved REST responses keep every variable and mode value as Figma sent it', () => {
    fc.assert(
      fc.property(collectionsArb, (collections) => {
        const meta: FigmaVariablesInput = { variables: {}, variableCollections: {} };
        collections.forEach((generated, c) => {
          const id = `VariableCollectionId:${c}:0`;
          const modes = generated.modes.map((name, m) => ({ modeId: `${c}:${m}`, name }));
          const variableIds = generated.tokens.map((_, t) => `VariableID:${c}:${t}`);
          meta.variableCollections[id] = {
            id,
            name: generated.name,
            key: id,
            modes,
            defaultModeId: modes[0]!.modeId,
            remote: false,
            hiddenFromPublishing: false,
            variableIds,
          };
          generated.tokens.forEach((token, t) => {
            const valuesByMode: LocalVariable['valuesByMode'] = {};
            token.values.forEach((value, m) => {
              valuesByMode[`${c}:${m}`] =
                'aliasOf' in value
                  ? { type: 'VARIABLE_ALIAS', id: variableIds[value.aliasOf]! }
                  : (value.figma as LocalVariable['valuesByMode'][string]);
            });
            // Figma's REST responses hold variables only: this property generates no shadows.
            const resolvedType = (
              {
                number: 'FLOAT',
                dimension: 'FLOAT',
                color: 'COLOR',
                string: 'STRING',
                boolean: 'BOOLEAN',
                shadow: undefined,
              } as const
            )[token.kind]!;
            meta.variables[variableIds[t]!] = {
              id: variableIds[t]!,
              name: token.path.join('/'),
              key: variableIds[t]!,
              variableCollectionId: id,
              resolvedType,
              valuesByMode,
              remote: false,
              description: '',
              hiddenFromPublishing: false,
              scopes: ['ALL_SCOPES'],
              codeSyntax: {},
            };
          });
        });
        const text = JSON.stringify({ status: 200, error: false, meta });
        const { input, warnings } = parseTokenInput([{ name: 'local.json', text }]);
        expect(warnings).toEqual([]);
        assertNothingLostSilently(collections, input, warnings);
      }),
      { numRuns: 60 },
    );
  });
});
