/**
 * DTCG 2025.10: one token file per collection (per mode for multi-mode collections) plus a
 * resolver — a set per single-mode collection, a modifier per multi-mode collection whose contexts
 * are its modes. Top-level groups are collection slugs; aliases are built from target ids, so they
 * stay unique across collections; Figma's data rides along under `$extensions["com.figma"]`.
 */
import type {
  ExtensionReference,
  ModelCollection,
  ModelMode,
  ModelToken,
  TokenModel,
  TokenValue,
} from '../model.ts';
import type { OutputFile } from './shared.ts';
import { lazyFile } from './shared.ts';
import { createTree, groupAt, leafInserter } from './tree.ts';
import { valueStamp } from '../value-stamp.ts';
import { curlyReferenceTarget } from '../dtcg/reference.ts';
import { getOwn, hasAnyKey, setOwn } from '../import/errors.ts';
import type { Tree } from './tree.ts';
import { hex6, isColor } from '../color.ts';

type Json = Record<string, unknown>;
const MEDIA_TYPE = 'application/design-tokens+json';

export function dtcgType(token: ModelToken): string {
  switch (token.type) {
    case 'opacity':
      return 'number';
    default:
      return token.type;
  }
}

/** `{collection.path.to.token}` per target id, computed once per export. */
type AliasPaths = (targetId: string) => string | undefined;

function aliasPaths(model: TokenModel): AliasPaths {
  const slugs = new Map(model.collections.map((c) => [c.id, c.slug]));
  const cache = new Map<string, string | undefined>();
  return (targetId) => {
    if (cache.has(targetId)) return cache.get(targetId);
    const target = model.byId.get(targetId);
    const slug = target && slugs.get(target.collectionId);
    const path = target && slug !== undefined ? `{${[slug, ...target.path].join('.')}}` : undefined;
    cache.set(targetId, path);
    return path;
  };
}

function dtcgValue(model: TokenModel, token: ModelToken, value: TokenValue, paths: AliasPaths) {
  if (value.kind === 'alias') return paths(value.targetId);
  if (value.kind === 'composite') return withReferences(value.value, value.references, paths);
  if (token.type === 'dimension' && typeof value.value === 'number') {
    return model.options.remUnits || value.rem
      ? { value: value.value / 16, unit: 'rem' }
      : { value: value.value, unit: 'px' };
  }
  if (token.type === 'duration' && typeof value.value === 'number')
    return { value: value.value, unit: 'ms' };
  if (value.fontStack && token.type === 'fontFamily') return [...value.fontStack];
  // The colour as written, its sRGB hex as DTCG's fallback for tools without that space.
  if (value.writtenColor && isColor(value.value))
    return {
      ...value.writtenColor,
      hex: value.writtenColor.hex ?? hex6(...value.value.components),
    };
  return value.value;
}

/**
 * Where a value came from, for readers (write-back above all): a composed colour's link and
 * opacity (stamped, see value-stamp.ts), a value filled in for a mode Figma left empty, a library
 * variable copied in.
 */
function addProvenance(figma: Json, value: TokenValue, paths: AliasPaths): void {
  if (value.kind === 'literal' && value.composed) {
    const { color, opacity } = value.composed;
    const colorWritten = color.kind === 'alias' ? paths(color.targetId) : color.value;
    const opacityWritten = opacity.kind === 'alias' ? paths(opacity.targetId) : opacity.value;
    figma.composed = {
      color: colorWritten,
      ...(color.kind === 'alias' ? { colorVariableId: color.targetId } : {}),
      opacity: opacityWritten,
      ...(opacity.kind === 'alias' ? { opacityVariableId: opacity.targetId } : {}),
    };
    figma.composedStamp = valueStamp([colorWritten, opacityWritten]);
  }
  if (value.filled) figma.filledFromDefaultMode = true;
  if (value.libraryAlias) figma.libraryAlias = { ...value.libraryAlias };
  if (value.kind === 'literal' && value.figmaText !== undefined) figma.text = value.figmaText;
}

const DELETED_NOTE = 'Deleted in Figma; kept only because something still references it.';

/** A copy of `json` with each reference in it written as its target's path in this export. */
function withReferences(
  json: unknown,
  references: readonly ExtensionReference[],
  paths: AliasPaths,
): unknown {
  if (references.length === 0) return json;
  // A reference may be the whole value (`{"$ref": …}` as a part): replaced, not descended into.
  const whole = references.find((reference) => reference.at.length === 0);
  if (whole) return paths(whole.targetId) ?? json;
  const copy = structuredClone(json);
  for (const { at, targetId } of references) {
    const path = paths(targetId);
    if (path === undefined) continue;
    // Own properties only: a key may be `__proto__`, which plain indexing would not reach.
    let node: unknown = copy;
    for (const step of at.slice(0, -1)) node = getOwn(node as Json, String(step));
    if (Array.isArray(node)) node[Number(at.at(-1))] = path;
    else if (node !== null && typeof node === 'object')
      setOwn<unknown>(node as Json, String(at.at(-1)), path);
  }
  return copy;
}

/** Other tools' `$extensions`, their `{a.b}` references pointed at the tokens' new paths. */
function otherExtensions(token: ModelToken, paths: AliasPaths): Json | undefined {
  const extras = token.dtcgExtras;
  if (!extras?.extensions || !extras.extensionReferences) return extras?.extensions;
  return withReferences(extras.extensions, extras.extensionReferences, paths) as Json;
}

/** One token in one mode; built by assignment (one object per level, key order fixed). */
function tokenNode(
  model: TokenModel,
  collection: ModelCollection,
  token: ModelToken,
  mode: ModelMode | undefined,
  paths: AliasPaths,
): Json | undefined {
  const value = token.values[mode?.id ?? collection.defaultModeId];
  if (!value) return undefined;
  const $value = dtcgValue(model, token, value, paths);
  if ($value === undefined) return undefined;
  const node: Json = {};
  // DTCG types an alias by its target; a differing own type (e.g. an opacity aliasing a
  // dimension) would be invalid, so such an alias takes the target's type.
  const target = value.kind === 'alias' ? model.byId.get(value.targetId) : undefined;
  if (!target || dtcgType(target) === dtcgType(token)) node.$type = dtcgType(token);
  node.$value = $value;
  if (token.description) node.$description = token.description;
  if (token.deletedButReferenced) node.$deprecated = DELETED_NOTE;
  else if (token.dtcgExtras?.deprecated !== undefined)
    node.$deprecated = token.dtcgExtras.deprecated;
  const others = otherExtensions(token, paths);
  // Not a Figma variable: only the names for code are Figma's to record (a Figma type or id
  // would read back as a variable).
  if (value.kind === 'composite' || token.resolvedType === 'COMPOSITE') {
    const figma = hasAnyKey(token.codeSyntax)
      ? { 'com.figma': { codeSyntax: token.codeSyntax } }
      : {};
    if (others || hasAnyKey(figma)) node.$extensions = { ...figma, ...others };
    return node;
  }
  // The collection and mode are the file's, written once at its root (see tree).
  const figma: Json = {
    variableId: token.id,
    name: token.name,
    resolvedType: token.resolvedType,
    scopes: token.scopes,
  };
  if (hasAnyKey(token.codeSyntax)) figma.codeSyntax = token.codeSyntax;
  figma.hiddenFromPublishing = token.hiddenFromPublishing;
  if (token.remote) figma.remote = true;
  if (token.deletedButReferenced) figma.deletedButReferenced = true;
  if (token.inheritedFrom) figma.inheritedVariableId = token.inheritedFrom;
  // Text such as "{text.brand}" reads as a DTCG reference: marked, so Tokenport reads it as text.
  if (value.kind === 'literal' && curlyReferenceTarget(value.value) !== undefined)
    figma.literalText = true;
  addProvenance(figma, value, paths);
  // Derived, not Figma's own: stamped so a reader can tell it was left as exported.
  if (value.filled || figma.composed || figma.libraryAlias || token.inheritedFrom)
    figma.valueStamp = valueStamp($value);
  node.$extensions = others ? { 'com.figma': figma, ...others } : { 'com.figma': figma };
  return node;
}

/** Groups are null-prototype (see tree.ts): `__proto__/x` is a group, not a prototype write. */
function tree(
  model: TokenModel,
  collection: ModelCollection,
  tokens: ModelToken[],
  mode: ModelMode | undefined,
  paths: AliasPaths,
): Tree<Json> {
  const root = createTree<Json>();
  root.$extensions = {
    'com.figma': {
      collectionId: collection.id,
      collectionName: collection.name,
      ...(mode ? { modeId: mode.id } : {}),
    },
  };
  const insert = leafInserter(groupAt(root, [collection.slug]));
  for (const token of tokens) {
    const node = tokenNode(model, collection, token, mode, paths);
    if (node) insert(token.path, node);
  }
  return root;
}

function filePath(collection: ModelCollection, mode: ModelMode | undefined): string {
  return mode
    ? `tokens/${collection.slug}/${mode.slug}.tokens.json`
    : `tokens/${collection.slug}.tokens.json`;
}

export function buildDtcg(model: TokenModel, options: { bundle?: boolean } = {}): OutputFile[] {
  const files: OutputFile[] = [];
  const sets: Json = {};
  const modifiers: Json = {};
  const resolutionOrder: Json[] = [];
  const figmaCollections: Json = {};
  const paths = aliasPaths(model);
  // A file's tree is built when its text is written, then dropped: with every tree alive at once,
  // each young-generation GC during the writing copied them all again (bench: ~15% more CPU).
  const source = (path: string, content: () => Json) => {
    if (options.bundle) return content();
    files.push(lazyFile(path, MEDIA_TYPE, () => `${JSON.stringify(content(), null, 2)}\n`));
    return { $ref: path };
  };

  // Empty collections are exported too: a write-back of this export must not delete them.
  for (const collection of model.collections) {
    const tokens = model.tokens.filter((token) => token.collectionId === collection.id);
    figmaCollections[collection.slug] = {
      id: collection.id,
      name: collection.name,
      defaultModeId: collection.defaultModeId,
      hiddenFromPublishing: collection.hiddenFromPublishing,
      modes: Object.fromEntries(
        collection.modes.map((mode) => [mode.slug, { id: mode.id, name: mode.name }]),
      ),
    };
    if (collection.modes.length === 1) {
      const only = collection.modes[0];
      sets[collection.slug] = {
        sources: [
          source(filePath(collection, undefined), () =>
            tree(model, collection, tokens, only, paths),
          ),
        ],
      };
      resolutionOrder.push({ $ref: `#/sets/${collection.slug}` });
    } else {
      const defaultMode =
        collection.modes.find((mode) => mode.id === collection.defaultModeId) ??
        collection.modes[0];
      modifiers[collection.slug] = {
        contexts: Object.fromEntries(
          collection.modes.map((mode) => [
            mode.slug,
            [
              source(filePath(collection, mode), () =>
                tree(model, collection, tokens, mode, paths),
              ),
            ],
          ]),
        ),
        ...(defaultMode ? { default: defaultMode.slug } : {}),
      };
      resolutionOrder.push({ $ref: `#/modifiers/${collection.slug}` });
    }
  }

  const resolver: Json = {
    $schema: 'https://www.designtokens.org/schemas/2025.10/resolver.json',
    name: 'Tokenport export',
    version: '2025.10',
    ...(Object.keys(sets).length ? { sets } : {}),
    ...(Object.keys(modifiers).length ? { modifiers } : {}),
    resolutionOrder,
    $extensions: {
      'com.figma': {
        collections: figmaCollections,
        // What happened to library and deleted-but-referenced variables, as the user chose.
        libraryVariables: model.options.libraryVariables,
        deletedVariables: model.options.deletedVariables,
      },
    },
  };
  files.push({
    path: 'tokens.resolver.json',
    contents: `${JSON.stringify(resolver, null, 2)}\n`,
    mediaType: 'application/json',
  });
  return files;
}
