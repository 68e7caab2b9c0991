/**
 * Flattens a DTCG 2025.10 resolver (`*.resolver.json`) into ordered layers: each set or modifier
 * with its contexts, and each context's token sources (files it references or inline trees).
 */
import { childPath, getOwn, isRecord, kindOf, TokenInputError } from '../import/errors.ts';
import type { ImportWarning } from '../import/errors.ts';

export interface ParsedDocument {
  name: string;
  json: unknown;
}

export interface TokenSource {
  file: string;
  jsonPath: string;
  tree: unknown;
}

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

export function isResolverDocument(json: unknown): boolean {
  if (!isRecord(json)) return false;
  if (Array.isArray(json.resolutionOrder)) return true;
  return typeof json.version === 'string' && (isRecord(json.sets) || isRecord(json.modifiers));
}

function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function directoryOf(path: string): string {
  const normalized = normalizePath(path);
  const slash = normalized.lastIndexOf('/');
  return slash === -1 ? '' : normalized.slice(0, slash);
}

/** Finds the uploaded document a `$ref` names: exact path first, then by trailing path segments. */
export function findReferencedDocument(
  documents: readonly ParsedDocument[],
  fromFile: string,
  ref: string,
): ParsedDocument | undefined {
  const base = directoryOf(fromFile);
  const wanted = normalizePath(base ? `${base}/${ref}` : ref);
  const plain = normalizePath(ref);
  const exact = documents.find(
    (doc) => normalizePath(doc.name) === wanted || normalizePath(doc.name) === plain,
  );
  if (exact) return exact;
  // Uploaded files often lose their folders (or keep a different root), so match path suffixes.
  const bySuffix = documents.filter((doc) => {
    const name = normalizePath(doc.name);
    return name.endsWith(`/${plain}`) || plain.endsWith(`/${name}`);
  });
  return bySuffix.length === 1 ? bySuffix[0] : undefined;
}

/** Resolves an RFC 6901 pointer such as `#/sets/base` inside `root`. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '' || body === '/') return root;
  let node: unknown = root;
  for (const raw of body.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isRecord(node)) node = getOwn(node, key);
    else return undefined;
  }
  return node;
}

function pointerToJsonPath(pointer: string): string {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  let path = '$';
  for (const raw of body.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    path = /^\d+$/.test(key) ? childPath(path, Number(key)) : childPath(path, key);
  }
  return path;
}

export function readResolver(
  resolver: ParsedDocument,
  documents: readonly ParsedDocument[],
  warnings: ImportWarning[],
): ResolverLayer[] {
  const file = resolver.name;
  const root = resolver.json;
  if (!isRecord(root))
    throw new TokenInputError(file, '$', `expected a resolver object, found ${kindOf(root)}`);
  if (root.version !== undefined && root.version !== '2025.10') {
    warnings.push({
      code: 'resolver-version',
      message: `resolver version "${String(root.version)}" is not 2025.10; read as 2025.10`,
      file,
      jsonPath: '$.version',
    });
  }

  const readSources = (items: unknown, path: string, seen: Set<string>): TokenSource[] => {
    if (!Array.isArray(items))
      throw new TokenInputError(file, path, `expected an array of sources, found ${kindOf(items)}`);
    const out: TokenSource[] = [];
    items.forEach((item: unknown, index) => {
      const itemPath = childPath(path, index);
      if (!isRecord(item))
        throw new TokenInputError(
          file,
          itemPath,
          `expected a source object, found ${kindOf(item)}`,
        );
      const ref = item.$ref;
      if (ref === undefined) {
        out.push({ file, jsonPath: itemPath, tree: item });
        return;
      }
      if (typeof ref !== 'string')
        throw new TokenInputError(
          file,
          childPath(itemPath, '$ref'),
          `expected a string, found ${kindOf(ref)}`,
        );
      if (ref.startsWith('#')) {
        if (seen.has(ref))
          throw new TokenInputError(
            file,
            childPath(itemPath, '$ref'),
            `circular reference to ${ref}`,
          );
        const target = resolvePointer(root, ref);
        if (target === undefined)
          throw new TokenInputError(
            file,
            childPath(itemPath, '$ref'),
            `reference ${ref} points to nothing`,
          );
        if (isRecord(target) && Array.isArray(target.sources)) {
          // A modifier context may include a whole set.
          out.push(
            ...readSources(
              target.sources,
              `${pointerToJsonPath(ref)}.sources`,
              new Set([...seen, ref]),
            ),
          );
        } else {
          out.push({ file, jsonPath: pointerToJsonPath(ref), tree: target });
        }
        return;
      }
      const [docRef = '', fragment] = ref.split('#', 2);
      const doc = findReferencedDocument(documents, file, docRef);
      if (!doc) {
        throw new TokenInputError(
          file,
          childPath(itemPath, '$ref'),
          `expected the file "${docRef}" among the inputs; add it (or upload a bundled resolver)`,
        );
      }
      const tree = fragment ? resolvePointer(doc.json, `#${fragment}`) : doc.json;
      if (tree === undefined)
        throw new TokenInputError(
          file,
          childPath(itemPath, '$ref'),
          `reference ${ref} points to nothing`,
        );
      out.push({
        file: doc.name,
        jsonPath: fragment ? pointerToJsonPath(`#${fragment}`) : '$',
        tree,
      });
    });
    return out;
  };

  const layerFromSet = (name: string, value: unknown, path: string): ResolverLayer => {
    if (!isRecord(value))
      throw new TokenInputError(file, path, `expected a set object, found ${kindOf(value)}`);
    const layer: ResolverLayer = {
      kind: 'set',
      name,
      contexts: [{ sources: readSources(value.sources, childPath(path, 'sources'), new Set()) }],
      jsonPath: path,
    };
    if (isRecord(value.$extensions)) layer.extensions = value.$extensions;
    return layer;
  };
  const layerFromModifier = (name: string, value: unknown, path: string): ResolverLayer => {
    if (!isRecord(value))
      throw new TokenInputError(file, path, `expected a modifier object, found ${kindOf(value)}`);
    const contextsPath = childPath(path, 'contexts');
    if (!isRecord(value.contexts))
      throw new TokenInputError(
        file,
        contextsPath,
        `expected an object of contexts, found ${kindOf(value.contexts)}`,
      );
    const contexts = Object.entries(value.contexts).map(([contextName, sources]) => ({
      name: contextName,
      sources: readSources(sources, childPath(contextsPath, contextName), new Set()),
    }));
    if (contexts.length === 0)
      throw new TokenInputError(file, contextsPath, 'expected at least one context');
    const layer: ResolverLayer = { kind: 'modifier', name, contexts, jsonPath: path };
    if (typeof value.default === 'string') {
      if (!contexts.some((context) => context.name === value.default)) {
        throw new TokenInputError(
          file,
          childPath(path, 'default'),
          `expected one of the contexts (${contexts.map((c) => c.name).join(', ')}), found "${value.default}"`,
        );
      }
      layer.defaultContext = value.default;
    }
    if (isRecord(value.$extensions)) layer.extensions = value.$extensions;
    return layer;
  };

  const sets = isRecord(root.sets) ? root.sets : {};
  const modifiers = isRecord(root.modifiers) ? root.modifiers : {};
  if (!Array.isArray(root.resolutionOrder)) {
    warnings.push({
      code: 'resolver-order',
      message: 'the resolver has no resolutionOrder; used all sets, then all modifiers',
      file,
      jsonPath: '$',
    });
    return [
      ...Object.entries(sets).map(([name, value]) =>
        layerFromSet(name, value, childPath(childPath('$', 'sets'), name)),
      ),
      ...Object.entries(modifiers).map(([name, value]) =>
        layerFromModifier(name, value, childPath(childPath('$', 'modifiers'), name)),
      ),
    ];
  }
  return root.resolutionOrder.map((entry: unknown, index) => {
    const path = childPath('$.resolutionOrder', index);
    if (!isRecord(entry))
      throw new TokenInputError(file, path, `expected an object, found ${kindOf(entry)}`);
    if (typeof entry.$ref === 'string') {
      const match = /^#\/(sets|modifiers)\/(.+)$/.exec(entry.$ref);
      if (!match)
        throw new TokenInputError(
          file,
          childPath(path, '$ref'),
          `expected "#/sets/<name>" or "#/modifiers/<name>", found "${entry.$ref}"`,
        );
      const name = decodeURIComponent(match[2]!).replace(/~1/g, '/').replace(/~0/g, '~');
      const kind = match[1] === 'sets' ? 'set' : 'modifier';
      const value = getOwn(kind === 'set' ? sets : modifiers, name);
      if (value === undefined)
        throw new TokenInputError(
          file,
          childPath(path, '$ref'),
          `reference ${entry.$ref} points to nothing`,
        );
      const targetPath = childPath(childPath('$', match[1]!), name);
      return kind === 'set'
        ? layerFromSet(name, value, targetPath)
        : layerFromModifier(name, value, targetPath);
    }
    const name = typeof entry.name === 'string' ? entry.name : `entry-${index + 1}`;
    if (entry.type === 'modifier' || isRecord(entry.contexts))
      return layerFromModifier(name, entry, path);
    return layerFromSet(name, entry, path);
  });
}
