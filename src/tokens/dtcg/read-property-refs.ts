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

/** Deeper chains of parts pointing at parts are surely a mistake (or hostile). */
const MAX_HOPS = 16;

function isPartPointer(pointer: string | undefined): pointer is string {
  return pointer !== undefined && /(^|\/)\$value(\/|$)/.test(pointer) && pointer.startsWith('#/');
}

function resolvePart(doc: ParsedDocument, pointer: string, where: string, hops: number): unknown {
  const parsed = parseDocumentPointer(pointer);
  if ('problem' in parsed) throw new TokenInputError(doc.name, where, parsed.problem);
  const node = memberAt(doc.json, parsed.segments);
  if (node === undefined)
    throw new TokenInputError(doc.name, where, `reference ${pointer} points to nothing`);
  const next = pointerReferenceOf(node);
  if (!isPartPointer(next)) return substituted(doc, node, where, hops + 1);
  if (hops >= MAX_HOPS)
    throw new TokenInputError(doc.name, where, `reference ${pointer} is part of a chain too long`);
  return resolvePart(doc, next, where, hops + 1);
}

/** `node` with every part reference inside it replaced (a copy where anything changed). */
function substituted(doc: ParsedDocument, node: unknown, where: string, hops: number): unknown {
  if (hops > MAX_HOPS)
    throw new TokenInputError(doc.name, where, 'property references nest too deep');
  if (Array.isArray(node)) {
    let copy: unknown[] | undefined;
    node.forEach((item, index) => {
      const at = childPath(where, index);
      const pointer = pointerReferenceOf(item);
      const next = isPartPointer(pointer)
        ? resolvePart(doc, pointer, at, hops)
        : substituted(doc, item, at, hops);
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
      ? resolvePart(doc, pointer, at, hops)
      : substituted(doc, item, at, hops);
    if (next !== item) setOwn((copy ??= { ...node }), key, next);
  }
  return copy ?? node;
}

/** Token values' parts inside `tree`: a `$value` that is itself a `$ref` stays (an alias). */
function withPartsResolved(doc: ParsedDocument, tree: unknown, where: string): unknown {
  if (!isRecord(tree)) return tree;
  let copy: Record<string, unknown> | undefined;
  const set = (key: string, value: unknown) => setOwn((copy ??= { ...tree }), key, value);
  for (const key of Object.keys(tree)) {
    const child = tree[key];
    const at = childPath(where, key);
    if (key === '$value') {
      if (pointerReferenceOf(child) !== undefined) continue;
      const next = substituted(doc, child, at, 0);
      if (next !== child) set(key, next);
    } else if (key !== '$extensions' && isRecord(child)) {
      const next = withPartsResolved(doc, child, at);
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
  return documents.map((doc) => {
    if (!hasPartReference(doc.json, false)) return doc;
    const json = withPartsResolved(doc, doc.json, '$');
    return json === doc.json ? doc : { ...doc, json };
  });
}
