/**
 * inTreeOrder against the order JSON itself gives: the same paths nested in plain objects and
 * read back with Object.keys, as the DTCG export writes and a re-read finds them. Random trees
 * with index-like keys ("0", "50", "100", "01", "4294967295"), shuffled and already grouped (the
 * fast path that skips the tree).
 */
import { describe, expect, it } from 'vitest';
import type { ModelToken } from '../model.ts';
import { inTreeOrder } from './tree-order.ts';

/** A small deterministic generator (mulberry32), so a failure can be replayed by its seed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['0', '50', '100', '7', '01', '4294967295', '4294967294', 'a', 'b', 'Z', '1.5', '-1'];

/** Keys JSON keeps in insertion order: only groups reopened can put them out of tree order. */
const NAMES = KEYS.filter((key) => !/^(0|[1-9]\d*)$/.test(key) || key === '4294967295');

function randomPaths(next: () => number, keys: readonly string[]): string[][] {
  const paths: string[][] = [];
  const grow = (prefix: string[], depth: number) => {
    const chosen = keys.filter(() => next() < 0.4);
    for (const key of chosen) {
      if (depth < 3 && next() < 0.4) grow([...prefix, key], depth + 1);
      else paths.push([...prefix, key]);
    }
  };
  grow([], 0);
  return paths;
}

function jsonOrder(tokens: readonly ModelToken[]): string[] {
  type Tree = { [key: string]: Tree | string };
  const roots: Record<string, Tree> = {};
  for (const token of tokens) {
    let at: Tree = (roots[`c:${token.collectionId}`] ??= {});
    for (const segment of token.path.slice(0, -1)) at = (at[segment] ??= {}) as Tree;
    at[token.path.at(-1)!] = token.id;
  }
  const out: string[] = [];
  const walk = (tree: Tree) => {
    for (const key of Object.keys(tree)) {
      const child = tree[key]!;
      if (typeof child === 'string') out.push(child);
      else walk(child);
    }
  };
  for (const key of Object.keys(roots)) walk(roots[key]!);
  return out;
}

/** Grouped as Maps keep keys, all in insertion order: no group reopens, index keys unsorted. */
function groupedByInsertion(tokens: readonly ModelToken[]): ModelToken[] {
  type Node = { tokens: ModelToken[]; children: Map<string, Node> };
  const root: Node = { tokens: [], children: new Map() };
  for (const t of tokens) {
    let at = root;
    for (const segment of [t.collectionId, ...t.path]) {
      let next = at.children.get(segment);
      if (!next) at.children.set(segment, (next = { tokens: [], children: new Map() }));
      at = next;
    }
    at.tokens.push(t);
  }
  const out: ModelToken[] = [];
  const walk = (node: Node) => {
    out.push(...node.tokens);
    for (const child of node.children.values()) walk(child);
  };
  walk(root);
  return out;
}

const token = (collectionId: string, path: string[]): ModelToken =>
  ({ id: `${collectionId}:${path.join('/')}`, collectionId, path }) as unknown as ModelToken;

describe('inTreeOrder', () => {
  it('orders tokens as JSON orders the nested export, shuffled or already grouped', () => {
    let total = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      // Shuffled within each collection, the collections one after the other (as Figma lists
      // them), and every other seed also interleaved.
      const shuffled = ['x', 'y'].flatMap((collection) =>
        randomPaths(next, seed % 3 === 0 ? NAMES : KEYS)
          .map((path) => token(collection, path))
          .sort(() => next() - 0.5),
      );
      if (seed % 2 === 0) shuffled.sort(() => next() - 0.5);
      // Every fifth: grouped, but with index keys where they were inserted, not first.
      if (seed % 5 === 0) shuffled.splice(0, shuffled.length, ...groupedByInsertion(shuffled));
      total += shuffled.length;
      const expected = jsonOrder(shuffled);
      const ordered = [...shuffled];
      inTreeOrder(ordered);
      expect(
        ordered.map((t) => t.id),
        `seed ${seed}`,
      ).toEqual(expected);
      // Already in order: the fast path keeps it exactly.
      const again = [...ordered];
      inTreeOrder(again);
      expect(
        again.map((t) => t.id),
        `seed ${seed}, again`,
      ).toEqual(expected);
    }
    // The generator made real trees, not empty ones.
    expect(total).toBeGreaterThan(2000);
  });
});
