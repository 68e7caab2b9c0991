/**
 * Flattens a DTCG 2025.10 resolver (`*.resolver.json`) into ordered layers: each set or modifier
 * with its contexts, and each context's token sources (files it references or inline trees).
 * The resolver's own structure is checked as the Resolver module requires (version, a
 * resolutionOrder, named and typed inline entries, unique names, no unknown properties).
 */
import { childPath, getOwn, isRecord, kindOf, TokenInputError } from '../import/errors.ts';
import type { ImportWarning } from '../import/errors.ts';
import { decodeSegment, readSources } from './read-resolver-sources.ts';
import type { ParsedDocument, SourceReader, TokenSource } from './read-resolver-sources.ts';

export type { ParsedDocument, TokenSource } from './read-resolver-sources.ts';

export interface ResolverContext {
  /** Context name for modifiers; undefined for a set. */
  name?: string;
  sources: TokenSource[];
}

export interface ResolverLayer {
  kind: 'set' | 'modifier';
  name: string;
  contexts: ResolverContext[];
  defaultContext?: string;
  jsonPath: string;
  extensions?: Record<string, unknown>;
}

const ROOT_KEYS = [
  'name',
  'version',
  'description',
  'sets',
  'modifiers',
  'resolutionOrder',
  '$schema',
  '$defs',
  '$extensions',
];
const SET_KEYS = ['description', 'sources', '$extensions'];
const MODIFIER_KEYS = ['description', 'contexts', 'default', '$extensions'];
const INLINE_KEYS = ['name', 'type'];

export function isResolverDocument(json: unknown): boolean {
  if (!isRecord(json)) return false;
  if (Array.isArray(json.resolutionOrder)) return true;
  return typeof json.version === 'string' && (isRecord(json.sets) || isRecord(json.modifiers));
}

function refuseUnknownKeys(
  file: string,
  path: string,
  node: Record<string, unknown>,
  allowed: readonly string[],
): void {
  const extra = Object.keys(node).find((key) => !allowed.includes(key));
  if (extra !== undefined)
    throw new TokenInputError(
      file,
      childPath(path, extra),
      `"${extra}" is not a resolver property here (allowed: ${allowed.join(', ')})`,
    );
}

function layerFromSet(
  reader: SourceReader,
  name: string,
  value: unknown,
  path: string,
  inline = false,
): ResolverLayer {
  if (!isRecord(value))
    throw new TokenInputError(reader.file, path, `expected a set object, found ${kindOf(value)}`);
  refuseUnknownKeys(reader.file, path, value, inline ? [...SET_KEYS, ...INLINE_KEYS] : SET_KEYS);
  const layer: ResolverLayer = {
    kind: 'set',
    name,
    contexts: [{ sources: readSources(reader, value.sources, childPath(path, 'sources')) }],
    jsonPath: path,
  };
  if (isRecord(value.$extensions)) layer.extensions = value.$extensions;
  return layer;
}

function layerFromModifier(
  reader: SourceReader,
  name: string,
  value: unknown,
  path: string,
  warnings: ImportWarning[],
  inline = false,
): ResolverLayer {
  const { file } = reader;
  if (!isRecord(value))
    throw new TokenInputError(file, path, `expected a modifier object, found ${kindOf(value)}`);
  refuseUnknownKeys(file, path, value, inline ? [...MODIFIER_KEYS, ...INLINE_KEYS] : MODIFIER_KEYS);
  const contextsPath = childPath(path, 'contexts');
  if (!isRecord(value.contexts))
    throw new TokenInputError(
      file,
      contextsPath,
      `expected an object of contexts, found ${kindOf(value.contexts)}`,
    );
  const contexts = Object.entries(value.contexts).map(([contextName, sources]) => ({
    name: contextName,
    sources: readSources(reader, sources, childPath(contextsPath, contextName)),
  }));
  if (contexts.length === 0)
    throw new TokenInputError(file, contextsPath, 'expected at least one context');
  if (contexts.length === 1)
    warnings.push({
      code: 'single-context-modifier',
      message: `modifier "${name}" has one context; the Resolver module says it should have two or more`,
      file,
      jsonPath: contextsPath,
    });
  const layer: ResolverLayer = { kind: 'modifier', name, contexts, jsonPath: path };
  if (typeof value.default === 'string') {
    if (!contexts.some((context) => context.name === value.default))
      throw new TokenInputError(
        file,
        childPath(path, 'default'),
        `expected one of the contexts (${contexts.map((c) => c.name).join(', ')}), found "${value.default}"`,
      );
    layer.defaultContext = value.default;
  }
  if (isRecord(value.$extensions)) layer.extensions = value.$extensions;
  return layer;
}

/**
 * Tokenport's export of a file with no local collections: nothing to order, and its own
 * `com.figma` map says so. Any other empty resolutionOrder is a mistake the spec calls invalid.
 */
function isEmptyTokenportExport(root: Record<string, unknown>): boolean {
  const figma = isRecord(root.$extensions) ? getOwn(root.$extensions, 'com.figma') : undefined;
  return (
    isRecord(figma) && isRecord(figma.collections) && Object.keys(figma.collections).length === 0
  );
}

function checkRoot(
  file: string,
  root: unknown,
): asserts root is Record<string, unknown> & { resolutionOrder: unknown[] } {
  if (!isRecord(root))
    throw new TokenInputError(file, '$', `expected a resolver object, found ${kindOf(root)}`);
  refuseUnknownKeys(file, '$', root, ROOT_KEYS);
  if (root.version !== '2025.10')
    throw new TokenInputError(
      file,
      '$.version',
      `a resolver's version must be "2025.10", found ${JSON.stringify(root.version) ?? 'none'}`,
    );
  if (!Array.isArray(root.resolutionOrder))
    throw new TokenInputError(
      file,
      '$.resolutionOrder',
      'a resolver needs a resolutionOrder array',
    );
  if (root.resolutionOrder.length === 0 && !isEmptyTokenportExport(root))
    throw new TokenInputError(
      file,
      '$.resolutionOrder',
      'a resolver needs a non-empty resolutionOrder array',
    );
}

function layerFromReference(
  reader: SourceReader,
  ref: string,
  path: string,
  warnings: ImportWarning[],
): ResolverLayer {
  const match = /^#\/(sets|modifiers)\/([^/]+)$/.exec(ref);
  if (!match)
    throw new TokenInputError(
      reader.file,
      childPath(path, '$ref'),
      `expected "#/sets/<name>" or "#/modifiers/<name>", found "${ref}"`,
    );
  const name = decodeSegment(match[2]!);
  const group = reader.root[match[1]!];
  const value = isRecord(group) ? getOwn(group, name) : undefined;
  if (value === undefined)
    throw new TokenInputError(
      reader.file,
      childPath(path, '$ref'),
      `reference ${ref} points to nothing`,
    );
  const targetPath = childPath(childPath('$', match[1]!), name);
  return match[1] === 'sets'
    ? layerFromSet(reader, name, value, targetPath)
    : layerFromModifier(reader, name, value, targetPath, warnings);
}

function layerFromInline(
  reader: SourceReader,
  entry: Record<string, unknown>,
  path: string,
  warnings: ImportWarning[],
): ResolverLayer {
  if (typeof entry.name !== 'string' || entry.name === '')
    throw new TokenInputError(
      reader.file,
      childPath(path, 'name'),
      'an inline set or modifier needs a name',
    );
  if (entry.type === 'modifier')
    return layerFromModifier(reader, entry.name, entry, path, warnings, true);
  if (entry.type === 'set') return layerFromSet(reader, entry.name, entry, path, true);
  throw new TokenInputError(
    reader.file,
    childPath(path, 'type'),
    `an inline entry's type is "set" or "modifier", found ${JSON.stringify(entry.type) ?? 'none'}`,
  );
}

export function readResolver(
  resolver: ParsedDocument,
  documents: readonly ParsedDocument[],
  warnings: ImportWarning[],
): ResolverLayer[] {
  const file = resolver.name;
  const root = resolver.json;
  checkRoot(file, root);
  const reader: SourceReader = { file, root, documents };
  // "It is valid for a set to share a name with a modifier. It is only invalid to duplicate a
  // name inside the resolutionOrder array" (2025.10): the same set or modifier twice, or two
  // inline entries of one name.
  const seen = new Map<string, string>();
  const layers = root.resolutionOrder.map((entry: unknown, index) => {
    const path = childPath('$.resolutionOrder', index);
    if (!isRecord(entry))
      throw new TokenInputError(file, path, `expected an object, found ${kindOf(entry)}`);
    const inline = typeof entry.$ref !== 'string';
    const layer = inline
      ? layerFromInline(reader, entry, path, warnings)
      : layerFromReference(reader, entry.$ref as string, path, warnings);
    for (const key of [
      `${layer.kind}:${layer.name}`,
      ...(inline ? [`inline:${layer.name}`] : []),
    ]) {
      const earlier = seen.get(key);
      if (earlier !== undefined)
        throw new TokenInputError(
          file,
          path,
          `"${layer.name}" is already in resolutionOrder at ${earlier}; names must be unique`,
        );
      seen.set(key, path);
    }
    return layer;
  });
  return withDistinctNames(layers, file, warnings);
}

/** Each layer becomes a collection, named after it: a modifier sharing a set's name is renamed. */
function withDistinctNames(
  layers: ResolverLayer[],
  file: string,
  warnings: ImportWarning[],
): ResolverLayer[] {
  const taken = new Set(layers.map((layer) => layer.name));
  const used = new Set<string>();
  return layers.map((layer) => {
    if (!used.has(layer.name)) {
      used.add(layer.name);
      return layer;
    }
    let name = `${layer.name}-${layer.kind}`;
    for (let n = 2; taken.has(name) || used.has(name); n++)
      name = `${layer.name}-${layer.kind}-${n}`;
    used.add(name);
    warnings.push({
      code: 'layer-renamed',
      message: `a set and a modifier are both named "${layer.name}"; the ${layer.kind}'s collection is named "${name}"`,
      file,
      jsonPath: layer.jsonPath,
    });
    return { ...layer, name };
  });
}
