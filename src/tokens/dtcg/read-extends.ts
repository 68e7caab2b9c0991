/**
 * `$extends` (DTCG 2025.10 groups): a group inherits the members of the group it names, deep
 * merged, its own members winning and tokens replaced whole. Inherited members keep the JSON path
 * where they are written, so errors about them point at real text.
 */
import { childPath, getOwn, isRecord, setOwn, TokenInputError } from '../import/errors.ts';
import { curlyReferenceTarget, parseDocumentPointer, pointerReferenceOf } from './reference.ts';

export interface GroupSource {
  node: Record<string, unknown>;
  jsonPath: string;
  file: string;
  /**
   * Another file read without a resolver: not merged before this one, only where `$extends`
   * names a group this file does not have.
   */
  elsewhere?: true;
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

/** A token is an object with `$value`, or with a token-level `$ref` (DTCG 2025.10 JSON Pointer). */
export function isTokenNode(node: Record<string, unknown>): boolean {
  return Object.hasOwn(node, '$value') || typeof node.$ref === 'string';
}

/** The object at `segments` under `root` (a group, or a token the caller refuses), if any. */
export function groupIn(root: GroupSource, segments: readonly string[]): GroupSource | undefined {
  let node: unknown = root.node;
  let jsonPath = root.jsonPath;
  for (const segment of segments) {
    node = isRecord(node) ? getOwn(node, segment) : undefined;
    jsonPath = childPath(jsonPath, segment);
  }
  return isRecord(node) ? { node, jsonPath, file: root.file } : undefined;
}

function refuseToken(source: GroupSource, group: GroupSource, segments: readonly string[]) {
  if (Object.hasOwn(group.node, '$value') || Object.hasOwn(group.node, '$ref'))
    throw new TokenInputError(
      source.file,
      childPath(source.jsonPath, '$extends'),
      `$extends names the token ${segments.join('.')}; only groups can be extended`,
    );
}

/**
 * The group `source` extends: its own file's, and before it (a resolver merges its sources
 * before `$extends` is read) the same group of each earlier source, whose members are taken as
 * aliases (`{button.bg}`) rather than copies. A copy would freeze the value of a group a modifier
 * sets to its default context; an alias resolves in whichever context is chosen, as the merge does.
 */
function findGroups(
  source: GroupSource,
  root: GroupSource,
  earlier: readonly GroupSource[],
): { own?: GroupSource; inherited: GroupSource[] } {
  const segments = targetSegments(source, source.node.$extends);
  const own = groupIn(root, segments);
  const inherited: GroupSource[] = [];
  earlier.forEach((other, index) => {
    if (other === root || (other.elsewhere && own)) return;
    const group = groupIn(other, segments);
    if (!group) return;
    refuseToken(source, group, segments);
    // A resolver's source sees the ones merged before it; another file sees every file but itself,
    // this one included.
    const seen = other.elsewhere
      ? [...earlier.filter((o) => o !== other), { ...root, elsewhere: true as const }]
      : earlier.slice(0, index);
    inherited.push(aliasesOf(group, segments, other, seen));
  });
  if (!own && inherited.length === 0)
    throw new TokenInputError(
      source.file,
      childPath(source.jsonPath, '$extends'),
      `$extends names ${segments.join('.')}, which does not exist${earlier.length > 0 ? ' in this file or an earlier source' : ''}`,
    );
  if (own) refuseToken(source, own, segments);
  return { ...(own ? { own } : {}), inherited };
}

/**
 * A group of another source as members that alias it: each token `{path.to.it}` (its own
 * `$type` kept), nested groups likewise, each group's own `$extends` followed where it is written.
 */
function aliasesOf(
  group: GroupSource,
  path: readonly string[],
  root: GroupSource,
  earlier: readonly GroupSource[],
): GroupSource {
  // Files read without a resolver see one another both ways: `x` extending `y` in another file
  // that extends `x` again would recurse without end.
  const key = `${group.file}\u0000${group.jsonPath}`;
  if (expanding.has(key))
    throw new TokenInputError(
      group.file,
      childPath(group.jsonPath, '$extends'),
      `circular $extends across files: ${[...expanding, key].map((k) => k.replace('\u0000', ' ')).join(' → ')}`,
    );
  expanding.add(key);
  try {
    return {
      node: aliasTree([group], path, root, earlier, 0),
      jsonPath: group.jsonPath,
      file: group.file,
    };
  } finally {
    expanding.delete(key);
  }
}

/** The groups aliasesOf is expanding now, in order (reading is synchronous). */
const expanding = new Set<string>();

function aliasTree(
  groups: readonly GroupSource[],
  path: readonly string[],
  root: GroupSource,
  earlier: readonly GroupSource[],
  depth: number,
): Record<string, unknown> {
  const node: Record<string, unknown> = {};
  if (depth > MAX_CHAIN) return node;
  // As read-tree's membersOf: a later source replaces a token and merges a group.
  const members = new Map<string, GroupSource[]>();
  for (const source of groups.flatMap((group) => extendedSources(group, root, earlier))) {
    for (const [key, child] of Object.entries(source.node)) {
      if (key === '$type' || key === '$deprecated') setOwn(node, key, child);
      if ((key.startsWith('$') && key !== '$root') || !isRecord(child)) continue;
      const entry = { node: child, jsonPath: childPath(source.jsonPath, key), file: source.file };
      const previous = members.get(key);
      const merges = previous && !isTokenNode(child) && !isTokenNode(previous[0]!.node);
      members.set(key, merges ? [...previous, entry] : [entry]);
    }
  }
  for (const [key, sources] of members) {
    const last = sources[sources.length - 1]!;
    const memberPath = [...path, key];
    const type = last.node.$type;
    setOwn(
      node,
      key,
      isTokenNode(last.node)
        ? { ...(type !== undefined ? { $type: type } : {}), $value: `{${memberPath.join('.')}}` }
        : aliasTree(sources, memberPath, root, earlier, depth + 1),
    );
  }
  return node;
}

/** The source tree a group was found in: a group of an earlier source resolves there first. */
function rootOf(
  group: GroupSource,
  root: GroupSource,
  earlier: readonly GroupSource[],
): GroupSource {
  // `$.sources[1]` holds `$.sources[1].a`, not `$.sources[10]`.
  const holds = (candidate: GroupSource) =>
    candidate.file === group.file &&
    (group.jsonPath === candidate.jsonPath ||
      group.jsonPath.startsWith(`${candidate.jsonPath}.`) ||
      group.jsonPath.startsWith(`${candidate.jsonPath}[`));
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
  // Links of the chain itself; an earlier source's members add none (a long set is no cycle).
  let links = 0;
  while (Object.hasOwn(current.node, '$extends')) {
    const { own, inherited } = findGroups(current, rootOf(current, root, earlier), earlier);
    if (own && (seen.has(where(own)) || ++links > MAX_CHAIN))
      throw new TokenInputError(
        source.file,
        childPath(source.jsonPath, '$extends'),
        `circular $extends: ${[...chain, own].map((s) => s.jsonPath).join(' → ')}`,
      );
    if (own) chain.unshift(own);
    // Earlier sources' members first, so the file's own win; they are complete already.
    chain.unshift(...inherited);
    if (!own) break;
    seen.add(where(own));
    current = own;
  }
  return chain;
}
