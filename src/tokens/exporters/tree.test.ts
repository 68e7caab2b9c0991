import { describe, expect, it } from 'vitest';
import { createTree, insertLeaf, leafInserter } from './tree.ts';

const inserts: [string[], number][] = [
  [['a', 'b', 'c'], 1],
  [['a', 'x'], 2],
  [['a', 'b'], 3], // a leaf over the group a.b
  [['a', 'b', 'd'], 4], // the leaf in the way is replaced by a group again
  [['__proto__', 'toString'], 5],
];

describe('leafInserter', () => {
  it('builds the same tree as insertLeaf, including leaves over groups and back', () => {
    const expected = createTree<number>();
    for (const [path, leaf] of inserts) insertLeaf(expected, path, leaf);
    const actual = createTree<number>();
    const insert = leafInserter(actual);
    for (const [path, leaf] of inserts) insert(path, leaf);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    expect(JSON.stringify(actual)).toBe('{"a":{"b":{"d":4},"x":2},"__proto__":{"toString":5}}');
  });
});
