/**
 * Figma's own "Export modes" JSON (any plan): one DTCG-shaped file per collection and mode, the
 * mode name at `$extensions["com.figma.modeName"]`, ids and scopes on each token under flat
 * `com.figma.*` keys, and aliases exported resolved with `com.figma.aliasData` beside them.
 */
import type { FigmaVariablesInput } from '../model.ts';
import type { ImportWarning } from './errors.ts';
import { buildExportCollections } from './figma-export-collections.ts';
import { readExportFile } from './figma-export-files.ts';
import type { ParsedFile } from './figma-export-files.ts';
import { readExportVariables } from './figma-export-variables.ts';

export function readFigmaExport(
  files: readonly ParsedFile[],
  warnings: ImportWarning[],
): FigmaVariablesInput {
  const exportFiles = files.map((file) => readExportFile(file, warnings));
  const input: FigmaVariablesInput = { variables: {}, variableCollections: {} };
  const collections = buildExportCollections(exportFiles, input, warnings);
  readExportVariables(collections, input, warnings);
  return input;
}
