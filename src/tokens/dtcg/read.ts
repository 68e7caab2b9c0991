/**
 * readDtcgExport: reads Tokenport's DTCG export (multi-file with a resolver, or the bundled
 * single resolver) and any other DTCG 2025.10 files into one normalized view, keyed by Figma
 * variable id when the files carry it and by token path otherwise.
 */
import { getOwn, TokenInputError } from '../import/errors.ts';
import type { ImportWarning } from '../import/errors.ts';
import { parseJsonFile } from '../import/parse-json.ts';
import { findAliasCycles } from './read-cycles.ts';
import { readLayers } from './read-layers.ts';
import type { LayerInfo } from './read-layers.ts';
import { inferTypes } from './read-infer-types.ts';
import { collectOccurrences } from './read-occurrences.ts';
import { indexByPath, resolveReferences } from './read-references.ts';
import { resolveComposedLinks } from './read-provenance.ts';
import { isResolverDocument } from './read-resolver.ts';
import type { ParsedDocument } from './read-resolver.ts';
import { buildTokens } from './read-tokens.ts';
import type { DtcgCollection, DtcgExport, DtcgToken } from './read-types.ts';
import { validateTokens } from './validate-tokens.ts';
import { resolvePropertyReferences } from './read-property-refs.ts';

export interface DtcgInputFile {
  name: string;
  text: string;
}

export function readDtcgExport(files: readonly DtcgInputFile[]): DtcgExport {
  return readDtcgDocuments(
    files.map((file) => ({ name: file.name, json: parseJsonFile(file.name, file.text) })),
  );
}

function collectionsOf(
  layers: readonly LayerInfo[],
  warnings: ImportWarning[],
): Map<string, DtcgCollection> {
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
  return collections;
}

/** Composed colours link by path; where files share a path, the first token holding it. */
function firstKeyByPath(tokens: Record<string, DtcgToken>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [path, list] of indexByPath(tokens)) keys.set(path, list[0]!.key);
  return keys;
}

function refuseCycles(data: DtcgExport, tokens: Record<string, DtcgToken>): void {
  const cycle = findAliasCycles(data)[0];
  if (!cycle) return;
  const first = getOwn(tokens, cycle[0]!)!;
  throw new TokenInputError(
    first.source.file,
    first.source.jsonPath,
    `alias cycle: ${cycle.map((key) => getOwn(tokens, key)?.pathString ?? key).join(' → ')} → ${first.pathString}`,
  );
}

export function readDtcgDocuments(files: readonly ParsedDocument[]): DtcgExport {
  const documents = resolvePropertyReferences(files);
  const warnings: ImportWarning[] = [];
  const resolver = documents.some((doc) => isResolverDocument(doc.json));
  const layers = readLayers(documents, warnings);
  const collections = collectionsOf(layers, warnings);
  const occurrences = collectOccurrences(layers, collections, { resolver, warnings });
  const built = buildTokens(occurrences, collections, { resolver, warnings });
  const { tokens } = built;
  const syncCollections = new Set(
    [...collections.values()].filter((c) => c.figmaSync).map((c) => c.key),
  );
  resolveReferences(built.references, tokens, warnings, (token) =>
    syncCollections.has(token.collectionKey),
  );
  resolveComposedLinks(built.composed, firstKeyByPath(tokens), tokens);
  const explicitlyTyped = new Set(
    Object.values(tokens)
      .filter((token) => token.type !== undefined)
      .map((token) => token.key),
  );
  const data: DtcgExport = {
    origin: built.sawFigmaIds ? 'tokenport' : 'dtcg',
    collections: [...collections.values()],
    tokens,
    warnings,
    sites: built.sites,
  };
  refuseCycles(data, tokens);
  inferTypes(tokens);
  validateTokens(tokens, explicitlyTyped, built.sites, warnings);
  return data;
}
