/**
 * The one way to word an error from reading token files: the file and the JSON path where reading
 * stopped, said once even when the message already names them.
 */
import { inputProblemText } from '../tokens/import/errors';

export function describeInputError(error: unknown): string {
  if (!(error instanceof Error)) return 'The file could not be read.';
  const { file, jsonPath } = error as Error & { file?: string; jsonPath?: string };
  if (!file) return error.message;
  const where = `${file} at ${jsonPath ?? '$'}`;
  return error.message.startsWith(where) ? error.message : `${where}: ${error.message}`;
}

/**
 * The problems found besides the first (a TokenInputError's `more`), each with its file and
 * path. Read by shape: the error comes from a lazily loaded module, so `instanceof` cannot be used
 * here without loading it.
 */
export function otherInputProblems(error: unknown): string[] {
  const more = (error as { more?: unknown } | null)?.more;
  if (!Array.isArray(more)) return [];
  return more.flatMap((problem: unknown) => {
    const { file, jsonPath, detail } = (problem ?? {}) as Record<string, unknown>;
    return typeof file === 'string' && typeof jsonPath === 'string' && typeof detail === 'string'
      ? [inputProblemText(file, jsonPath, detail)]
      : [];
  });
}
