/**
 * Tokens in the order the DTCG export's tree holds them, so an export read back gives the same
 * files in every format. The export nests each collection's tokens by path, a group where its
 * first member comes; a Figma file lists variables in its own order (`color/gray/50`,
 * `space/sm`, `color/gray/100`), which the tree regroups, so CSS and the rest came out in another
 * order on a re-read of the export (a 4,471-line diff on Troms fylkestrafikk's file, values all
 * equal). Figma's variables panel shows them grouped too. JSON objects list integer keys first,
 * in numeric order (`50`, `100`), then the others as inserted: the same here, as the re-read
 * finds them.
 */
import type { ModelToken } from '../model.ts';

interface Node {
  tokens?: ModelToken[];
  children?: Map<string, Node>;
  /** Named (not index) children so far; where the node's own tokens came, see rootAt. */
  named?: number;
  /**
   * How many named children the node had when its first token came: its tokens are its `$root`
   * member, so they go after those, as the export's tree writes them.
   */
  rootAt?: number;
}

/** An array index as a JS object orders it: a canonical integer below 2^32 − 1. */
function indexKey(key: string): number | undefined {
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57 || !/^(0|[1-9]\d*)$/.test(key)) return undefined;
  const n = Number(key);
  return n < 4294967295 ? n : undefined;
}

/** A node's children in JSON object order: index keys ascending, then the rest as inserted. */
function childrenInObjectOrder(children: Map<string, Node>): Node[] {
  let indices: [number, Node][] | undefined;
  const named: Node[] = [];
  for (const [key, child] of children) {
    const index = indexKey(key);
    if (index === undefined) named.push(child);
    else (indices ??= []).push([index, child]);
  }
  if (!indices) return named;
  indices.sort((a, b) => a[0] - b[0]);
  return [...indices.map(([, child]) => child), ...named];
}

/** Where JSON puts sibling `b` after sibling `a`: index keys first, ascending. */
function siblingsInOrder(a: string, b: string): boolean {
  const second = indexKey(b);
  if (second === undefined) return true;
  const first = indexKey(a);
  return first !== undefined && first < second;
}

const MAX_CHECKED_DEPTH = 32;

/**
 * Whether the tokens already are in tree order, as a Figma file's mostly are: each token checked
 * against the one before it, a group's key built only when it closes or opens, so the common case
 * costs no tree (which took 40 ms for 50,000 variables).
 */
function alreadyInTreeOrder(tokens: readonly ModelToken[]): boolean {
  const closed = new Set<string>();
  const key = (token: ModelToken, depth: number) =>
    `${token.collectionId}\u0000${token.path.slice(0, depth + 1).join('\u0000')}`;
  let previous: ModelToken | undefined;
  for (const token of tokens) {
    // Each key is a prefix joined anew: past a few dozen segments the tree is the cheaper way.
    if (token.path.length > MAX_CHECKED_DEPTH) return false;
    if (previous === undefined || previous.collectionId !== token.collectionId) {
      if (previous) closed.add(previous.collectionId);
      if (closed.has(token.collectionId)) return false;
      for (let depth = 0; depth < token.path.length - 1; depth++)
        if (closed.has(key(token, depth))) return false;
      previous = token;
      continue;
    }
    const before = previous.path;
    const path = token.path;
    let same = 0;
    while (same < before.length && same < path.length && before[same] === path[same]) same++;
    if (same === before.length || same === path.length) return false;
    if (!siblingsInOrder(before[same]!, path[same]!)) return false;
    for (let depth = same; depth < before.length - 1; depth++) closed.add(key(previous, depth));
    for (let depth = same; depth < path.length - 1; depth++)
      if (closed.has(key(token, depth))) return false;
    previous = token;
  }
  return true;
}

function child(node: Node, segment: string): Node {
  const children = (node.children ??= new Map());
  let next = children.get(segment);
  if (!next) {
    children.set(segment, (next = {}));
    if (indexKey(segment) === undefined) node.named = (node.named ?? 0) + 1;
  }
  return next;
}

export function inTreeOrder(tokens: ModelToken[]): void {
  if (alreadyInTreeOrder(tokens)) return;
  const roots = new Map<string, Node>();
  for (const token of tokens) {
    let at: Node | undefined = roots.get(token.collectionId);
    if (!at) roots.set(token.collectionId, (at = {}));
    for (const segment of token.path) at = child(at, segment);
    // A token is its group's `$root` member (see path-conflicts.ts): where it sits among the
    // group's members, a name that is also a group's keeps its place, as Figma's export has it.
    if (!at.tokens) at.rootAt = at.named ?? 0;
    (at.tokens ??= []).push(token);
  }
  let i = 0;
  for (const root of roots.values()) {
    // A stack, not recursion: paths nested thousands deep must not overflow.
    const stack: Node[] = [root];
    for (let at = stack.pop(); at; at = stack.pop()) {
      if (!at.children) {
        if (at.tokens) for (const token of at.tokens) tokens[i++] = token;
        continue;
      }
      const ordered = childrenInObjectOrder(at.children);
      // Index keys come first in JSON, then named ones as inserted, the tokens among those.
      if (at.tokens)
        ordered.splice(ordered.length - (at.named ?? 0) + (at.rootAt ?? 0), 0, {
          tokens: at.tokens,
        });
      for (let c = ordered.length - 1; c >= 0; c--) stack.push(ordered[c]!);
    }
  }
}
