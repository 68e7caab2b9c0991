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

/**
 * `insertLeaf` for many leaves into one tree: the group of each parent path is found once, not
 * walked again for every sibling. A leaf written over a group forgets the remembered groups, so
 * later leaves still land in the tree.
 */
export function leafInserter<Leaf>(
  tree: Tree<Leaf>,
): (path: readonly string[], leaf: Leaf) => void {
  let groups = new Map<string, Tree<Leaf>>();
  // Siblings usually come one after another: the previous leaf's group is checked first, segment
  // by segment, before a key is built (one slice and one join per leaf otherwise).
  let previousPath: readonly string[] = [];
  let previousGroup: Tree<Leaf> | undefined;
  return (path, leaf) => {
    let group = previousGroup && sameParent(previousPath, path) ? previousGroup : undefined;
    if (!group) {
      const parentPath = path.slice(0, -1);
      const key = parentPath.join('\u0000');
      group = groups.get(key);
      if (!group) groups.set(key, (group = groupAt(tree, parentPath)));
    }
    const last = path[path.length - 1] ?? 'value';
    if (Object.hasOwn(group, last) && isTree(group[last])) {
      groups = new Map();
      previousGroup = undefined;
    } else {
      previousPath = path;
      previousGroup = group;
    }
    group[last] = leaf;
  };
}

function sameParent(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  return true;
}
