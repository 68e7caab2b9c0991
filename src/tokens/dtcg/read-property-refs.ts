/**
 * DTCG 2025.10 property-level references: a part of a value written as `{"$ref": "#/…/$value/…"}`
 * (a dimension's `value` or `unit`, one colour component) stands for that part of another
 * token's value. Figma variables hold whole values, so each such part is replaced by the value it
 * points to before the tokens are read: the token keeps a literal, as the resolved value would be.
 * A `$ref` to a whole token (no `$value` in its path) is an alias and is left to the reader.
 */
import { childPath, isRecord, setOwn, TokenInputError } from '../import/errors.ts';
import { memberAt, parseDocumentPointer, pointerReferenceOf } from './reference.ts';
import type { ParsedDocument, ResolverContext, ResolverLayer } from './read-resolver.ts';
import { isResolverDocument, readResolver } from './read-resolver.ts';

/** Deeper chains of parts pointing at parts are surely a mistake (or hostile). */
const MAX_HOPS = 16;

function isPartPointer(pointer: string | undefined): pointer is string {
  return pointer !== undefined && /(^|\/)\$value(\/|$)/.test(pointer) && pointer.startsWith('#/');
}

/** Where a part pointer's target is read: its document, and the node it names. */
type Lookup = (
  doc: ParsedDocument,
  segments: readonly string[],
  pointer: string,
  where: string,
) => { holder: ParsedDocument; node: unknown };

/** One source as a pointer's reading sees it, with the contexts a modifier could have chosen. */
interface ChainEntry {
  doc: ParsedDocument;
  tree: unknown;
  /** Set when this source's context was the modifier's default, not the pointer's own. */
  alternatives?: { modifier: string; contexts: ResolverContext[] };
}

/** JSON text with keys sorted: two values written in another key order are one value. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    isRecord(item) && !Array.isArray(item)
      ? Object.fromEntries(
          Object.keys(item)
            .sort()
            .map((key) => [key, item[key]]),
        )
      : item,
  );
}

/**
 * Per source file, the sources a resolver flattens, in resolution order, as that file's pointers
 * see them: every set, the file's own context of its modifier, each other modifier's default.
 * Undefined when the resolver cannot be read (the reader reports why).
 */
function flattenedChains(
  resolver: ParsedDocument,
  documents: readonly ParsedDocument[],
): Map<string, ChainEntry[]> | undefined {
  let layers: ResolverLayer[];
  try {
    layers = readResolver(resolver, documents, []);
  } catch {
    return undefined;
  }
  const byName = new Map(documents.map((doc) => [doc.name, doc]));
  const home = new Map<string, { layer: ResolverLayer; context: ResolverContext }>();
  for (const layer of layers)
    for (const context of layer.contexts)
      for (const source of context.sources)
        if (!home.has(source.file)) home.set(source.file, { layer, context });
  const chains = new Map<string, ChainEntry[]>();
  for (const [file, own] of home) {
    chains.set(
      file,
      layers.flatMap((layer) => {
        const mine = own.layer === layer ? own.context : undefined;
        const context =
          mine ?? layer.contexts.find((c) => c.name === layer.defaultContext) ?? layer.contexts[0]!;
        const others = layer.contexts.filter((c) => c !== context);
        return context.sources.map((source) => ({
          doc: byName.get(source.file) ?? resolver,
          tree: source.tree,
          ...(layer.kind === 'modifier' && !mine && others.length > 0
            ? { alternatives: { modifier: layer.name, contexts: others } }
            : {}),
        }));
      }),
    );
  }
  return chains;
}

/**
 * How pointers are read: in a resolver's sources, from the structure they flatten into (the last
 * source holding the target wins), else in the pointer's own document. A target a modifier the
 * file is no part of gives differently per context has no one value here, which is refused.
 */
function createLookup(documents: readonly ParsedDocument[]): Lookup {
  const resolver = documents.find((doc) => isResolverDocument(doc.json));
  const chains = resolver ? flattenedChains(resolver, documents) : undefined;
  const nothing = (doc: ParsedDocument, where: string, pointer: string) =>
    new TokenInputError(doc.name, where, `reference ${pointer} points to nothing`);
  return (doc, segments, pointer, where) => {
    const chain = chains?.get(doc.name);
    if (!chain) {
      const node = memberAt(doc.json, segments);
      if (node === undefined) throw nothing(doc, where, pointer);
      return { holder: doc, node };
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const entry = chain[i]!;
      const node = memberAt(entry.tree, segments);
      if (node === undefined) continue;
      const differing = entry.alternatives?.contexts.find((context) =>
        context.sources.some((source) => {
          const other = memberAt(source.tree, segments);
          return other !== undefined && canonical(other) !== canonical(node);
        }),
      );
      if (differing)
        throw new TokenInputError(
          doc.name,
          where,
          `reference ${pointer} names part of a value that modifier "${entry.alternatives!.modifier}" gives differently in context "${differing.name ?? ''}"; a part reference holds one value, so reference the whole token instead`,
        );
      return { holder: entry.doc, node };
    }
    throw nothing(doc, where, pointer);
  };
}

/** One pass over the documents: where pointers are read, and the parts already resolved. */
interface Reading {
  lookup: Lookup;
  /** By document and pointer: values that repeat a pointer would otherwise cost exponential time. */
  resolved: Map<string, unknown>;
}

function resolvePart(
  doc: ParsedDocument,
  pointer: string,
  where: string,
  hops: number,
  reading: Reading,
): unknown {
  const key = `${doc.name}\u0000${pointer}`;
  if (reading.resolved.has(key)) return reading.resolved.get(key);
  const parsed = parseDocumentPointer(pointer);
  if ('problem' in parsed) throw new TokenInputError(doc.name, where, parsed.problem);
  const { holder, node } = reading.lookup(doc, parsed.segments, pointer, where);
  const next = pointerReferenceOf(node);
  if (isPartPointer(next) && hops >= MAX_HOPS)
    throw new TokenInputError(doc.name, where, `reference ${pointer} is part of a chain too long`);
  const resolved = isPartPointer(next)
    ? resolvePart(holder, next, where, hops + 1, reading)
    : substituted(holder, node, where, hops + 1, reading);
  // Shared, a part costs nothing here; readers walk it whole, once per place it is used.
  if (expandedSize(resolved) > MAX_EXPANDED)
    throw new TokenInputError(
      doc.name,
      where,
      `reference ${pointer} expands to more than ${MAX_EXPANDED.toLocaleString('en')} values (parts that repeat parts); write the value out`,
    );
  reading.resolved.set(key, resolved);
  return resolved;
}

/** A value far beyond any design system's, made by parts repeating parts: refused, not read. */
const MAX_EXPANDED = 100_000;
const sizes = new WeakMap<object, number>();

/** How many values `node` holds once every shared part is counted where it is used. */
function expandedSize(node: unknown): number {
  if (typeof node !== 'object' || node === null) return 1;
  const known = sizes.get(node);
  if (known !== undefined) return known;
  let size = 1;
  for (const child of Object.values(node)) size += expandedSize(child);
  sizes.set(node, size);
  return size;
}

/** `node` with every part reference inside it replaced (a copy where anything changed). */
function substituted(
  doc: ParsedDocument,
  node: unknown,
  where: string,
  hops: number,
  reading: Reading,
): unknown {
  if (hops > MAX_HOPS)
    throw new TokenInputError(doc.name, where, 'property references nest too deep');
  if (Array.isArray(node)) {
    let copy: unknown[] | undefined;
    node.forEach((item, index) => {
      const at = childPath(where, index);
      const pointer = pointerReferenceOf(item);
      const next = isPartPointer(pointer)
        ? resolvePart(doc, pointer, at, hops, reading)
        : substituted(doc, item, at, hops, reading);
      if (next !== item) (copy ??= [...node])[index] = next;
    });
    return copy ?? node;
  }
  if (!isRecord(node)) return node;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(node)) {
    const item = node[key];
    const at = childPath(where, key);
    const pointer = pointerReferenceOf(item);
    const next = isPartPointer(pointer)
      ? resolvePart(doc, pointer, at, hops, reading)
      : substituted(doc, item, at, hops, reading);
    if (next !== item) setOwn((copy ??= { ...node }), key, next);
  }
  return copy ?? node;
}

/** Token values' parts inside `tree`: a `$value` that is itself a `$ref` stays (an alias). */
function withPartsResolved(
  doc: ParsedDocument,
  tree: unknown,
  where: string,
  reading: Reading,
): unknown {
  if (!isRecord(tree)) return tree;
  let copy: Record<string, unknown> | undefined;
  const set = (key: string, value: unknown) => setOwn((copy ??= { ...tree }), key, value);
  for (const key of Object.keys(tree)) {
    const child = tree[key];
    const at = childPath(where, key);
    if (key === '$value') {
      if (pointerReferenceOf(child) !== undefined) continue;
      const next = substituted(doc, child, at, 0, reading);
      if (next !== child) set(key, next);
    } else if (key !== '$extensions' && isRecord(child)) {
      const next = withPartsResolved(doc, child, at, reading);
      if (next !== child) set(key, next);
    }
  }
  return copy ?? tree;
}

/** Whether any token value in `node` holds a part reference: one walk, no paths built. */
function hasPartReference(node: unknown, inValue: boolean): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (inValue && isPartPointer(pointerReferenceOf(node))) return true;
  if (Array.isArray(node)) return node.some((item) => hasPartReference(item, inValue));
  const record = node as Record<string, unknown>;
  for (const key in record) {
    if (!Object.hasOwn(record, key) || key === '$extensions') continue;
    if (hasPartReference(record[key], inValue || key === '$value')) return true;
  }
  return false;
}

/** The documents with every property-level reference in a token value replaced by its target. */
export function resolvePropertyReferences(documents: readonly ParsedDocument[]): ParsedDocument[] {
  const reading: Reading = { lookup: createLookup(documents), resolved: new Map() };
  return documents.map((doc) => {
    if (!hasPartReference(doc.json, false)) return doc;
    const json = withPartsResolved(doc, doc.json, '$', reading);
    return json === doc.json ? doc : { ...doc, json };
  });
}
