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

function groupIn(root: GroupSource, segments: readonly string[]): GroupSource | undefined {
  let node: unknown = root.node;
  let jsonPath = root.jsonPath;
  for (const segment of segments) {
    node = isRecord(node) ? getOwn(node, segment) : undefined;
    jsonPath = childPath(jsonPath, segment);
  }
  return isRecord(node) ? { node, jsonPath, file: root.file } : undefined;
}

function findGroup(
  source: GroupSource,
  root: GroupSource,
  earlier: readonly GroupSource[],
): GroupSource {
  const segments = targetSegments(source, source.node.$extends);
  const where = childPath(source.jsonPath, '$extends');
  // A resolver merges its sources before `$extends` is read: a group of an earlier source (the
  // latest first, as it would win the merge) is as good as one of the same file.
  let found = groupIn(root, segments);
  for (let i = earlier.length - 1; !found && i >= 0; i--) found = groupIn(earlier[i]!, segments);
  if (!found)
    throw new TokenInputError(
      source.file,
      where,
      `$extends names ${segments.join('.')}, which does not exist${earlier.length > 0 ? ' in this file or an earlier source' : ''}`,
    );
  const { node } = found;
  if (Object.hasOwn(node, '$value') || Object.hasOwn(node, '$ref'))
    throw new TokenInputError(
      source.file,
      where,
      `$extends names the token ${segments.join('.')}; only groups can be extended`,
    );
  return found;
}

/** The source tree a group was found in: a group of an earlier source resolves there first. */
function rootOf(
  group: GroupSource,
  root: GroupSource,
  earlier: readonly GroupSource[],
): GroupSource {
  const holds = (candidate: GroupSource) =>
    candidate.file === group.file && group.jsonPath.startsWith(candidate.jsonPath);
  if (holds(root)) return root;
  for (let i = earlier.length - 1; i >= 0; i--) if (holds(earlier[i]!)) return earlier[i]!;
  return root;
}

/**
 * The sources a group reads, oldest ancestor first and the group itself last. A cycle
 * (`a` extends `b` extends `a`) is an error naming the chain.
 */
export function extendedSources(
  source: GroupSource,
  root: GroupSource,
  earlier: readonly GroupSource[] = [],
): GroupSource[] {
  const chain: GroupSource[] = [source];
  const where = (s: GroupSource) => `${s.file}\u0000${s.jsonPath}`;
  const seen = new Set<string>([where(source)]);
  let current = source;
  while (Object.hasOwn(current.node, '$extends')) {
    const parent = findGroup(current, rootOf(current, root, earlier), earlier);
    if (seen.has(where(parent)) || chain.length > MAX_CHAIN)
      throw new TokenInputError(
        source.file,
        childPath(source.jsonPath, '$extends'),
        `circular $extends: ${[...chain, parent].map((s) => s.jsonPath).join(' → ')}`,
      );
    seen.add(where(parent));
    chain.unshift(parent);
    current = parent;
  }
  return chain;
}
