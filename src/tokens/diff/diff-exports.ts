/**
 * Semantic diff between two DTCG exports: tokens are matched by Figma variable id first (so a
 * rename is a rename, not a removal plus an addition), then by path. Values are compared per
 * mode; aliases by their target, colours within half an 8-bit step so float noise is no change.
 */
import { getOwn, isRecord } from '../import/errors.ts';
import type { DtcgCollection, DtcgExport, DtcgToken, DtcgTokenValue } from '../dtcg/read-types.ts';
import { dtcgColorToRgba } from '../dtcg/read-values.ts';

export type DiffValue =
  | { kind: 'literal'; value: unknown }
  | { kind: 'alias'; targetPath: string; targetKey: string }
  | { kind: 'none' };

export interface DiffTokenRef {
  key: string;
  variableId?: string;
  path: string;
  name: string;
  collection: string;
  type?: string;
}

export interface ValueChange {
  /** The mode's name (in the new export when it exists there). */
  mode: string;
  old: DiffValue;
  new: DiffValue;
}

export interface ChangedToken extends DiffTokenRef {
  changes: ValueChange[];
}

export interface RenamedToken extends DiffTokenRef {
  from: { path: string; name: string };
}

export interface TypeChange extends DiffTokenRef {
  oldType?: string;
  newType?: string;
}

/** A removed token with everything needed to write it back as deprecated. */
export interface RemovedToken extends DiffTokenRef {
  pathSegments: string[];
  collectionSlug: string;
  collectionId?: string;
  description?: string;
  /** The token's full `$extensions` (including `com.figma`). */
  extensions?: Record<string, unknown>;
  /** Per mode; alias paths already point at where the target lives in the new export. */
  values: { mode: string; modeSlug: string; modeId?: string; value: DiffValue }[];
}

/** A collection of the next export that a partial previous export does not hold. */
export interface UncomparedCollection {
  name: string;
  /** Its tokens, left out of every count rather than read as added. */
  tokens: number;
}

export interface DiffOptions {
  /**
   * The previous export may be only some of an export's files (a user's upload): collections it
   * does not hold are not compared, since their tokens would all read as added.
   */
  previousMayBePartial?: boolean;
}

export interface TokenDiff {
  /** Collections left out of the comparison (only with `previousMayBePartial`). */
  notCompared: UncomparedCollection[];
  added: DiffTokenRef[];
  removed: RemovedToken[];
  renamed: RenamedToken[];
  changed: ChangedToken[];
  typeChanged: TypeChange[];
  /** Previous token key → next token key for every matched pair. */
  matches: Record<string, string>;
  counts: {
    added: number;
    removed: number;
    renamed: number;
    changed: number;
    typeChanged: number;
    valuesChanged: number;
    unchanged: number;
  };
}

const HALF_STEP = 0.5 / 255;

function refOf(token: DtcgToken, collection: DtcgCollection | undefined): DiffTokenRef {
  const ref: DiffTokenRef = {
    key: token.key,
    path: token.pathString,
    name: token.name,
    collection: collection?.name ?? token.collectionKey,
  };
  if (token.variableId) ref.variableId = token.variableId;
  if (token.type) ref.type = token.type;
  return ref;
}

function toDiffValue(value: DtcgTokenValue | undefined): DiffValue {
  if (!value) return { kind: 'none' };
  return value.kind === 'alias'
    ? { kind: 'alias', targetPath: value.targetPath, targetKey: value.targetKey }
    : { kind: 'literal', value: value.value };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a as object);
  const keysB = Object.keys(b as object);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) =>
    deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** Literal equality that ignores float noise in colours and the optional `hex` fallback. */
export function sameLiteral(type: string | undefined, a: unknown, b: unknown): boolean {
  if (deepEqual(a, b)) return true;
  const looksColor =
    type === 'color' || (isRecord(a) && 'colorSpace' in a) || (isRecord(b) && 'colorSpace' in b);
  if (!looksColor) return false;
  const ignore = () => {};
  const x = dtcgColorToRgba(a, ignore);
  const y = dtcgColorToRgba(b, ignore);
  if (!x || !y) return false;
  return (
    Math.abs(x.r - y.r) <= HALF_STEP &&
    Math.abs(x.g - y.g) <= HALF_STEP &&
    Math.abs(x.b - y.b) <= HALF_STEP &&
    Math.abs(x.a - y.a) <= HALF_STEP
  );
}

/** Whether the previous export holds a collection: by Figma id, else by slug (other tools). */
function collectionsIn(previous: DtcgExport) {
  const ids = new Set(previous.collections.flatMap((c) => (c.id ? [c.id] : [])));
  const slugs = new Set(previous.collections.map((c) => c.slug));
  return (collection: DtcgCollection | undefined) =>
    !collection ||
    (collection.id !== undefined && ids.has(collection.id)) ||
    slugs.has(collection.slug);
}

/** Unmatched next tokens are added, except in collections a partial previous export lacks. */
function collectAdded(
  diff: TokenDiff,
  previous: DtcgExport,
  next: DtcgExport,
  matchedNext: ReadonlySet<string>,
  options: DiffOptions,
) {
  const nextCollections = new Map(next.collections.map((c) => [c.key, c]));
  const held = options.previousMayBePartial ? collectionsIn(previous) : () => true;
  const uncompared = new Map(
    next.collections.filter((c) => !held(c)).map((c) => [c.key, { name: c.name, tokens: 0 }]),
  );
  for (const token of Object.values(next.tokens)) {
    if (matchedNext.has(token.key)) continue;
    const skipped = uncompared.get(token.collectionKey);
    if (skipped) skipped.tokens++;
    else diff.added.push(refOf(token, nextCollections.get(token.collectionKey)));
  }
  diff.notCompared = [...uncompared.values()];
}

export function diffExports(
  previous: DtcgExport,
  next: DtcgExport,
  options: DiffOptions = {},
): TokenDiff {
  const prevCollections = new Map(previous.collections.map((c) => [c.key, c]));
  const nextCollections = new Map(next.collections.map((c) => [c.key, c]));
  const prevTokens = Object.values(previous.tokens);
  const nextTokens = Object.values(next.tokens);

  // Match by variable id, then by path among the rest.
  const matches = new Map<string, string>();
  const matchedNext = new Set<string>();
  const nextById = new Map(nextTokens.filter((t) => t.variableId).map((t) => [t.variableId!, t]));
  for (const token of prevTokens) {
    const other = token.variableId ? nextById.get(token.variableId) : undefined;
    if (other) {
      matches.set(token.key, other.key);
      matchedNext.add(other.key);
    }
  }
  const nextByPath = new Map(
    nextTokens.filter((t) => !matchedNext.has(t.key)).map((t) => [t.pathString, t]),
  );
  for (const token of prevTokens) {
    if (matches.has(token.key)) continue;
    const other = nextByPath.get(token.pathString);
    // Two different Figma ids on one path are a delete plus a create, not the same token.
    if (other && !(token.variableId && other.variableId && token.variableId !== other.variableId)) {
      matches.set(token.key, other.key);
      matchedNext.add(other.key);
    }
  }
  // Aliases compare by target: a previous target key stands for its matched next key.
  const sameTarget = (a: string, b: string) => a === b || matches.get(a) === b;

  const diff: TokenDiff = {
    notCompared: [],
    added: [],
    removed: [],
    renamed: [],
    changed: [],
    typeChanged: [],
    matches: {},
    counts: {
      added: 0,
      removed: 0,
      renamed: 0,
      changed: 0,
      typeChanged: 0,
      valuesChanged: 0,
      unchanged: 0,
    },
  };
  for (const [from, to] of matches) diff.matches[from] = to;

  for (const token of prevTokens) {
    const otherKey = matches.get(token.key);
    const collection = prevCollections.get(token.collectionKey);
    if (!otherKey) {
      diff.removed.push(removedToken(token, collection, previous, next, matches));
      continue;
    }
    const other = getOwn(next.tokens, otherKey)!;
    const otherCollection = nextCollections.get(other.collectionKey);
    const ref = refOf(other, otherCollection);
    let touched = false;
    if (token.pathString !== other.pathString || token.name !== other.name) {
      diff.renamed.push({ ...ref, from: { path: token.pathString, name: token.name } });
      touched = true;
    }
    if (token.type !== other.type) {
      const change: TypeChange = { ...ref };
      if (token.type) change.oldType = token.type;
      if (other.type) change.newType = other.type;
      diff.typeChanged.push(change);
      touched = true;
    }
    const changes = compareValues(token, collection, other, otherCollection, sameTarget);
    if (changes.length > 0) {
      diff.changed.push({ ...ref, changes });
      diff.counts.valuesChanged += changes.length;
      touched = true;
    }
    if (!touched) diff.counts.unchanged++;
  }
  collectAdded(diff, previous, next, matchedNext, options);
  diff.counts.added = diff.added.length;
  diff.counts.removed = diff.removed.length;
  diff.counts.renamed = diff.renamed.length;
  diff.counts.changed = diff.changed.length;
  diff.counts.typeChanged = diff.typeChanged.length;
  return diff;
}

/** Pairs modes by Figma id, then by slug, then by name. */
function pairModes(a: DtcgCollection | undefined, b: DtcgCollection | undefined) {
  const pairs: { name: string; oldKey?: string; newKey?: string }[] = [];
  const used = new Set<string>();
  for (const mode of a?.modes ?? []) {
    const match =
      b?.modes.find((m) => !used.has(m.key) && m.id !== undefined && m.id === mode.id) ??
      b?.modes.find((m) => !used.has(m.key) && m.slug === mode.slug) ??
      b?.modes.find((m) => !used.has(m.key) && m.name === mode.name);
    if (match) used.add(match.key);
    pairs.push(
      match
        ? { name: match.name, oldKey: mode.key, newKey: match.key }
        : { name: mode.name, oldKey: mode.key },
    );
  }
  for (const mode of b?.modes ?? [])
    if (!used.has(mode.key)) pairs.push({ name: mode.name, newKey: mode.key });
  return pairs;
}

function compareValues(
  token: DtcgToken,
  collection: DtcgCollection | undefined,
  other: DtcgToken,
  otherCollection: DtcgCollection | undefined,
  sameTarget: (a: string, b: string) => boolean,
): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const pair of pairModes(collection, otherCollection)) {
    const before = pair.oldKey ? getOwn(token.values, pair.oldKey) : undefined;
    const after = pair.newKey ? getOwn(other.values, pair.newKey) : undefined;
    let same: boolean;
    if (!before || !after) same = !before && !after;
    else if (before.kind === 'alias' && after.kind === 'alias')
      same = sameTarget(before.targetKey, after.targetKey);
    else if (before.kind === 'literal' && after.kind === 'literal')
      same = sameLiteral(other.type ?? token.type, before.value, after.value);
    else same = false;
    if (!same) changes.push({ mode: pair.name, old: toDiffValue(before), new: toDiffValue(after) });
  }
  return changes;
}

function removedToken(
  token: DtcgToken,
  collection: DtcgCollection | undefined,
  previous: DtcgExport,
  next: DtcgExport,
  matches: ReadonlyMap<string, string>,
): RemovedToken {
  const removed: RemovedToken = {
    ...refOf(token, collection),
    pathSegments: token.path,
    collectionSlug: collection?.slug ?? token.path[0] ?? '',
    values: [],
  };
  if (collection?.id) removed.collectionId = collection.id;
  if (token.description !== undefined) removed.description = token.description;
  if (token.figma || token.extensions) {
    removed.extensions = { ...(token.extensions ?? {}) };
    if (token.figma) removed.extensions['com.figma'] = token.figma;
  }
  for (const mode of collection?.modes ?? []) {
    const value = getOwn(token.values, mode.key);
    let diffValue = toDiffValue(value);
    if (value?.kind === 'alias') {
      const movedTo = matches.get(value.targetKey);
      const target = movedTo
        ? getOwn(next.tokens, movedTo)
        : getOwn(previous.tokens, value.targetKey);
      diffValue = {
        kind: 'alias',
        targetKey: value.targetKey,
        targetPath: target?.pathString ?? value.targetPath,
      };
    }
    const entry: RemovedToken['values'][number] = {
      mode: mode.name,
      modeSlug: mode.slug,
      value: diffValue,
    };
    if (mode.id) entry.modeId = mode.id;
    removed.values.push(entry);
  }
  return removed;
}
