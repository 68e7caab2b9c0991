/**
 * JSON.parse with a useful error: engines word (and sometimes omit) the failure position
 * differently, so on failure a small strict scanner finds the first bad character and we report
 * its line and column ourselves.
 */
import { childPath, TokenInputError } from './errors.ts';

export interface JsonSyntaxProblem {
  offset: number;
  line: number;
  column: number;
  message: string;
}

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

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

type Frame =
  | { kind: 'object'; state: 'key-or-end' | 'key' | 'colon' | 'comma-or-end' }
  | { kind: 'array'; state: 'value-or-end' | 'comma-or-end' };

/** Returns the first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const stack: Frame[] = [];
  const fail = (offset: number, message: string): JsonSyntaxProblem => ({
    offset,
    ...lineAndColumn(text, offset),
    message,
  });
  const describe = (offset: number): string =>
    offset >= text.length ? 'end of input' : `${JSON.stringify(text[offset])}`;
  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const scanString = (): JsonSyntaxProblem | undefined => {
    const start = i;
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return undefined;
      }
      if (c < 32) return fail(i, 'control character inside a string (unescaped line break?)');
      if (c === 92) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail(i, 'bad \\u escape');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          i += 2;
        } else {
          return fail(i, 'bad escape sequence');
        }
      } else {
        i++;
      }
    }
    return fail(start, 'unterminated string');
  };
  const scanNumber = (): JsonSyntaxProblem | undefined => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '' || match[0] === '-') return fail(i, `unexpected ${describe(i)}`);
    i += match[0].length;
    return undefined;
  };
  /** Scans one scalar or opens a container; returns a problem or undefined. */
  const scanValue = (): JsonSyntaxProblem | undefined => {
    skipSpace();
    const c = text[i];
    if (c === undefined) return fail(i, 'unexpected end of input, expected a value');
    if (c === '{') {
      i++;
      stack.push({ kind: 'object', state: 'key-or-end' });
      return undefined;
    }
    if (c === '[') {
      i++;
      stack.push({ kind: 'array', state: 'value-or-end' });
      return undefined;
    }
    if (c === '"') return scanString();
    if (c === '-' || (c >= '0' && c <= '9')) return scanNumber();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    if (c === "'") return fail(i, 'strings must use double quotes');
    return fail(i, `unexpected ${describe(i)}, expected a value`);
  };

  let problem = scanValue();
  if (problem) return problem;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    skipSpace();
    const c = text[i];
    if (frame.kind === 'object') {
      if (frame.state === 'key-or-end' || frame.state === 'key') {
        if (c === '}' && frame.state === 'key-or-end') {
          i++;
          stack.pop();
          continue;
        }
        if (c !== '"') {
          return fail(
            i,
            c === '}'
              ? 'trailing comma before "}"'
              : `unexpected ${describe(i)}, expected a property name in double quotes`,
          );
        }
        problem = scanString();
        if (problem) return problem;
        frame.state = 'colon';
        continue;
      }
      if (frame.state === 'colon') {
        if (c !== ':') return fail(i, `unexpected ${describe(i)}, expected ":"`);
        i++;
        frame.state = 'comma-or-end';
        problem = scanValue();
        if (problem) return problem;
        continue;
      }
      if (c === ',') {
        i++;
        frame.state = 'key';
      } else if (c === '}') {
        i++;
        stack.pop();
      } else {
        return fail(i, `unexpected ${describe(i)}, expected "," or "}"`);
      }
      continue;
    }
    if (frame.state === 'value-or-end') {
      if (c === ']') {
        i++;
        stack.pop();
        continue;
      }
      frame.state = 'comma-or-end';
      problem = scanValue();
      if (problem) return problem;
      continue;
    }
    if (c === ',') {
      i++;
      skipSpace();
      if (text[i] === ']') return fail(i, 'trailing comma before "]"');
      problem = scanValue();
      if (problem) return problem;
    } else if (c === ']') {
      i++;
      stack.pop();
    } else {
      return fail(i, `unexpected ${describe(i)}, expected "," or "]"`);
    }
  }
  skipSpace();
  if (i < text.length) return fail(i, `unexpected ${describe(i)} after the end of the JSON value`);
  return undefined;
}
