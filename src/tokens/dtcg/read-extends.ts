/**
 * `$extends` (DTCG 2025.10 groups): a group inherits the members of the group it names, deep
 * merged, its own members winning and tokens replaced whole. Inherited members keep the JSON path
 * where they are written, so errors about them point at real text.
 */
import { childPath, getOwn, isRecord, TokenInputError } from '../import/errors.ts';
import { curlyReferenceTarget, parseDocumentPointer, pointerReferenceOf } from './reference.ts';

export interface GroupSource {
  node: Record<string, unknown>;
  jsonPath: string;
  file: string;
}

/** Chains longer than this are surely a mistake (or hostile) and are refused, not followed. */
const MAX_CHAIN = 64;

function targetSegments(source: GroupSource, value: unknown): string[] {
  const where = childPath(source.jsonPath, '$extends');
  const curly = curlyReferenceTarget(value);
  if (curly !== undefined) return curly.split('.');
  // 2025.10's group schema also takes the pointer as a bare string: "$extends": "#/base".
  const pointer =
    typeof value === 'string' && value.startsWith('#') ? value : pointerReferenceOf(value);
  if (pointer !== undefined) {
    const parsed = parseDocumentPointer(pointer);
    if ('problem' in parsed) throw new TokenInputError(source.file, where, parsed.problem);
    return parsed.segments;
  }
  throw new TokenInputError(
    source.file,
    where,
    `$extends names a group as "{group.path}", "#/group/path" or {"$ref": "#/group/path"}, found ${JSON.stringify(value)}`,
  );
}

function findGroup(source: GroupSource, root: Record<string, unknown>): GroupSource {
  const segments = targetSegments(source, source.node.$extends);
  const where = childPath(source.jsonPath, '$extends');
  let node: unknown = root;
  let jsonPath = '$';
  for (const segment of segments) {
    node = isRecord(node) ? getOwn(node, segment) : undefined;
    jsonPath = childPath(jsonPath, segment);
  }
  if (!isRecord(node))
    throw new TokenInputError(
      source.file,
      where,
      `$extends names ${segments.join('.')}, which does not exist`,
    );
  if (Object.hasOwn(node, '$value') || Object.hasOwn(node, '$ref'))
    throw new TokenInputError(
      source.file,
      where,
      `$extends names the token ${segments.join('.')}; only groups can be extended`,
    );
  return { node, jsonPath, file: source.file };
}

/**
 * The sources a group reads, oldest ancestor first and the group itself last. A cycle
 * (`a` extends `b` extends `a`) is an error naming the chain.
 */
export function extendedSources(source: GroupSource, root: Record<string, unknown>): GroupSource[] {
  const chain: GroupSource[] = [source];
  const seen = new Set<string>([source.jsonPath]);
  let current = source;
  while (Object.hasOwn(current.node, '$extends')) {
    const parent = findGroup(current, root);
    if (seen.has(parent.jsonPath) || chain.length > MAX_CHAIN)
      throw new TokenInputError(
        source.file,
        childPath(source.jsonPath, '$extends'),
        `circular $extends: ${[...chain, parent].map((s) => s.jsonPath).join(' → ')}`,
      );
    seen.add(parent.jsonPath);
    chain.unshift(parent);
    current = parent;
  }
  return chain;
}
