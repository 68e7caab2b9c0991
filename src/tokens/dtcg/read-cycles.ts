/**
 * Alias cycle detection. Nodes are (variable, mode) pairs: an alias inside one collection keeps
 * the mode, an alias into another collection may land on any of its modes (the consumer picks
 * it), so it fans out to all of them.
 */
import { getOwn } from '../import/errors.ts';
import type { DtcgExport } from './read-types.ts';

/** Returns each cycle found as the list of node ids along it (iterative DFS, no recursion). */
export function findGraphCycles(adjacency: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = done
  const cycles: string[][] = [];
  for (const start of adjacency.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, 1);
    path.push(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const edges = adjacency.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const target = edges[frame.next++]!;
        const seen = state.get(target);
        if (seen === 1) {
          cycles.push(path.slice(path.indexOf(target)));
        } else if (seen === undefined) {
          state.set(target, 1);
          path.push(target);
          stack.push({ node: target, next: 0 });
        }
      } else {
        state.set(frame.node, 2);
        path.pop();
        stack.pop();
      }
    }
  }
  return cycles;
}

const SEPARATOR = '\u0000';

/** Alias cycles in an export, each as the distinct token keys involved, in order. */
export function findAliasCycles(data: DtcgExport): string[][] {
  const collectionModes = new Map(
    data.collections.map((collection) => [
      collection.key,
      collection.modes.map((mode) => mode.key),
    ]),
  );
  const adjacency = new Map<string, string[]>();
  for (const token of Object.values(data.tokens)) {
    for (const [modeKey, value] of Object.entries(token.values)) {
      if (value.kind !== 'alias') continue;
      const target = getOwn(data.tokens, value.targetKey);
      if (!target) continue;
      const modes =
        target.collectionKey === token.collectionKey
          ? [modeKey]
          : (collectionModes.get(target.collectionKey) ?? []);
      adjacency.set(
        `${token.key}${SEPARATOR}${modeKey}`,
        modes.map((mode) => `${target.key}${SEPARATOR}${mode}`),
      );
    }
  }
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const cycle of findGraphCycles(adjacency)) {
    const keys = [...new Set(cycle.map((node) => node.split(SEPARATOR)[0]!))];
    const id = [...keys].sort().join(SEPARATOR);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(keys);
  }
  return out;
}
