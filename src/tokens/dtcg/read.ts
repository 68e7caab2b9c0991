/**
 * readDtcgExport: reads Tokenport's DTCG export (multi-file with a resolver, or the bundled
 * single resolver) and any other DTCG 2025.10 files into one normalized view, keyed by Figma
 * variable id when the files carry it and by token path otherwise.
 */
import { childPath, getOwn, isRecord, setOwn, TokenInputError } from '../import/errors.ts';
import type { ImportWarning } from '../import/errors.ts';
import { parseJsonFile } from '../import/parse-json.ts';
import { findAliasCycles } from './read-cycles.ts';
import { composedOf, isFilled, resolveComposedLinks } from './read-provenance.ts';
import type { PendingComposed } from './read-provenance.ts';
import { isResolverDocument, readResolver } from './read-resolver.ts';
import type { ParsedDocument, ResolverLayer } from './read-resolver.ts';
import { walkTokenTree } from './read-tree.ts';
import type { RawToken } from './read-tree.ts';
import type {
  DtcgCollection,
  DtcgExport,
  DtcgMode,
  DtcgToken,
  DtcgTokenValue,
  FigmaTokenExtension,
} from './read-types.ts';
import type { FigmaResolvedType } from './read-values.ts';

export type {
  DtcgCollection,
  DtcgExport,
  DtcgMode,
  DtcgToken,
  DtcgTokenValue,
  FigmaTokenExtension,
} from './read-types.ts';

export interface DtcgInputFile {
  name: string;
  text: string;
}

export function readDtcgExport(files: readonly DtcgInputFile[]): DtcgExport {
  return readDtcgDocuments(
    files.map((file) => ({ name: file.name, json: parseJsonFile(file.name, file.text) })),
  );
}

const ALIAS = /^\{([^{}]+)\}$/;
const RESOLVED_TYPES = new Set(['BOOLEAN', 'FLOAT', 'STRING', 'COLOR']);

export interface LayerInfo {
  layer: ResolverLayer;
  collection: DtcgCollection;
  /** Context name (undefined for sets) → mode key. */
  modeKeyByContext: Map<string | undefined, string>;
}

interface Occurrence {
  raw: RawToken;
  modeKey: string;
}

interface Accumulator {
  pathString: string;
  path: string[];
  collectionKey: string;
  byMode: Map<string, Occurrence>;
  /** The value from an earlier layer that a later layer overrode: fills its missing modes. */
  base?: Occurrence;
}

/** Stems such as `light` from `tokens/semantic/light.tokens.json`. */
function stemOf(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? name;
  return base.replace(/\.resolver\.json$|\.tokens\.json$|\.tokens$|\.json$/i, '') || base;
}

const slugish = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
const sameSlug = (a: string, b: string) => a === b || slugish(a) === slugish(b);

function parentDirOf(name: string): string {
  const parts = name.replace(/\\/g, '/').split('/');
  return parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '';
}

export function figmaExtensionOf(node: Record<string, unknown>): FigmaTokenExtension | undefined {
  const extensions = node.$extensions;
  if (!isRecord(extensions)) return undefined;
  const figma = getOwn(extensions, 'com.figma');
  if (!isRecord(figma)) return undefined;
  const out: FigmaTokenExtension = {};
  for (const key of ['variableId', 'collectionId', 'collectionName', 'name', 'modeId'] as const) {
    if (typeof figma[key] === 'string') out[key] = figma[key];
  }
  if (typeof figma.resolvedType === 'string' && RESOLVED_TYPES.has(figma.resolvedType)) {
    out.resolvedType = figma.resolvedType as FigmaResolvedType;
  }
  if (Array.isArray(figma.scopes))
    out.scopes = figma.scopes.filter(
      (scope): scope is NonNullable<FigmaTokenExtension['scopes']>[number] =>
        typeof scope === 'string',
    );
  if (isRecord(figma.codeSyntax)) {
    const codeSyntax: NonNullable<FigmaTokenExtension['codeSyntax']> = {};
    for (const platform of ['WEB', 'ANDROID', 'iOS'] as const) {
      const value = figma.codeSyntax[platform];
      if (typeof value === 'string') codeSyntax[platform] = value;
    }
    out.codeSyntax = codeSyntax;
  }
  if (typeof figma.hiddenFromPublishing === 'boolean')
    out.hiddenFromPublishing = figma.hiddenFromPublishing;
  if (typeof figma.remote === 'boolean') out.remote = figma.remote;
  if (figma.deletedButReferenced === true) out.deletedButReferenced = true;
  return out;
}

interface ResolverFigmaCollection {
  id?: string;
  name?: string;
  defaultModeId?: string;
  hiddenFromPublishing?: boolean;
  modes: Map<string, { id?: string; name?: string }>;
}

function resolverFigmaCollections(resolver: unknown): Map<string, ResolverFigmaCollection> {
  const out = new Map<string, ResolverFigmaCollection>();
  if (!isRecord(resolver) || !isRecord(resolver.$extensions)) return out;
  const figma = getOwn(resolver.$extensions, 'com.figma');
  if (!isRecord(figma) || !isRecord(figma.collections)) return out;
  for (const [slug, value] of Object.entries(figma.collections)) {
    if (!isRecord(value)) continue;
    const info: ResolverFigmaCollection = { modes: new Map() };
    if (typeof value.id === 'string') info.id = value.id;
    if (typeof value.name === 'string') info.name = value.name;
    if (typeof value.defaultModeId === 'string') info.defaultModeId = value.defaultModeId;
    if (typeof value.hiddenFromPublishing === 'boolean')
      info.hiddenFromPublishing = value.hiddenFromPublishing;
    if (isRecord(value.modes)) {
      for (const [modeSlug, mode] of Object.entries(value.modes)) {
        if (!isRecord(mode)) continue;
        const entry: { id?: string; name?: string } = {};
        if (typeof mode.id === 'string') entry.id = mode.id;
        if (typeof mode.name === 'string') entry.name = mode.name;
        out.set(slug, info);
        info.modes.set(modeSlug, entry);
      }
    }
    out.set(slug, info);
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
  const modes: DtcgMode[] = layer.contexts.map((context, index) => {
    const slug = context.name ?? [...(figma?.modes.keys() ?? [])][0] ?? 'default';
    const figmaMode =
      figma?.modes.get(slug) ??
      (context.name === undefined ? [...(figma?.modes.values() ?? [])][0] : undefined);
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

/**
 * Without a resolver, files become layers: Tokenport files group by the collection id their
 * tokens carry; other files in one folder that hold the same token paths are modes of one
 * collection named after the folder, and every other file is a single-mode collection.
 */
function layersWithoutResolver(
  documents: readonly ParsedDocument[],
  warnings: ImportWarning[],
): LayerInfo[] {
  interface DocInfo {
    doc: ParsedDocument;
    tokens: RawToken[];
    figmaCollectionId?: string;
    figmaCollectionName?: string;
    figmaModeId?: string;
  }
  const infos: DocInfo[] = documents.map((doc) => {
    const tokens = walkTokenTree(doc.json, doc.name, '$', warnings);
    const info: DocInfo = { doc, tokens };
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
  });

  const groups = new Map<string, DocInfo[]>();
  const add = (groupKey: string, info: DocInfo) => {
    const list = groups.get(groupKey) ?? [];
    list.push(info);
    groups.set(groupKey, list);
  };
  const byFolder = new Map<string, DocInfo[]>();
  for (const info of infos) {
    if (info.figmaCollectionId) add(`figma:${info.figmaCollectionId}`, info);
    else {
      const folder = parentDirOf(info.doc.name);
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), info]);
    }
  }
  for (const [folder, list] of byFolder) {
    const pathSets = list.map((info) => new Set(info.tokens.map((token) => token.path.join('.'))));
    const overlapsAll =
      folder !== '' &&
      list.length > 1 &&
      pathSets.every((set) => {
        const first = pathSets[0]!;
        let shared = 0;
        for (const path of set) if (first.has(path)) shared++;
        return shared >= Math.min(set.size, first.size) / 2 && set.size > 0;
      });
    if (overlapsAll) list.forEach((info) => add(`folder:${folder}`, info));
    else list.forEach((info) => add(`file:${info.doc.name}`, info));
  }

  return [...groups.entries()].map(([groupKey, list]) => {
    const first = list[0]!;
    const figmaId = first.figmaCollectionId;
    const tokenRoot = first.tokens[0]?.path[0];
    const name = groupKey.startsWith('folder:')
      ? parentDirOf(first.doc.name)
      : figmaId
        ? (tokenRoot ?? stemOf(first.doc.name))
        : stemOf(first.doc.name);
    const multi = list.length > 1;
    const layer: ResolverLayer = {
      kind: multi ? 'modifier' : 'set',
      name,
      contexts: list.map((info) => {
        const context = { sources: [{ file: info.doc.name, jsonPath: '$', tree: info.doc.json }] };
        return multi ? { ...context, name: stemOf(info.doc.name) } : context;
      }),
      jsonPath: '$',
    };
    const figma: ResolverFigmaCollection | undefined = figmaId
      ? {
          id: figmaId,
          ...(first.figmaCollectionName ? { name: first.figmaCollectionName } : {}),
          modes: new Map(
            list.map(
              (info) =>
                [
                  multi ? stemOf(info.doc.name) : 'default',
                  info.figmaModeId ? { id: info.figmaModeId } : {},
                ] as const,
            ),
          ),
        }
      : undefined;
    return collectionForLayer(layer, figma);
  });
}

function literalTypeGuess(value: unknown): string | undefined {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string')
    return /^#[0-9a-f]{3,8}$/i.test(value)
      ? 'color'
      : /^-?\d*\.?\d+(px|rem)$/.test(value)
        ? 'dimension'
        : 'string';
  if (isRecord(value) && 'colorSpace' in value) return 'color';
  if (isRecord(value) && 'unit' in value)
    return value.unit === 'ms' || value.unit === 's' ? 'duration' : 'dimension';
  return undefined;
}

const TYPE_FOR_RESOLVED: Record<FigmaResolvedType, string> = {
  COLOR: 'color',
  FLOAT: 'number',
  STRING: 'string',
  BOOLEAN: 'boolean',
};

/**
 * The export's collections as layers (resolver sets and modifiers, or files grouped into
 * collections), each context with the token trees it reads. The trees are the parsed documents'
 * own objects, so callers may edit them in place.
 */
export function readLayers(
  documents: readonly ParsedDocument[],
  warnings: ImportWarning[],
): LayerInfo[] {
  const resolvers = documents.filter((doc) => isResolverDocument(doc.json));
  let layers: LayerInfo[];
  if (resolvers.length > 0) {
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
    layers = readResolver(resolver, documents, warnings).map((layer) => {
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
  } else {
    layers = layersWithoutResolver(documents, warnings);
  }
  return layers;
}

export function readDtcgDocuments(documents: readonly ParsedDocument[]): DtcgExport {
  const warnings: ImportWarning[] = [];
  const resolvers = documents.filter((doc) => isResolverDocument(doc.json));
  const layers = readLayers(documents, warnings);
  const collections = new Map<string, DtcgCollection>();
  for (const info of layers) {
    if (collections.has(info.collection.key)) {
      warnings.push({
        code: 'duplicate-collection',
        message: `collection "${info.collection.name}" appears twice; the later one wins`,
        file: info.layer.contexts[0]?.sources[0]?.file ?? '',
        jsonPath: info.layer.jsonPath,
      });
    }
    collections.set(info.collection.key, info.collection);
  }

  // Gather every token occurrence, later layers overriding earlier ones (resolver semantics).
  const accumulators = new Map<string, Accumulator>();
  for (const info of layers) {
    for (const context of info.layer.contexts) {
      const modeKey = info.modeKeyByContext.get(context.name)!;
      for (const source of context.sources) {
        const raws = walkTokenTree(
          source.tree,
          source.file,
          source.jsonPath,
          resolvers.length > 0 ? warnings : [],
        );
        for (const raw of raws) {
          const pathString = raw.path.join('.');
          let acc = accumulators.get(pathString);
          if (acc && acc.collectionKey !== info.collection.key) {
            const previous =
              acc.byMode.get(collections.get(acc.collectionKey)?.defaultModeKey ?? '') ??
              [...acc.byMode.values()][0];
            acc = {
              pathString,
              path: raw.path,
              collectionKey: info.collection.key,
              byMode: new Map(),
            };
            if (previous) acc.base = previous;
            accumulators.set(pathString, acc);
          }
          if (!acc) {
            acc = {
              pathString,
              path: raw.path,
              collectionKey: info.collection.key,
              byMode: new Map(),
            };
            accumulators.set(pathString, acc);
          }
          acc.byMode.set(modeKey, { raw, modeKey });
        }
      }
    }
  }

  // Build tokens with keys; aliases are resolved once every key is known.
  const tokens: Record<string, DtcgToken> = {};
  const keyByPath = new Map<string, string>();
  const pendingAliases: {
    token: DtcgToken;
    modeKey: string;
    target: string;
    file: string;
    jsonPath: string;
    raw?: string;
    filled?: boolean;
  }[] = [];
  const pendingComposed: PendingComposed[] = [];
  let sawFigmaIds = false;
  for (const acc of accumulators.values()) {
    const collection = collections.get(acc.collectionKey)!;
    const primary =
      acc.byMode.get(collection.defaultModeKey) ?? [...acc.byMode.values()][0] ?? acc.base!;
    const node = primary.raw.node;
    const figma = figmaExtensionOf(node);
    let key = figma?.variableId ?? `path:${acc.pathString}`;
    if (figma?.variableId) sawFigmaIds = true;
    if (getOwn(tokens, key)) {
      warnings.push({
        code: 'duplicate-variable-id',
        message: `variable id ${key} appears on two tokens; ${acc.pathString} is matched by its path instead`,
        file: primary.raw.file,
        jsonPath: primary.raw.jsonPath,
        variable: key,
      });
      key = `path:${acc.pathString}`;
    }
    // The top-level group names the collection (Tokenport's layout; common elsewhere too).
    const relative =
      acc.path.length > 1 &&
      (sameSlug(acc.path[0]!, collection.slug) || sameSlug(acc.path[0]!, collection.name))
        ? acc.path.slice(1)
        : acc.path;
    const token: DtcgToken = {
      key,
      path: acc.path,
      pathString: acc.pathString,
      collectionKey: collection.key,
      name: figma?.name ?? relative.join('/'),
      values: {},
      source: { file: primary.raw.file, jsonPath: primary.raw.jsonPath },
    };
    if (figma?.variableId && key === figma.variableId) token.variableId = figma.variableId;
    const ownType = typeof node.$type === 'string' ? node.$type : primary.raw.inheritedType;
    if (ownType) token.type = ownType;
    if (typeof node.$description === 'string') token.description = node.$description;
    const deprecated =
      typeof node.$deprecated === 'boolean' || typeof node.$deprecated === 'string'
        ? node.$deprecated
        : primary.raw.inheritedDeprecated;
    if (deprecated !== undefined) token.deprecated = deprecated;
    if (figma) token.figma = figma;
    if (isRecord(node.$extensions)) {
      const others = Object.entries(node.$extensions).filter(([name]) => name !== 'com.figma');
      if (others.length > 0) {
        token.extensions = {};
        for (const [name, value] of others) setOwn(token.extensions, name, value);
      }
    }
    for (const mode of collection.modes) {
      const occurrence = acc.byMode.get(mode.key) ?? acc.base;
      if (!occurrence) {
        // Left empty on purpose: diff and write-back must not invent a value for this mode.
        warnings.push({
          code: 'missing-mode-value',
          message: `no value for mode "${mode.name}"`,
          file: primary.raw.file,
          jsonPath: primary.raw.jsonPath,
          variable: token.name,
        });
        continue;
      }
      const raw = occurrence.raw;
      const value = raw.node.$value;
      const filled = isFilled(raw.node);
      const valuePath = childPath(raw.jsonPath, '$value');
      const alias = typeof value === 'string' ? ALIAS.exec(value) : null;
      if (alias) {
        pendingAliases.push({
          token,
          modeKey: mode.key,
          target: alias[1]!.trim(),
          file: raw.file,
          jsonPath: valuePath,
          raw: value as string,
          filled,
        });
      } else if (
        isRecord(value) &&
        typeof value.$ref === 'string' &&
        Object.keys(value).length === 1
      ) {
        const match = /^#\/(.+)\/\$value$/.exec(value.$ref);
        if (!match)
          throw new TokenInputError(
            raw.file,
            childPath(valuePath, '$ref'),
            `expected a reference to a whole token ("#/path/to/token/$value"), found "${value.$ref}"`,
          );
        const target = match[1]!
          .split('/')
          .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
          .join('.');
        pendingAliases.push({
          token,
          modeKey: mode.key,
          target,
          file: raw.file,
          jsonPath: valuePath,
          filled,
        });
      } else {
        setOwn(token.values, mode.key, { kind: 'literal', value, ...(filled ? { filled } : {}) });
        const composed = composedOf(raw.node);
        if (composed) pendingComposed.push({ token, modeKey: mode.key, ...composed });
      }
    }
    setOwn(tokens, key, token);
    keyByPath.set(acc.pathString, key);
  }

  for (const alias of pendingAliases) {
    let targetKey = keyByPath.get(alias.target);
    const targetType = targetKey ? getOwn(tokens, targetKey)?.figma?.resolvedType : undefined;
    const ownType = alias.token.figma?.resolvedType;
    if (ownType === 'STRING' && targetType !== undefined && targetType !== 'STRING')
      targetKey = undefined;
    if (
      !targetKey &&
      alias.raw !== undefined &&
      (alias.token.type === 'string' || alias.token.type === 'fontFamily')
    ) {
      // A string that merely looks like a reference (Figma strings may hold "{…}"): keep it.
      warnings.push({
        code: 'string-like-alias',
        message: `"${alias.raw}" looks like a reference but no token has that path; read as text`,
        file: alias.file,
        jsonPath: alias.jsonPath,
        variable: alias.token.name,
      });
      setOwn(alias.token.values, alias.modeKey, { kind: 'literal', value: alias.raw });
      continue;
    }
    if (!targetKey) {
      throw new TokenInputError(
        alias.file,
        alias.jsonPath,
        `unknown alias target {${alias.target}}: no token has that path`,
      );
    }
    const value: DtcgTokenValue = {
      kind: 'alias',
      targetKey,
      targetPath: alias.target,
      ...(alias.filled ? { filled: true as const } : {}),
    };
    setOwn(alias.token.values, alias.modeKey, value);
  }
  resolveComposedLinks(pendingComposed, keyByPath, tokens);

  // $type from the alias target when the token has none; else the Figma type, else the value.
  const typeOf = (token: DtcgToken, seen: Set<string>): string | undefined => {
    if (token.type) return token.type;
    if (seen.has(token.key)) return undefined;
    seen.add(token.key);
    for (const value of Object.values(token.values)) {
      if (value.kind === 'alias') {
        const target = getOwn(tokens, value.targetKey);
        const found = target ? typeOf(target, seen) : undefined;
        if (found) return found;
      }
    }
    return undefined;
  };
  for (const token of Object.values(tokens)) {
    const type = typeOf(token, new Set());
    if (type) {
      token.type = type;
      continue;
    }
    if (token.figma?.resolvedType) {
      token.type = TYPE_FOR_RESOLVED[token.figma.resolvedType];
      continue;
    }
    const literal = Object.values(token.values).find((value) => value.kind === 'literal');
    const guess = literal?.kind === 'literal' ? literalTypeGuess(literal.value) : undefined;
    warnings.push({
      code: 'missing-type',
      message: guess
        ? `no $type; read as ${guess} from its value`
        : 'no $type and none can be derived from its value',
      file: token.source.file,
      jsonPath: token.source.jsonPath,
      variable: token.name,
    });
    if (guess) token.type = guess;
  }

  const result: DtcgExport = {
    origin: sawFigmaIds ? 'tokenport' : 'dtcg',
    collections: [...collections.values()],
    tokens,
    warnings,
  };
  const cycles = findAliasCycles(result);
  if (cycles.length > 0) {
    const cycle = cycles[0]!;
    const first = getOwn(tokens, cycle[0]!)!;
    throw new TokenInputError(
      first.source.file,
      first.source.jsonPath,
      `alias cycle: ${cycle.map((key) => getOwn(tokens, key)?.pathString ?? key).join(' → ')} → ${first.pathString}`,
    );
  }
  return result;
}
