/**
 * Modes in one file, as Terrazzo (and Cobalt before it) writes them: `$extensions.mode` beside
 * `$value`, `{"light": …, "dark": …}`. `$value` is the value where no mode is chosen, and for a
 * mode a token does not name. A file like that is read as a collection with those modes, as if
 * each mode were a file of its own: Figma's SDS and GitHub's Primer files in Terrazzo's fixtures
 * hold their dark themes this way, and only `$value` reached CSS and code before.
 */
import { childPath, getOwn, isRecord, setOwn } from '../import/errors.ts';

/** Where a mode's value was written, for the token nodes made here (read by read-tokens.ts). */
const valuePaths = new WeakMap<object, string>();

export function modeValuePath(node: object): string | undefined {
  return valuePaths.get(node);
}

/** Bounds the walks: deeper trees are hostile, and read-tree refuses them anyway. */
const MAX_DEPTH = 256;

/** A group's members: its keys but `$` properties, `$root` (a token) included. */
const isMember = (key: string) => !key.startsWith('$') || key === '$root';

function modesOf(node: Record<string, unknown>): Record<string, unknown> | undefined {
  const extensions = getOwn(node, '$extensions');
  const modes = isRecord(extensions) ? getOwn(extensions, 'mode') : undefined;
  return isRecord(modes) ? modes : undefined;
}

/** The mode names the file's tokens give, in the order they first appear. */
function modeNames(tree: unknown): string[] {
  const names = new Set<string>();
  const stack: [unknown, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isRecord(node) || depth > MAX_DEPTH) continue;
    if (Object.hasOwn(node, '$value')) {
      for (const name of Object.keys(modesOf(node) ?? {})) names.add(name);
      continue;
    }
    const children = Object.entries(node).filter(([key]) => isMember(key));
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]![1], depth + 1]);
  }
  return [...names];
}

/**
 * The tree as one mode sees it: each token's `$value` replaced by its value for `mode` where it
 * gives one, and `$extensions.mode` gone (each mode now holds its own values).
 */
function treeForMode(
  node: unknown,
  jsonPath: string,
  mode: string | undefined,
  depth = 0,
): unknown {
  if (!isRecord(node) || depth > MAX_DEPTH) return node;
  const out: Record<string, unknown> = {};
  if (Object.hasOwn(node, '$value')) {
    for (const [key, value] of Object.entries(node)) setOwn(out, key, value);
    const modes = modesOf(node);
    if (!modes) return out;
    const extensions = { ...(node.$extensions as Record<string, unknown>) };
    delete extensions.mode;
    if (Object.keys(extensions).length > 0) out.$extensions = extensions;
    else delete out.$extensions;
    if (mode !== undefined && Object.hasOwn(modes, mode)) {
      out.$value = modes[mode];
      valuePaths.set(out, childPath(childPath(childPath(jsonPath, '$extensions'), 'mode'), mode));
    }
    return out;
  }
  for (const [key, value] of Object.entries(node))
    setOwn(
      out,
      key,
      isMember(key) ? treeForMode(value, childPath(jsonPath, key), mode, depth + 1) : value,
    );
  return out;
}

/** True when every token naming `mode` gives it the same value as its `$value`. */
function isValueMode(tree: unknown, mode: string, depth = 0): boolean {
  if (!isRecord(tree) || depth > MAX_DEPTH) return true;
  if (Object.hasOwn(tree, '$value')) {
    const modes = modesOf(tree);
    return (
      !modes ||
      !Object.hasOwn(modes, mode) ||
      JSON.stringify(modes[mode]) === JSON.stringify(tree.$value)
    );
  }
  return Object.entries(tree).every(
    ([key, child]) => !isMember(key) || isValueMode(child, mode, depth + 1),
  );
}

export interface ModeContexts {
  /** The mode `$value` stands for: a named mode that always equals it, else `default`. */
  defaultMode: string;
  contexts: { name: string; tree: unknown }[];
}

/** The file's modes, each with the tree it reads; undefined when its tokens name no modes. */
export function modeContexts(tree: unknown): ModeContexts | undefined {
  const names = modeNames(tree);
  if (names.length === 0) return undefined;
  const same = names.find((name) => isValueMode(tree, name));
  let defaultMode = same ?? 'default';
  while (same === undefined && names.includes(defaultMode)) defaultMode = `${defaultMode}-value`;
  const others = names.filter((name) => name !== defaultMode);
  return {
    defaultMode,
    contexts: [
      { name: defaultMode, tree: treeForMode(tree, '$', undefined) },
      ...others.map((name) => ({ name, tree: treeForMode(tree, '$', name) })),
    ],
  };
}
