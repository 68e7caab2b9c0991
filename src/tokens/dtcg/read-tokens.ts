/**
 * Occurrences → tokens: each token's identity (Figma variable id, else its path), metadata, and
 * per-mode values. References are only recorded here; they resolve once every token is known.
 */
import { childPath, getOwn, isRecord, setOwn } from '../import/errors.ts';
import type { ImportWarning } from '../import/errors.ts';
import { figmaExtensionOf } from './read-extensions.ts';
import { modeValuePath } from './read-mode-extension.ts';
import { nameAfterKeyEdits } from './read-renames.ts';
import { composedOf, figmaTextOf, isFilled, libraryAliasOf, stampOf } from './read-provenance.ts';
import type { PendingComposed } from './read-provenance.ts';
import type { Accumulator } from './read-occurrences.ts';
import type { RawToken } from './read-tree.ts';
import type { DtcgCollection, DtcgToken } from './read-types.ts';
import { curlyReferenceTarget, pointerReferenceOf } from './reference.ts';

/** A reference waiting for every token to be known: `{a.b}` or a JSON Pointer. */
export interface PendingReference {
  token: DtcgToken;
  modeKey: string;
  reference:
    | { kind: 'curly'; target: string; raw: string }
    | { kind: 'pointer'; pointer: string }
    /** The same path in an earlier resolver layer, for a context this layer leaves unset. */
    | { kind: 'earlier-layer'; key: string };
  /** The export filled this mode from the default mode (Figma had no value). */
  filled?: boolean;
  stamp?: string;
  file: string;
  /** Where the reference is written: `…$value` or `…$ref` for a token-level `$ref`. */
  jsonPath: string;
}

/** Where each token's value for each mode is written: token key → mode key → location. */
export type ValueSites = Map<string, Map<string, { file: string; jsonPath: string }>>;

export interface BuiltTokens {
  tokens: Record<string, DtcgToken>;
  references: PendingReference[];
  /** Composed colours recorded beside literal values, linked once every key is known. */
  composed: PendingComposed[];
  sites: ValueSites;
  sawFigmaIds: boolean;
}

const slugish = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
const sameSlug = (a: string, b: string) => a === b || slugish(a) === slugish(b);

/**
 * Under a resolver the top-level group often names the collection (Tokenport's layout), and the
 * Figma name drops it. Files without a resolver name their collection themselves (Figma's
 * `<Collection>.<Mode>.json`), so their paths are kept whole.
 */
function variableName(acc: Accumulator, collection: DtcgCollection, resolver: boolean): string {
  const head = acc.path[0]!;
  const named =
    resolver &&
    acc.path.length > 1 &&
    (sameSlug(head, collection.slug) || sameSlug(head, collection.name));
  return (named ? acc.path.slice(1) : acc.path).join('/');
}

function otherExtensions(node: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!isRecord(node.$extensions)) return undefined;
  const others = Object.entries(node.$extensions).filter(([name]) => name !== 'com.figma');
  if (others.length === 0) return undefined;
  const out: Record<string, unknown> = {};
  for (const [name, value] of others) setOwn(out, name, value);
  return out;
}

const ownType = (raw: RawToken): string | undefined =>
  typeof raw.node.$type === 'string' ? raw.node.$type : raw.inheritedType;

/**
 * The default mode's type, else one stated in another mode: a default-mode alias carries no
 * `$type` when its target's type differs (a dimension aliasing an opacity in Figma), so the
 * type comes from the modes that hold literals instead of from the alias target.
 */
function statedType(acc: Accumulator, primary: RawToken): string | undefined {
  const own = ownType(primary);
  if (own) return own;
  for (const occurrence of [...acc.byMode.values(), ...(acc.base ? [acc.base] : [])]) {
    const type = ownType(occurrence.raw);
    if (type) return type;
  }
  return undefined;
}

function describeToken(
  acc: Accumulator,
  collection: DtcgCollection,
  key: string,
  primary: RawToken,
  resolver: boolean,
): DtcgToken {
  const node = primary.node;
  const figma = figmaExtensionOf(node);
  const token: DtcgToken = {
    key,
    path: acc.path,
    pathString: acc.pathString,
    collectionKey: collection.key,
    name: figma?.name
      ? // Tokenport's export holds each collection under its slug; a key edited there renames.
        acc.path[0] === collection.slug && acc.path.length > 1
        ? nameAfterKeyEdits(figma.name, acc.path.slice(1), figma.variableId)
        : figma.name
      : variableName(acc, collection, resolver),
    values: {},
    source: { file: primary.file, jsonPath: primary.jsonPath },
  };
  if (figma?.variableId && key === figma.variableId) token.variableId = figma.variableId;
  const type = statedType(acc, primary);
  if (type) token.type = type;
  if (typeof node.$description === 'string') token.description = node.$description;
  const deprecated =
    typeof node.$deprecated === 'boolean' || typeof node.$deprecated === 'string'
      ? node.$deprecated
      : primary.inheritedDeprecated;
  if (deprecated !== undefined) token.deprecated = deprecated;
  if (figma) token.figma = figma;
  const extensions = otherExtensions(node);
  if (extensions) token.extensions = extensions;
  return token;
}

/** Records one mode's value: a literal now, a reference for later. */
function readModeValue(token: DtcgToken, modeKey: string, raw: RawToken, built: BuiltTokens): void {
  const { references } = built;
  const node = raw.node;
  const stamp = stampOf(node);
  const libraryAlias = libraryAliasOf(node);
  const figmaText = figmaTextOf(node);
  const provenance = {
    ...(isFilled(node) ? { filled: true as const } : {}),
    ...(stamp !== undefined ? { stamp } : {}),
    ...(libraryAlias ? { libraryAlias } : {}),
    ...(figmaText !== undefined ? { figmaText } : {}),
  };
  const at = (jsonPath: string) => {
    const sites =
      built.sites.get(token.key) ?? new Map<string, { file: string; jsonPath: string }>();
    sites.set(modeKey, { file: raw.file, jsonPath });
    built.sites.set(token.key, sites);
    return { token, modeKey, file: raw.file, jsonPath, ...provenance };
  };
  if (typeof node.$ref === 'string' && !Object.hasOwn(node, '$value')) {
    const where = at(childPath(raw.jsonPath, '$ref'));
    references.push({ ...where, reference: { kind: 'pointer', pointer: node.$ref } });
    return;
  }
  const value = node.$value;
  const where = at(modeValuePath(raw.node) ?? childPath(raw.jsonPath, '$value'));
  // Tokenport's export marks Figma text that merely looks like a reference.
  const text = typeof value === 'string' && figmaExtensionOf(node)?.literalText === true;
  const curly = text ? undefined : curlyReferenceTarget(value);
  if (curly !== undefined) {
    const reference = { kind: 'curly' as const, target: curly.trim(), raw: value as string };
    references.push({ ...where, reference });
    return;
  }
  const pointer = pointerReferenceOf(value);
  if (pointer !== undefined) {
    references.push({ ...where, reference: { kind: 'pointer', pointer } });
    return;
  }
  setOwn(token.values, modeKey, { kind: 'literal', value, ...provenance });
  const composed = composedOf(node);
  if (composed) built.composed.push({ token, modeKey, ...composed });
}

function tokenKey(
  acc: Accumulator,
  collection: DtcgCollection,
  primary: RawToken,
  tokens: Record<string, DtcgToken>,
  warnings: ImportWarning[],
): string {
  const variableId = figmaExtensionOf(primary.node)?.variableId;
  const pathKey = `path:${acc.pathString}`;
  if (variableId && !getOwn(tokens, variableId)) return variableId;
  if (variableId) {
    warnings.push({
      code: 'duplicate-variable-id',
      message: `variable id ${variableId} appears on two tokens; ${acc.pathString} is matched by its path instead`,
      file: primary.file,
      jsonPath: primary.jsonPath,
      variable: variableId,
    });
  }
  // Two collections may hold the same path (files without a resolver are kept apart).
  return getOwn(tokens, pathKey) ? `path:${collection.name}/${acc.pathString}` : pathKey;
}

/** A Figma variable has one description: another context's own is named, not dropped unseen. */
function warnOtherDescription(
  token: DtcgToken,
  mode: { name: string },
  raw: RawToken,
  warnings: ImportWarning[],
) {
  const own = raw.node.$description;
  if (typeof own !== 'string' || own === (token.description ?? '')) return;
  warnings.push({
    code: 'description-left-out',
    message: `the description in mode "${mode.name}" ("${own}") differs from the default's and is left out: a Figma variable has one description`,
    file: raw.file,
    jsonPath: childPath(raw.jsonPath, '$description'),
    variable: token.name,
  });
}

/**
 * A Figma variable carries one set of `$extensions` and one `$deprecated`, the default context's:
 * another context's own are named, not dropped unseen (as for descriptions).
 */
function warnOtherMetadata(
  token: DtcgToken,
  mode: { name: string },
  raw: RawToken,
  primary: RawToken,
  warnings: ImportWarning[],
) {
  if (raw === primary) return;
  const own = JSON.stringify(otherExtensions(raw.node) ?? null);
  if (own !== JSON.stringify(otherExtensions(primary.node) ?? null))
    warnings.push({
      code: 'extensions-left-out',
      message: `the $extensions in mode "${mode.name}" differ from the default's and are left out: a Figma variable keeps one set, the default mode's`,
      file: raw.file,
      jsonPath: childPath(raw.jsonPath, '$extensions'),
      variable: token.name,
    });
  if (
    JSON.stringify(raw.node.$deprecated ?? null) !==
    JSON.stringify(primary.node.$deprecated ?? null)
  )
    warnings.push({
      code: 'deprecated-left-out',
      message: `$deprecated in mode "${mode.name}" (${JSON.stringify(raw.node.$deprecated ?? false)}) differs from the default's and is left out: a Figma variable is deprecated in every mode or none`,
      file: raw.file,
      jsonPath: childPath(raw.jsonPath, '$deprecated'),
      variable: token.name,
    });
}

export function buildTokens(
  accumulators: readonly Accumulator[],
  collections: ReadonlyMap<string, DtcgCollection>,
  options: { resolver: boolean; warnings: ImportWarning[] },
): BuiltTokens {
  const { warnings } = options;
  const built: BuiltTokens = {
    tokens: {},
    references: [],
    composed: [],
    sites: new Map(),
    sawFigmaIds: false,
  };
  const { tokens } = built;
  const keys = new Map<Accumulator, string>();
  for (const acc of accumulators) {
    const collection = collections.get(acc.collectionKey)!;
    // What the default context resolves to: this layer's own token there, else the earlier
    // layer's it overrode (its description, not another context's, describes the default).
    const primary = (acc.byMode.get(collection.defaultModeKey) ??
      acc.base ??
      [...acc.byMode.values()][0])!.raw;
    const key = acc.kept
      ? `path:${collection.name}/${acc.pathString}`
      : tokenKey(acc, collection, primary, tokens, warnings);
    keys.set(acc, key);
    const token = describeToken(acc, collection, key, primary, options.resolver);
    if (acc.kept) token.overridden = true;
    if (token.variableId) built.sawFigmaIds = true;
    const fallthroughKey = acc.fallthrough && keys.get(acc.fallthrough);
    for (const mode of collection.modes) {
      if (fallthroughKey !== undefined && !acc.byMode.has(mode.key)) {
        built.references.push({
          token,
          modeKey: mode.key,
          file: primary.file,
          jsonPath: primary.jsonPath,
          reference: { kind: 'earlier-layer', key: fallthroughKey },
        });
        continue;
      }
      const occurrence = acc.byMode.get(mode.key) ?? acc.base;
      if (occurrence) {
        readModeValue(token, mode.key, occurrence.raw, built);
        warnOtherDescription(token, mode, occurrence.raw, warnings);
        warnOtherMetadata(token, mode, occurrence.raw, primary, warnings);
        continue;
      }
      // Left empty on purpose: diff and write-back must not invent a value for this mode.
      warnings.push({
        code: 'missing-mode-value',
        message: `no value for mode "${mode.name}"`,
        file: primary.file,
        jsonPath: primary.jsonPath,
        variable: token.name,
        mode: mode.name,
        collection: collection.name,
      });
    }
    setOwn(tokens, key, token);
  }
  return built;
}
