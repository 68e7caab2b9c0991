/**
 * The one way to word an error from reading token files: the file and the JSON path where reading
 * stopped, said once even when the message already names them.
 */
export function describeInputError(error: unknown): string {
  if (!(error instanceof Error)) return 'The file could not be read.';
  const { file, jsonPath } = error as Error & { file?: string; jsonPath?: string };
  if (!file) return error.message;
  const where = `${file} at ${jsonPath ?? '$'}`;
  return error.message.startsWith(where) ? error.message : `${where}: ${error.message}`;
}
