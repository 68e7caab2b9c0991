/**
 * The collections a set of DTCG documents stands for, as ordered layers: a resolver's sets and
 * modifiers when there is a resolver, else the files grouped into collections by what they say
 * about themselves (Figma ids, Figma's `<Collection>.<Mode>.json` names, shared folders).
 */
import type { ImportWarning } from '../import/errors.ts';
import { TokenInputError } from '../import/errors.ts';
import {
  collectionAndModeOf,
  conventionalDefaultMode,
  fileStem,
  parentFolder,
} from '../import/file-names.ts';
import { figmaExtensionOf, resolverFigmaCollections } from './read-extensions.ts';
import type { ResolverFigmaCollection } from './read-extensions.ts';
import { isResolverDocument, readResolver } from './read-resolver.ts';
import type { ParsedDocument, ResolverContext, ResolverLayer } from './read-resolver.ts';
import { isRecord } from '../import/errors.ts';
import { modeContexts } from './read-mode-extension.ts';
import { walkTokenTree } from './read-tree.ts';
import type { RawToken } from './read-tree.ts';
import type { GroupSource } from './read-extends.ts';
import type { DtcgCollection, DtcgMode } from './read-types.ts';

export interface LayerInfo {
  layer: ResolverLayer;
  collection: DtcgCollection;
  /** Context name (undefined for sets) → mode key. */
  modeKeyByContext: Map<string | undefined, string>;
}

/**
 * Contexts renamed in the resolver (`reis` → `reis-2025`): the resolver's Figma map no longer
 * names them, but their files still say which Figma mode they hold (`com.figma.modeId` at the
 * root). Such a context is that mode, renamed, as long as no context of the map's names holds it;
 * read by name alone it was a new mode, and the old one was deleted with its values.
 */
function renamedContexts(
  layer: ResolverLayer,
  figma: ResolverFigmaCollection | undefined,
): Map<ResolverContext, { id: string; name: string }> {
  const out = new Map<ResolverContext, { id: string; name: string }>();
  if (!figma || layer.kind !== 'modifier') return out;
  const claimed = new Set(
    layer.contexts.flatMap((c) => {
      const id = c.name === undefined ? undefined : figma.modes.get(c.name)?.id;
      return id === undefined ? [] : [id];
    }),
  );
  const known = new Set([...figma.modes.values()].flatMap((m) => (m.id ? [m.id] : [])));
  for (const context of layer.contexts) {
    if (context.name === undefined || figma.modes.has(context.name)) continue;
    const id = context.sources
      .map((source) => (isRecord(source.tree) ? figmaExtensionOf(source.tree)?.modeId : undefined))
      .find((modeId) => modeId !== undefined);
    if (id === undefined || !known.has(id) || claimed.has(id)) continue;
    claimed.add(id);
    out.set(context, { id, name: context.name });
  }
  return out;
}

/** Builds the collection a resolver layer stands for, using the resolver's Figma ids when present. */
function collectionForLayer(
  layer: ResolverLayer,
  figma: ResolverFigmaCollection | undefined,
): LayerInfo {
  const key = figma?.id ?? `collection:${layer.name}`;
  const modeKeyByContext = new Map<string | undefined, string>();
  const renamed = renamedContexts(layer, figma);
  const modes: DtcgMode[] = layer.contexts.map((context, index) => {
    const slug = context.name ?? [...(figma?.modes.keys() ?? [])][0] ?? 'default';
    const figmaMode =
      figma?.modes.get(slug) ??
      (context.name === undefined ? [...(figma?.modes.values() ?? [])][0] : undefined) ??
      renamed.get(context);
    const mode: DtcgMode = {
      key: figmaMode?.id ?? `${key}/${slug}`,
      slug,
      name: figmaMode?.name ?? context.name ?? (index === 0 ? 'Default' : slug),
    };
    if (context.name === undefined && !figmaMode?.name) mode.synthesized = true;
    if (figmaMode?.id) mode.id = figmaMode.id;
    modeKeyByContext.set(context.name, mode.key);
    return mode;
  });
  const defaultMode =
    modes.find((mode) => figma?.defaultModeId !== undefined && mode.id === figma.defaultModeId) ??
    modes.find(
      (mode) => layer.defaultContext !== undefined && mode.slug === layer.defaultContext,
    ) ??
    modes[0]!;
  const collection: DtcgCollection = {
    key,
    slug: layer.name,
    name: figma?.name ?? layer.name,
    modes,
    defaultModeKey: defaultMode.key,
  };
  if (figma?.id) collection.id = figma.id;
  if (figma?.hiddenFromPublishing !== undefined)
    collection.hiddenFromPublishing = figma.hiddenFromPublishing;
  return { layer, collection, modeKeyByContext };
}

interface DocInfo {
  doc: ParsedDocument;
  tokens: RawToken[];
  figmaCollectionId?: string;
  figmaCollectionName?: string;
  figmaModeId?: string;
  /** The mode this file holds, when its name or its Figma ids say so. */
  modeName?: string;
  /** Written by Figma's sync (a `<Collection>.<Mode>.json` name and Figma's token extensions). */
  figmaSync: boolean;
}

/**
 * Figma's sync writes `$extensions["com.figma"]` (scopes, codeSyntax…) on every token, and types
 * every FLOAT `number`; another tool's `lh.dtcg.json` is only a dotted name, whose `$type`s
 * are the author's. The walk stops at the first token that carries them.
 */
function carriesFigmaTokenExtensions(node: unknown, depth = 0): boolean {
  if (!isRecord(node) || depth > 64) return false;
  if (Object.hasOwn(node, '$value')) return figmaExtensionOf(node) !== undefined;
  for (const [key, child] of Object.entries(node))
    if (!key.startsWith('$') && carriesFigmaTokenExtensions(child, depth + 1)) return true;
  return false;
}

function describeDocument(
  doc: ParsedDocument,
  others: readonly GroupSource[],
  warnings: ImportWarning[],
): DocInfo {
  const figmaSync =
    collectionAndModeOf(doc.name) !== undefined && carriesFigmaTokenExtensions(doc.json);
  // Figma's sync nests `a/b` inside the token `a`; elsewhere a token with children is invalid.
  const tokens = walkTokenTree(doc.json, doc.name, '$', warnings, {
    tokensHoldGroups: figmaSync,
    earlierSources: others,
  });
  const info: DocInfo = { doc, tokens, figmaSync };
  // Tokenport's export names the file's collection and mode once, at its root; older exports
  // repeated them on every token.
  const root = isRecord(doc.json) ? figmaExtensionOf(doc.json) : undefined;
  if (root?.collectionId) {
    info.figmaCollectionId = root.collectionId;
    if (root.collectionName) info.figmaCollectionName = root.collectionName;
    if (root.modeId) info.figmaModeId = root.modeId;
    return info;
  }
  for (const token of tokens) {
    const figma = figmaExtensionOf(token.node);
    if (figma?.collectionId) {
      info.figmaCollectionId = figma.collectionId;
      if (figma.collectionName) info.figmaCollectionName = figma.collectionName;
      if (figma.modeId) info.figmaModeId = figma.modeId;
      break;
    }
  }
  return info;
}

/** Files in one folder that hold mostly the same token paths are modes of one collection. */
function sharesTokenPaths(list: readonly DocInfo[]): boolean {
  const pathSets = list.map((info) => new Set(info.tokens.map((token) => token.path.join('.'))));
  const first = pathSets[0]!;
  return pathSets.every((set) => {
    let shared = 0;
    for (const path of set) if (first.has(path)) shared++;
    return shared >= Math.min(set.size, first.size) / 2 && set.size > 0;
  });
}

/**
 * Group keys: `figma:<id>` (Tokenport's files), `sync:<name>` (Figma's `<Collection>.<Mode>.json`),
 * `folder:<name>` (same-folder modes), `file:<name>` (anything else: one collection per file).
 */
function groupDocuments(
  infos: readonly DocInfo[],
  warnings: ImportWarning[],
): Map<string, DocInfo[]> {
  const groups = new Map<string, DocInfo[]>();
  const add = (key: string, info: DocInfo) => groups.set(key, [...(groups.get(key) ?? []), info]);
  const byFolder = new Map<string, DocInfo[]>();
  const known = new Set<string>();
  for (const info of infos) {
    const sync = collectionAndModeOf(info.doc.name);
    if (sync && !sync.split) known.add(sync.collection);
  }
  // A dotted name not written by Figma's sync names a mode only beside a file of another mode
  // of its collection (`semantic.light.json`, `semantic.dark.json`); else it is a file name
  // (`a/tokens.dtcg.json` and `b/tokens.dtcg.json` are two files, not one mode twice).
  const named = infos.map((info) => collectionAndModeOf(info.doc.name, known));
  const modesPerCollection = new Map<string, Set<string>>();
  for (const sync of named)
    if (sync)
      modesPerCollection.set(
        sync.collection,
        (modesPerCollection.get(sync.collection) ?? new Set()).add(sync.mode),
      );
  for (const [index, info] of infos.entries()) {
    let sync = named[index];
    if (sync && !info.figmaSync && (modesPerCollection.get(sync.collection)?.size ?? 0) < 2)
      sync = undefined;
    if (info.figmaCollectionId) add(`figma:${info.figmaCollectionId}`, info);
    else if (sync) {
      const sameMode = groups.get(`sync:${sync.collection}`)?.find((o) => o.modeName === sync.mode);
      if (sameMode)
        throw new TokenInputError(
          info.doc.name,
          '$',
          `collection "${sync.collection}" mode "${sync.mode}" is also in ${sameMode.doc.name}; give each collection and mode one file`,
        );
      info.modeName = sync.mode;
      if (sync.split)
        warnings.push({
          code: 'dotted-file-name',
          message: `read as collection "${sync.collection}", mode "${sync.mode}": the name has more than one dot (Figma's own importer would take "${fileStem(info.doc.name).split('.')[0]}" as the collection); rename the file if that is not right`,
          file: info.doc.name,
          jsonPath: '$',
        });
      add(`sync:${sync.collection}`, info);
    } else {
      const folder = parentFolder(info.doc.name);
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), info]);
    }
  }
  for (const [folder, list] of byFolder) {
    const modes = folder !== '' && list.length > 1 && sharesTokenPaths(list);
    for (const info of list) add(modes ? `folder:${folder}` : `file:${info.doc.name}`, info);
  }
  for (const [key, list] of groups) groups.set(key, withDefaultFirst(key, list, warnings));
  return groups;
}

/**
 * Files that are modes of one collection by their names or folder never say which mode is the
 * default, which decides `:root` and Android's `values/`. A mode named so by convention
 * ("Default", "Mode 1", "Light") is; else the first file's, and that is said.
 */
function withDefaultFirst(
  key: string,
  list: readonly DocInfo[],
  warnings: ImportWarning[],
): DocInfo[] {
  if (list.length < 2 || !(key.startsWith('sync:') || key.startsWith('folder:'))) return [...list];
  const modeOf = (info: DocInfo) => info.modeName ?? fileStem(info.doc.name);
  const conventional = conventionalDefaultMode(list.map(modeOf));
  if (conventional !== -1)
    return [list[conventional]!, ...list.filter((_, index) => index !== conventional)];
  const first = list[0]!;
  warnings.push({
    code: 'default-mode',
    message: `the files do not say which mode of "${layerName(key, first)}" is the default; the first file's, "${modeOf(first)}", is used. To choose another, list its file first, or name its modes in a resolver with a default`,
    file: first.doc.name,
    jsonPath: '$',
  });
  return [...list];
}

function layerName(groupKey: string, first: DocInfo): string {
  if (groupKey.startsWith('sync:')) return groupKey.slice('sync:'.length);
  if (groupKey.startsWith('folder:')) return parentFolder(first.doc.name);
  if (first.figmaCollectionId) return first.tokens[0]?.path[0] ?? fileStem(first.doc.name);
  return fileStem(first.doc.name);
}

function layerOfGroup(groupKey: string, list: readonly DocInfo[]): LayerInfo {
  const first = list[0]!;
  const inFile = groupKey.startsWith('file:') ? modeContexts(first.doc.json) : undefined;
  if (inFile)
    return collectionForLayer(
      {
        kind: 'modifier',
        name: layerName(groupKey, first),
        contexts: inFile.contexts.map(({ name, tree }) => ({
          name,
          sources: [{ file: first.doc.name, jsonPath: '$', tree }],
        })),
        defaultContext: inFile.defaultMode,
        jsonPath: '$',
      },
      undefined,
    );
  const multi = list.length > 1 || first.modeName !== undefined;
  const contextName = (info: DocInfo) => info.modeName ?? fileStem(info.doc.name);
  const layer: ResolverLayer = {
    kind: multi ? 'modifier' : 'set',
    name: layerName(groupKey, first),
    contexts: list.map((info) => {
      const context = { sources: [{ file: info.doc.name, jsonPath: '$', tree: info.doc.json }] };
      return multi ? { ...context, name: contextName(info) } : context;
    }),
    jsonPath: '$',
  };
  const figmaId = first.figmaCollectionId;
  const figma: ResolverFigmaCollection | undefined = figmaId
    ? {
        id: figmaId,
        ...(first.figmaCollectionName ? { name: first.figmaCollectionName } : {}),
        modes: new Map(
          list.map(
            (info) =>
              [
                multi ? contextName(info) : 'default',
                info.figmaModeId ? { id: info.figmaModeId } : {},
              ] as const,
          ),
        ),
      }
    : undefined;
  const info = collectionForLayer(layer, figma);
  if (list.some((doc) => doc.figmaSync)) info.collection.figmaSync = true;
  return info;
}

/** Other tools' `$extensions` on the resolver, its sets and its modifiers: no collection keeps them. */
function warnResolverExtensions(
  resolver: ParsedDocument,
  layers: readonly ResolverLayer[],
  warnings: ImportWarning[],
) {
  const others = (extensions: unknown) =>
    isRecord(extensions) ? Object.keys(extensions).filter((name) => name !== 'com.figma') : [];
  const carriers = [
    ...(others((resolver.json as Record<string, unknown>).$extensions).length > 0 ? ['$'] : []),
    ...layers.filter((layer) => others(layer.extensions).length > 0).map((layer) => layer.jsonPath),
  ];
  if (carriers.length === 0) return;
  warnings.push({
    code: 'resolver-extensions-dropped',
    message: `$extensions of the resolver, its sets or modifiers (at ${carriers.join(', ')}) are left out: Figma collections have no place for them`,
    file: resolver.name,
    jsonPath: carriers[0]!,
  });
}

function layersFromResolver(
  resolvers: readonly ParsedDocument[],
  documents: readonly ParsedDocument[],
  warnings: ImportWarning[],
): LayerInfo[] {
  const resolver = resolvers[0]!;
  if (resolvers.length > 1) {
    warnings.push({
      code: 'several-resolvers',
      message: `several resolvers given; used ${resolver.name} and ignored ${resolvers
        .slice(1)
        .map((doc) => doc.name)
        .join(', ')}`,
      file: resolver.name,
      jsonPath: '$',
    });
  }
  const figma = resolverFigmaCollections(resolver.json);
  const read = readResolver(resolver, documents, warnings);
  warnResolverExtensions(resolver, read, warnings);
  const layers = read.map((layer) => {
    const byName =
      figma.get(layer.name) ?? [...figma.values()].find((info) => info.name === layer.name);
    return collectionForLayer(layer, byName);
  });
  const used = new Set(
    layers.flatMap((info) =>
      info.layer.contexts.flatMap((context) => context.sources.map((source) => source.file)),
    ),
  );
  for (const doc of documents) {
    if (!used.has(doc.name) && !isResolverDocument(doc.json)) {
      warnings.push({
        code: 'unreferenced-file',
        message: `${doc.name} is not referenced by ${resolver.name}; ignored`,
        file: doc.name,
        jsonPath: '$',
      });
    }
  }
  return layers;
}

/**
 * The export's collections as layers (resolver sets and modifiers, or files grouped into
 * collections), each context with the token trees it reads. The trees are the parsed documents'
 * own objects, so callers may edit them in place.
 */
/**
 * Without a resolver each file is read on its own, yet a group may `$extends` one in another file,
 * as it may alias a token there: every other file is where it is looked for.
 */
export function otherFileRoots(
  documents: readonly { name: string; json: unknown }[],
): (file: string) => GroupSource[] {
  const roots: GroupSource[] = documents.flatMap((doc) =>
    isRecord(doc.json) && !isResolverDocument(doc.json)
      ? [{ node: doc.json, jsonPath: '$', file: doc.name, elsewhere: true as const }]
      : [],
  );
  return (file) => roots.filter((root) => root.file !== file);
}

export function readLayers(
  documents: readonly ParsedDocument[],
  warnings: ImportWarning[],
): LayerInfo[] {
  const resolvers = documents.filter((doc) => isResolverDocument(doc.json));
  if (resolvers.length > 0) return layersFromResolver(resolvers, documents, warnings);
  const roots = otherFileRoots(documents);
  const groups = groupDocuments(
    documents.map((doc) => describeDocument(doc, roots(doc.name), warnings)),
    warnings,
  );
  return [...groups.entries()].map(([key, list]) => layerOfGroup(key, list));
}
