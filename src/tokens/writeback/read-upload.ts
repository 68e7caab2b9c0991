/**
 * The files a user uploads to write back. Tokenport's DTCG export (or any DTCG) is read as is;
 * Figma's own "Export variables" files are DTCG-like but name variables with flat
 * `com.figma.variableId` keys and write aliases resolved, so read as DTCG they looked like all-new
 * variables (a confirmed write-back would have duplicated every one). They are read as the import
 * reads them, with their variable ids and aliases, and written as Tokenport's export first.
 */
import { convertVariables } from '../convert.ts';
import { readDtcgExport } from '../dtcg/read.ts';
import type { DtcgInputFile } from '../dtcg/read.ts';
import type { DtcgExport } from '../dtcg/read-types.ts';
import { buildFormat } from '../formats.ts';
import { parseJsonFile } from '../import/parse-json.ts';
import { detectSource, parseTokenInput } from '../import/parse-token-input.ts';

export function readUpload(files: readonly DtcgInputFile[]): DtcgExport {
  const native = files.some(
    (file) => detectSource(parseJsonFile(file.name, file.text)) === 'figma-export',
  );
  if (!native) return readDtcgExport(files);
  const { input, warnings } = parseTokenInput(files);
  const exported = buildFormat(convertVariables(input), 'dtcg');
  const data = readDtcgExport(exported.map((file) => ({ name: file.path, text: file.contents })));
  // What Figma's export does not carry (a variable's hidden flag, perhaps its description) was
  // filled in by the conversion; a write-back must not send those as edits.
  for (const token of Object.values(data.tokens)) {
    if (!token.description) token.descriptionUnknown = true;
    if (token.figma) delete token.figma.hiddenFromPublishing;
  }
  return { ...data, warnings: [...warnings, ...data.warnings] };
}
