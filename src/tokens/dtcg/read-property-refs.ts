/**
 * DTCG 2025.10 property-level references: a part of a value written as `{"$ref": "#/…/$value/…"}`
 * (a dimension's `value` or `unit`, one colour component) stands for that part of another
 * token's value. Figma variables hold whole values, so each such part is replaced by the value it
 * points to before the tokens are read: the token keeps a literal, as the resolved value would be.
 * A `$ref` to a whole token (no `$value` in its path) is an alias and is left to the reader.
 */
import { childPath, isRecord, setOwn, TokenInputError } from '../import/errors.ts';
import { memberAt, parseDocumentPointer, pointerReferenceOf } from './reference.ts';
import type { ParsedDocument } from './read-resolver.ts';
import { isResolverDocument } from './read-resolver.ts';

/** Deeper chains of parts pointing at parts are surely a mistake (or hostile). */
const MAX_HOPS = 16;

function isPartPointer(pointer: string | undefined): pointer is string {
  return pointer !== undefined && /(^|\/)\$value(\/|$)/.test(pointer) && pointer.startsWith('#/');
}

/**
 * The document a pointer's target sits in: its own, else (a resolver's sources are flattened into
 * one structure before references resolve) the one other source holding it. Sources that hold it
 * with different values (a modifier's contexts) leave it undecided, which is refused.
 */
function holderOf(
  doc: ParsedDocument,
  segments: readonly string[],
  pointer: string,
  where: string,
  sources: readonly ParsedDocument[],
): { holder: ParsedDocument; node: unknown } {
  const own = memberAt(doc.json, segments);
  if (own !== undefined) return { holder: doc, node: own };
  const found = sources.flatMap((other) => {
    const node = other === doc ? undefined : memberAt(other.json, segments);
    return node === undefined ? [] : [{ holder: other, node }];
  });
  if (found.length === 0)
    throw new TokenInputError(doc.name, where, `reference ${pointer} points to nothing`);
  const first = JSON.stringify(found[0]!.node);
  const differing = found.find((f) => JSON.stringify(f.node) !== first);
  if (differing)
    throw new TokenInputError(
      doc.name,
      where,
      `reference ${pointer} names part of a value that ${found[0]!.holder.name} and ${differing.holder.name} give differently; a part reference cannot follow a modifier's context, reference the whole token instead`,
    );
  return found[0]!;
}

function resolvePart(
  doc: ParsedDocument,
  pointer: string,
  where: string,
  hops: number,
  sources: readonly ParsedDocument[],
): unknown {
  const parsed = parseDocumentPointer(pointer);
  if ('problem' in parsed) throw new TokenInputError(doc.name, where, parsed.problem);
  const { holder, node } = holderOf(doc, parsed.segments, pointer, where, sources);
  const next = pointerReferenceOf(node);
  if (!isPartPointer(next)) return substituted(holder, node, where, hops + 1, sources);
  if (hops >= MAX_HOPS)
    throw new TokenInputError(doc.name, where, `reference ${pointer} is part of a chain too long`);
  return resolvePart(holder, next, where, hops + 1, sources);
}

/** `node` with every part reference inside it replaced (a copy where anything changed). */
function substituted(
  doc: ParsedDocument,
  node: unknown,
  where: string,
  hops: number,
  sources: readonly ParsedDocument[],
): unknown {
  if (hops > MAX_HOPS)
    throw new TokenInputError(doc.name, where, 'property references nest too deep');
  if (Array.isArray(node)) {
    let copy: unknown[] | undefined;
    node.forEach((item, index) => {
      const at = childPath(where, index);
      const pointer = pointerReferenceOf(item);
      const next = isPartPointer(pointer)
        ? resolvePart(doc, pointer, at, hops, sources)
        : substituted(doc, item, at, hops, sources);
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
      ? resolvePart(doc, pointer, at, hops, sources)
      : substituted(doc, item, at, hops, sources);
    if (next !== item) setOwn((copy ??= { ...node }), key, next);
  }
  return copy ?? node;
}

/** Token values' parts inside `tree`: a `$value` that is itself a `$ref` stays (an alias). */
function withPartsResolved(
  doc: ParsedDocument,
  tree: unknown,
  where: string,
  sources: readonly ParsedDocument[],
): unknown {
  if (!isRecord(tree)) return tree;
  let copy: Record<string, unknown> | undefined;
  const set = (key: string, value: unknown) => setOwn((copy ??= { ...tree }), key, value);
  for (const key of Object.keys(tree)) {
    const child = tree[key];
    const at = childPath(where, key);
    if (key === '$value') {
      if (pointerReferenceOf(child) !== undefined) continue;
      const next = substituted(doc, child, at, 0, sources);
      if (next !== child) set(key, next);
    } else if (key !== '$extensions' && isRecord(child)) {
      const next = withPartsResolved(doc, child, at, sources);
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
  // Pointers name the token tree the sources flatten into, not a resolver's own structure.
  const sources = documents.filter((doc) => !isResolverDocument(doc.json));
  return documents.map((doc) => {
    if (!hasPartReference(doc.json, false)) return doc;
    const json = withPartsResolved(doc, doc.json, '$', sources);
    return json === doc.json ? doc : { ...doc, json };
  });
}
