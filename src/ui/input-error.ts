/**
 * Errors from reading token files, as the UI shows them. Read by shape, not by class: the errors
 * come from the lazily loaded tokens core (a TokenInputError names `file` and `jsonPath`, and
 * words every problem it found in `lines`), and `instanceof` would need that module loaded here.
 */

/** A problem in token files: it names a file and a JSON path. */
export function isInputError(error: unknown): error is Error & { file: string; jsonPath: string } {
  const { file, jsonPath } = (error ?? {}) as { file?: unknown; jsonPath?: unknown };
  return error instanceof Error && typeof file === 'string' && typeof jsonPath === 'string';
}

/**
 * The one way to word the first problem: the file and the JSON path where reading stopped, said
 * once even when the message already names them.
 */
export function describeInputError(error: unknown): string {
  if (!(error instanceof Error)) return 'The file could not be read.';
  const { file, jsonPath } = error as Error & { file?: string; jsonPath?: string };
  if (!file) return error.message;
  const where = `${file} at ${jsonPath ?? '$'}`;
  return error.message.startsWith(where) ? error.message : `${where}: ${error.message}`;
}

/** The problems found besides the first, each already worded with its file and path. */
export function otherInputProblems(error: unknown): string[] {
  const lines = (error as { lines?: unknown } | null)?.lines;
  if (!Array.isArray(lines)) return [];
  return lines.slice(1).filter((line): line is string => typeof line === 'string');
}
