/**
 * Keeps tokens that disappeared from Figma in the new export, marked `$deprecated`, so code that
 * still uses them keeps building while it migrates. Works on the DTCG export files (multi-file
 * with a resolver, or the bundled resolver) and rewrites only the files it touches.
 */
import { readLayers } from '../dtcg/read-layers.ts';
import type { LayerInfo } from '../dtcg/read-layers.ts';
import { isResolverDocument } from '../dtcg/read-resolver.ts';
import { getOwn, isRecord, setOwn } from '../import/errors.ts';
import { parseJsonFile } from '../import/parse-json.ts';
import type { RemovedToken, TokenDiff } from './diff-exports.ts';

export interface ExportFileLike {
  path: string;
  contents: string;
}

export interface DeprecationResult<T extends ExportFileLike> {
  files: T[];
  /** Paths of the tokens written back as deprecated. */
  kept: string[];
  /** Paths that could not be kept because a new token now lives there. */
  conflicts: string[];
}

export const DEFAULT_DEPRECATION_REASON = 'Removed from Figma';

function nodeFor(
  token: RemovedToken,
  value: RemovedToken['values'][number]['value'],
  reason: string,
): Record<string, unknown> {
  const node: Record<string, unknown> = {};
  if (token.type) node.$type = token.type;
  node.$value =
    value.kind === 'alias'
      ? `{${value.targetPath}}`
      : value.kind === 'literal'
        ? value.value
        : null;
  if (token.description) node.$description = token.description;
  node.$deprecated = reason;
  if (token.extensions) node.$extensions = token.extensions;
  return node;
}

/** Inserts `node` at `path` in `tree`; false when the path is taken. */
function insertAt(
  tree: Record<string, unknown>,
  path: readonly string[],
  node: Record<string, unknown>,
): boolean {
  let group = tree;
  for (const segment of path.slice(0, -1)) {
    const child = getOwn(group, segment);
    if (child === undefined) {
      const created: Record<string, unknown> = {};
      setOwn(group, segment, created);
      group = created;
    } else if (isRecord(child) && !('$value' in child)) {
      group = child;
    } else {
      return false;
    }
  }
  const last = path[path.length - 1]!;
  if (getOwn(group, last) !== undefined) return false;
  setOwn(group, last, node);
  return true;
}

function findLayer(layers: readonly LayerInfo[], token: RemovedToken): LayerInfo | undefined {
  return (
    layers.find(
      (info) => token.collectionId !== undefined && info.collection.id === token.collectionId,
    ) ?? layers.find((info) => info.collection.slug === token.collectionSlug)
  );
}

export function applyDeprecations<T extends ExportFileLike>(
  nextFiles: readonly T[],
  diff: TokenDiff,
  reason: string = DEFAULT_DEPRECATION_REASON,
): DeprecationResult<T> {
  const documents = nextFiles.map((file) => ({
    name: file.path,
    json: parseJsonFile(file.path, file.contents),
  }));
  const layers = readLayers(documents, []);
  const resolver = documents.find((doc) => isResolverDocument(doc.json));
  const touched = new Set<unknown>();
  const added: T[] = [];
  const result: DeprecationResult<T> = { files: [], kept: [], conflicts: [] };
  // Collections that vanished entirely get a new set or modifier in the resolver, inline.
  const newLayers = new Map<string, Map<string, Record<string, unknown>>>();

  for (const token of diff.removed) {
    const info = findLayer(layers, token);
    let ok = true;
    for (const entry of token.values) {
      const node = nodeFor(token, entry.value, reason);
      if (info) {
        const mode =
          info.collection.modes.find(
            (m) =>
              (entry.modeId !== undefined && m.id === entry.modeId) || m.slug === entry.modeSlug,
          ) ?? (info.collection.modes.length === 1 ? info.collection.modes[0] : undefined);
        if (!mode) continue; // That mode no longer exists in the new export.
        const contextName = [...info.modeKeyByContext.entries()].find(
          ([, key]) => key === mode.key,
        )?.[0];
        const context = info.layer.contexts.find((c) => c.name === contextName);
        const sources = context?.sources ?? [];
        const source =
          sources.find(
            (s) => isRecord(s.tree) && getOwn(s.tree, token.pathSegments[0] ?? '') !== undefined,
          ) ?? sources[0];
        if (!source || !isRecord(source.tree)) continue;
        if (insertAt(source.tree, token.pathSegments, node)) touched.add(source.tree);
        else ok = false;
      } else {
        const byMode =
          newLayers.get(token.collectionSlug) ?? new Map<string, Record<string, unknown>>();
        newLayers.set(token.collectionSlug, byMode);
        const tree = byMode.get(entry.modeSlug) ?? {};
        byMode.set(entry.modeSlug, tree);
        if (!insertAt(tree, token.pathSegments, node)) ok = false;
      }
    }
    (ok ? result.kept : result.conflicts).push(token.path);
  }

  for (const [slug, byMode] of newLayers) {
    if (resolver && isRecord(resolver.json)) {
      const root = resolver.json;
      const multi = byMode.size > 1;
      const group = multi ? 'modifiers' : 'sets';
      const container = isRecord(root[group]) ? root[group] : {};
      root[group] = container;
      if (multi) {
        const contexts: Record<string, unknown> = {};
        for (const [modeSlug, tree] of byMode) setOwn(contexts, modeSlug, [tree]);
        setOwn(container, slug, { contexts, default: [...byMode.keys()][0] });
      } else {
        setOwn(container, slug, { sources: [...byMode.values()] });
      }
      if (Array.isArray(root.resolutionOrder))
        root.resolutionOrder.push({
          $ref: `#/${group}/${slug.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        });
      touched.add(root);
    } else {
      for (const [modeSlug, tree] of byMode) {
        const path =
          byMode.size > 1 ? `tokens/${slug}/${modeSlug}.tokens.json` : `tokens/${slug}.tokens.json`;
        const template = nextFiles[0];
        added.push({
          ...(template ?? {}),
          path,
          contents: `${JSON.stringify(tree, null, 2)}\n`,
        } as T);
      }
    }
  }

  result.files = nextFiles.map((file, index) => {
    const doc = documents[index]!;
    return touched.has(doc.json)
      ? { ...file, contents: `${JSON.stringify(doc.json, null, 2)}\n` }
      : file;
  });
  // Trees below the document root (fragments) mark their document through the layer sources.
  for (const info of layers) {
    for (const context of info.layer.contexts) {
      for (const source of context.sources) {
        if (!touched.has(source.tree)) continue;
        const index = documents.findIndex((doc) => doc.name === source.file);
        const file = nextFiles[index];
        if (file && result.files[index] === file) {
          result.files[index] = {
            ...file,
            contents: `${JSON.stringify(documents[index]!.json, null, 2)}\n`,
          };
        }
      }
    }
  }
  result.files.push(...added);
  return result;
}
