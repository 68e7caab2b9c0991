/**
 * JSON.parse with a useful error: on failure the strict scanner in json-syntax.ts finds the first
 * bad character, and its line and column are reported.
 */
import { childPath, TokenInputError } from './errors.ts';
import { findJsonSyntaxProblem, lineAndColumn } from './json-syntax.ts';

export { findJsonSyntaxProblem } from './json-syntax.ts';
export type { JsonSyntaxProblem } from './json-syntax.ts';

/**
 * Real token files nest a few dozen levels at most. Anything deeper is refused up front, so no
 * later step (validation, conversion, messages quoting a value) can overflow the call stack.
 */
export const MAX_JSON_DEPTH = 256;

/** The JSON path (first steps only) of a place nested deeper than `limit`, if any. */
function tooDeepAt(json: unknown, limit: number): string | undefined {
  const stack: { node: unknown; depth: number; path: string }[] = [
    { node: json, depth: 0, path: '$' },
  ];
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return `${path}…`;
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((item, index) => [index, item])
      : Object.entries(node);
    for (const [key, child] of entries) {
      // Paths are shown, so only the first steps are spelled out.
      const childPathText = depth < 8 ? childPath(path, key) : path;
      stack.push({ node: child, depth: depth + 1, path: childPathText });
    }
  }
  return undefined;
}

export function parseJsonFile(file: string, text: string): unknown {
  const json = parseJsonText(file, text);
  const deep = tooDeepAt(json, MAX_JSON_DEPTH);
  if (deep !== undefined)
    throw new TokenInputError(
      file,
      deep,
      `nested more than ${MAX_JSON_DEPTH} levels deep; token files are never this deep, so it was not read`,
    );
  return json;
}

function parseJsonText(file: string, text: string): unknown {
  // A UTF-8 byte order mark is common in files saved on Windows and is not JSON.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    if (error instanceof RangeError)
      throw new TokenInputError(file, '$', 'nested too deeply to read as JSON');
    const problem = findJsonSyntaxProblem(source) ?? {
      ...lineAndColumn(source, 0),
      offset: 0,
      message: 'invalid JSON',
    };
    throw new TokenInputError(
      file,
      '$',
      `invalid JSON at line ${problem.line}, column ${problem.column}: ${problem.message}`,
    );
  }
}
