/**
 * parseTokenInput: one entry point for everything a user can hand Tokenport — a saved
 * `/variables/local` response, Figma's native "export modes" files, or DTCG tokens (Tokenport's
 * export or anyone's) — always producing Figma's `/variables/local` meta shape.
 */
import { readDtcgDocuments } from '../dtcg/read.ts';
import { isResolverDocument } from '../dtcg/read-resolver.ts';
import { isTokenNode } from '../dtcg/read-tree.ts';
import { dtcgExportToFigmaInput } from './dtcg-import.ts';
import { isRecord, kindOf, setOwn, TokenInputError } from './errors.ts';
import type { ImportWarning } from './errors.ts';
import type { FigmaVariablesInput } from '../model.ts';
import { looksLikeFigmaExport } from './figma-export-files.ts';
import { readFigmaExport } from './figma-native-export.ts';
import { looksLikeFigmaRest, readFigmaRest } from './figma-rest.ts';
import { parseJsonFile } from './parse-json.ts';

export { TokenInputError } from './errors.ts';
export type { ImportWarning } from './errors.ts';

export type TokenInputSource = 'figma-rest' | 'figma-export' | 'dtcg';

export interface TokenInputFile {
  name: string;
  text: string;
}

export interface ParsedTokenInput {
  input: FigmaVariablesInput;
  source: TokenInputSource;
  warnings: ImportWarning[];
}

function hasTokens(json: unknown): boolean {
  if (!isRecord(json)) return false;
  // Iterative: the nesting depth was already bounded by parseJsonFile.
  const stack: unknown[] = [json];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isRecord(node)) continue;
    // A group that `$extends` one in another file holds tokens too.
    if (isTokenNode(node) || Object.hasOwn(node, '$extends')) return true;
    for (const [key, child] of Object.entries(node)) if (!key.startsWith('$')) stack.push(child);
  }
  return false;
}

export function detectSource(json: unknown): TokenInputSource | undefined {
  if (looksLikeFigmaRest(json)) return 'figma-rest';
  if (looksLikeFigmaExport(json)) return 'figma-export';
  if (isResolverDocument(json) || hasTokens(json)) return 'dtcg';
  return undefined;
}

const SOURCE_LABEL: Record<TokenInputSource, string> = {
  'figma-rest': 'a saved Figma variables response',
  'figma-export': "Figma's variables export",
  dtcg: 'DTCG tokens',
};

/**
 * Several saved responses become one input. Figma ids are unique only within a file, so an id
 * seen twice is refused rather than letting the later file silently replace the earlier one.
 */
function mergeRestResponses(
  documents: readonly { name: string; json: unknown }[],
  warnings: ImportWarning[],
): FigmaVariablesInput {
  const input: FigmaVariablesInput = { variables: {}, variableCollections: {} };
  const origin = new Map<string, string>();
  const claim = (id: string, file: string, what: string) => {
    const earlier = origin.get(`${what}\u0000${id}`);
    if (earlier !== undefined)
      throw new TokenInputError(
        file,
        '$',
        `${what} id "${id}" is also in ${earlier}; Figma ids are unique only within one file, so import one Figma file's response at a time`,
      );
    origin.set(`${what}\u0000${id}`, file);
  };
  for (const doc of documents) {
    const part = readFigmaRest(doc.name, doc.json, warnings);
    for (const [id, collection] of Object.entries(part.variableCollections)) {
      claim(id, doc.name, 'collection');
      setOwn(input.variableCollections, id, collection);
    }
    for (const [id, variable] of Object.entries(part.variables)) {
      claim(id, doc.name, 'variable');
      setOwn(input.variables, id, variable);
    }
  }
  return input;
}

/**
 * A resolver reads a file once per set or context that names it, so the same note about the same
 * place can come up twice; it is said once.
 */
function onceEach(warnings: ImportWarning[]): ImportWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = [w.code, w.message, w.file, w.jsonPath, w.variable].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function parseTokenInput(files: readonly TokenInputFile[]): ParsedTokenInput {
  if (files.length === 0)
    throw new TokenInputError('(no files)', '$', 'expected at least one file');
  const documents = files.map((file) => ({
    name: file.name,
    json: parseJsonFile(file.name, file.text),
  }));
  // A resolver says what its files are: DTCG sources, whatever extensions they carry.
  const resolver = documents.some((doc) => isResolverDocument(doc.json));
  const kinds = documents.map((doc) => {
    const kind = resolver ? 'dtcg' : detectSource(doc.json);
    if (!kind) {
      throw new TokenInputError(
        doc.name,
        '$',
        `expected a Figma variables response ({meta: {variables, variableCollections}}), a Figma variables export, or DTCG tokens ($value), found ${isRecord(doc.json) ? 'none of them' : kindOf(doc.json)}`,
      );
    }
    return kind;
  });
  const source = kinds[0]!;
  const mismatch = kinds.findIndex((kind) => kind !== source);
  if (mismatch !== -1) {
    throw new TokenInputError(
      documents[mismatch]!.name,
      '$',
      `expected ${SOURCE_LABEL[source]} like ${documents[0]!.name}, found ${SOURCE_LABEL[kinds[mismatch]!]}; import one kind at a time`,
    );
  }
  const warnings: ImportWarning[] = [];
  switch (source) {
    case 'figma-rest':
      return { input: mergeRestResponses(documents, warnings), source, warnings };
    case 'figma-export':
      return { input: readFigmaExport(documents, warnings), source, warnings };
    case 'dtcg': {
      const data = readDtcgDocuments(documents);
      warnings.push(...data.warnings);
      const input = dtcgExportToFigmaInput(data, warnings);
      return { input, source, warnings: onceEach(warnings) };
    }
  }
}
