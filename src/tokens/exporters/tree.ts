/**
 * Nested groups keyed by user-chosen names. Groups are null-prototype objects, so a name like
 * `__proto__`, `constructor` or `toString` is an own key like any other: it cannot reach
 * `Object.prototype`, find an inherited method, or vanish. Leaves are never null-prototype.
 */
export type Tree<Leaf> = { [key: string]: Tree<Leaf> | Leaf };

export function createTree<Leaf>(): Tree<Leaf> {
  return Object.create(null) as Tree<Leaf>;
}

export function isTree<Leaf>(value: Tree<Leaf> | Leaf | undefined): value is Tree<Leaf> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === null;
}

/** The group at `path` under `tree`, created as needed (a leaf in the way is replaced). */
export function groupAt<Leaf>(tree: Tree<Leaf>, path: readonly string[]): Tree<Leaf> {
  let node = tree;
  for (const segment of path) {
    const existing = Object.hasOwn(node, segment) ? node[segment] : undefined;
    if (isTree(existing)) {
      node = existing;
    } else {
      const next = createTree<Leaf>();
      node[segment] = next;
      node = next;
    }
  }
  return node;
}

export function insertLeaf<Leaf>(tree: Tree<Leaf>, path: readonly string[], leaf: Leaf): void {
  const last = path[path.length - 1] ?? 'value';
  groupAt(tree, path.slice(0, -1))[last] = leaf;
}
