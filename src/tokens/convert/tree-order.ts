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
  tokens: ModelToken[];
  children: Map<string, Node>;
}

const node = (): Node => ({ tokens: [], children: new Map() });

/** An array index as a JS object orders it: a canonical integer below 2^32 − 1. */
function indexKey(key: string): number | undefined {
  if (!/^(0|[1-9]\d*)$/.test(key)) return undefined;
  const n = Number(key);
  return n < 4294967295 ? n : undefined;
}

function objectKeyOrder(keys: Iterable<string>): string[] {
  const indices: [number, string][] = [];
  const names: string[] = [];
  for (const key of keys) {
    const index = indexKey(key);
    if (index === undefined) names.push(key);
    else indices.push([index, key]);
  }
  indices.sort((a, b) => a[0] - b[0]);
  return [...indices.map(([, key]) => key), ...names];
}

export function inTreeOrder(tokens: ModelToken[]): void {
  const roots = new Map<string, Node>();
  for (const token of tokens) {
    let at: Node | undefined = roots.get(token.collectionId);
    if (!at) roots.set(token.collectionId, (at = node()));
    for (const segment of token.path) {
      let next: Node | undefined = at.children.get(segment);
      if (!next) at.children.set(segment, (next = node()));
      at = next;
    }
    at.tokens.push(token);
  }
  const ordered: ModelToken[] = [];
  for (const root of roots.values()) {
    // A stack, not recursion: paths nested thousands deep must not overflow.
    const stack: Node[] = [root];
    for (let at = stack.pop(); at; at = stack.pop()) {
      ordered.push(...at.tokens);
      const keys = objectKeyOrder(at.children.keys());
      for (let i = keys.length - 1; i >= 0; i--) stack.push(at.children.get(keys[i]!)!);
    }
  }
  tokens.splice(0, tokens.length, ...ordered);
}
