/**
 * What each CSS mode block must declare so that `data-<collection>="<mode>"` works on any element.
 *
 * A custom property's `var()` is substituted on the element that declares it, and children
 * inherit the result. So when `[data-semantic="dark"]` on a `<div>` redeclares `--bg`, a token
 * `--surface: var(--bg)` declared on `:root` keeps the light colour inside the `<div>` unless the
 * block redeclares `--surface` too. Each block therefore holds the tokens whose value changes in
 * that mode plus every token that aliases one of them, directly or through a chain, in any
 * collection.
 *
 * A dependent from another collection is declared with its own collection's default-mode value,
 * and, for each other mode of its collection where its value differs, in an extra rule that also
 * requires that mode (`[data-other="m"] [data-semantic="dark"], [data-other="m"][data-semantic="dark"]`),
 * which wins by specificity. Limit: when one collection's attribute is set on two nested
 * ancestors, CSS cannot prefer the nearer one in such combined rules; source order decides.
 *
 * A block on `:root` (a `prefers-color-scheme` media query) needs no dependents: everything on
 * `:root` is substituted together.
 */
import type {
  ConversionWarning,
  ModelCollection,
  ModelMode,
  ModelToken,
  TokenModel,
  TokenValue,
} from '../model.ts';
import { collectionsWithTokens, differsFromDefault } from './shared.ts';
import { valueReferences } from '../value-references.ts';

export interface Declaration {
  token: ModelToken;
  value: TokenValue;
}

export interface ModeRule {
  /** Set when the rule also requires another collection's mode (cross-collection dependents). */
  also?: { collection: ModelCollection; mode: ModelMode };
  declarations: Declaration[];
}

export interface ModeBlock {
  collection: ModelCollection;
  mode: ModelMode;
  /** The first rule is the mode's own (plain selector); the others add a condition. */
  rules: ModeRule[];
}

export function defaultValue(
  token: ModelToken,
  collection: ModelCollection,
): TokenValue | undefined {
  return token.values[collection.defaultModeId] ?? Object.values(token.values)[0];
}

/** Every token a value links to (see valueReferences), the common case without an array. */
function linkedIds(value: TokenValue): readonly string[] {
  if (value.kind === 'literal' && !value.composed) return NONE;
  return valueReferences(value);
}
const NONE: readonly string[] = [];

/** Who aliases whom, in any mode: target id → ids of the tokens that alias it. */
export function aliasedBy(model: TokenModel): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const token of model.tokens) {
    for (const value of Object.values(token.values)) {
      for (const target of linkedIds(value)) {
        const list = index.get(target);
        // A token links to the same target in several modes: listed once (it is the last one).
        if (!list) index.set(target, [token.id]);
        else if (list[list.length - 1] !== token.id) list.push(token.id);
      }
    }
  }
  return index;
}

export function withDependents(changed: ModelToken[], index: Map<string, string[]>): Set<string> {
  const seen = new Set(changed.map((token) => token.id));
  const queue = [...seen];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const dependent of index.get(next) ?? []) {
      if (seen.has(dependent)) continue;
      seen.add(dependent);
      queue.push(dependent);
    }
  }
  return seen;
}

function rulesFor(
  model: TokenModel,
  collection: ModelCollection,
  mode: ModelMode,
  members: Set<string>,
  collectionsById: Map<string, ModelCollection>,
): ModeRule[] {
  const own: ModeRule = { declarations: [] };
  const extra = new Map<string, ModeRule>();
  for (const token of model.tokens) {
    if (!members.has(token.id)) continue;
    const home = collectionsById.get(token.collectionId);
    if (!home) continue;
    if (home.id === collection.id) {
      const value = token.values[mode.id] ?? defaultValue(token, home);
      if (value) own.declarations.push({ token, value });
      continue;
    }
    const value = defaultValue(token, home);
    if (value) own.declarations.push({ token, value });
    for (const other of home.modes) {
      if (other.id === home.defaultModeId || !differsFromDefault(token, home, other.id)) continue;
      const key = `${home.id}\u0000${other.id}`;
      const rule = extra.get(key) ?? { also: { collection: home, mode: other }, declarations: [] };
      rule.declarations.push({ token, value: token.values[other.id] as TokenValue });
      extra.set(key, rule);
    }
  }
  return [own, ...extra.values()].filter((rule) => rule.declarations.length > 0);
}

/**
 * One block per non-default mode that changes something. `onRoot(collection, mode)` says whether
 * the block applies on `:root` only (media queries), where dependents need no redeclaring.
 * The default mode gets a block too, unless it is on `:root`: `data-theme="light"` inside a
 * `data-theme="dark"` subtree brings back the default values of what any other mode changes.
 */
export function planModeBlocks(
  model: TokenModel,
  onRoot: (collection: ModelCollection, mode: ModelMode) => boolean,
): ModeBlock[] {
  const index = aliasedBy(model);
  const collectionsById = new Map(model.collections.map((c) => [c.id, c]));
  const blocks: ModeBlock[] = [];
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    const others = collection.modes.filter((mode) => mode.id !== collection.defaultModeId);
    const defaultMode = collection.modes.find((mode) => mode.id === collection.defaultModeId);
    const modes =
      defaultMode && !onRoot(collection, defaultMode) ? [defaultMode, ...others] : others;
    for (const mode of modes) {
      const changed =
        mode === defaultMode
          ? tokens.filter((token) =>
              others.some((o) => differsFromDefault(token, collection, o.id)),
            )
          : tokens.filter((token) => differsFromDefault(token, collection, mode.id));
      if (!changed.length) continue;
      const members = onRoot(collection, mode)
        ? new Set(changed.map((token) => token.id))
        : withDependents(changed, index);
      blocks.push({
        collection,
        mode,
        rules: rulesFor(model, collection, mode, members, collectionsById),
      });
    }
  }
  return blocks;
}

/**
 * A rule's text from its conditions (selectors or `@media` preludes; the first is the block's
 * own) and its declaration lines, indented by `indent`.
 */
export function renderRule(conditions: string[], declarations: string[], indent: string): string {
  const media = conditions.filter((c) => c.startsWith('@media'));
  const selectors = conditions.filter((c) => !c.startsWith('@media'));
  const [own, other] = selectors;
  const selector = !own ? ':root' : other ? `${other} ${own}, ${other}${own}` : own;
  const lines: string[] = [];
  let depth = indent;
  for (const query of media) {
    lines.push(`${depth}${query} {`);
    depth += '  ';
  }
  // One join, not a spread: a block can hold tens of thousands of declarations.
  const body = declarations.length ? `\n${depth}  ${declarations.join(`\n${depth}  `)}` : '';
  lines.push(`${depth}${selector} {${body}\n${depth}}`);
  for (let i = media.length - 1; i >= 0; i--) lines.push(`${indent}${'  '.repeat(i)}}`);
  return lines.join('\n');
}

/**
 * A class names a mode, not its collection: where two collections' blocks share one (`.dark` in
 * "theme" and in "chart"), setting it switches both, and no element can hold one collection's
 * dark with the other's light. Said once per shared class.
 */
export function warnSharedModeSelectors(
  blocks: readonly ModeBlock[],
  selectorOf: (collection: ModelCollection, mode: ModelMode) => string,
  warnings: ConversionWarning[],
): void {
  const owners = new Map<string, ModelCollection[]>();
  for (const { collection, mode } of blocks) {
    const selector = selectorOf(collection, mode);
    if (selector.startsWith('@media')) continue;
    const list = owners.get(selector) ?? [];
    if (!list.includes(collection)) list.push(collection);
    owners.set(selector, list);
  }
  for (const [selector, collections] of owners) {
    if (collections.length < 2) continue;
    const names = collections.map((c) => `“${c.name}”`);
    const listed = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    warnings.push({
      code: 'selector-fallback',
      message: `${selector} switches the modes of ${listed} at once, so no element can set them apart; the data-attribute mode selector (one attribute per collection) combines them freely.`,
      collectionName: collections[0]!.name,
    });
  }
}
