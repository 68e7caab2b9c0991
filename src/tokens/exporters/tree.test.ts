import { describe, expect, it } from 'vitest';
import { createTree, insertLeaf, leafInserter } from './tree.ts';

const inserts: [string[], number][] = [
  [['a', 'b', 'c'], 1],
  [['a', 'b', 'e'], 6], // a sibling right after: the previous leaf's group is reused
  [['a', 'x'], 2],
  [['a', 'b'], 3], // a leaf over the group a.b
  [['a', 'b', 'd'], 4], // the leaf in the way is replaced by a group again
  [['a', 'b', 'f'], 7], // a sibling after the group was replaced: not the old group
  [['__proto__', 'toString'], 5],
  [['p', 'q', 'r'], 8],
  [['p', 's', 'r'], 9], // same length and last name, another parent
  [['k', 'm', 'n'], 10],
  [['k', 'm'], 11], // a leaf over the group the previous leaf went into
  [['k', 'm', 'o'], 12], // lands in a new group, not in the one replaced
];

describe('leafInserter', () => {
  it('builds the same tree as insertLeaf, including leaves over groups and back', () => {
    const expected = createTree<number>();
    for (const [path, leaf] of inserts) insertLeaf(expected, path, leaf);
    const actual = createTree<number>();
    const insert = leafInserter(actual);
    for (const [path, leaf] of inserts) insert(path, leaf);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    expect(JSON.stringify(actual)).toBe(
      '{"a":{"b":{"d":4,"f":7},"x":2},"__proto__":{"toString":5},"p":{"q":{"r":8},"s":{"r":9}},"k":{"m":{"o":12}}}',
    );
  });
});
