/**
 * A small strict JSON scanner that finds the first syntax error and says what was expected there.
 * Engines word (and sometimes omit) the failure position differently, so the importer reports
 * line and column from this scanner instead. It keeps an explicit stack: no recursion, so no
 * depth can overflow it.
 */

export interface JsonSyntaxProblem {
  offset: number;
  line: number;
  column: number;
  message: string;
}

type Frame =
  | { kind: 'object'; state: 'key-or-end' | 'key' | 'colon' | 'comma-or-end' }
  | { kind: 'array'; state: 'value-or-end' | 'comma-or-end' };

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
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

/** Thrown inside the scanner to stop at the first problem; never escapes it. */
class Stop {
  constructor(readonly problem: JsonSyntaxProblem) {}
}

class Scanner {
  i = 0;
  readonly stack: Frame[] = [];
  constructor(readonly text: string) {}

  fail(offset: number, message: string): never {
    throw new Stop({ offset, ...lineAndColumn(this.text, offset), message });
  }

  describe(offset: number): string {
    return offset >= this.text.length ? 'end of input' : JSON.stringify(this.text[offset]);
  }

  skipSpace() {
    const { text } = this;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  string() {
    const { text } = this;
    const start = this.i;
    this.i++; // the opening quote
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === 34) {
        this.i++;
        return;
      }
      if (c < 32) this.fail(this.i, 'control character inside a string (unescaped line break?)');
      if (c !== 92) {
        this.i++;
        continue;
      }
      const next = text[this.i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(this.i + 2, this.i + 6)))
          this.fail(this.i, 'bad \\u escape');
        this.i += 6;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        this.i += 2;
      } else {
        this.fail(this.i, 'bad escape sequence');
      }
    }
    this.fail(start, 'unterminated string');
  }

  number() {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(
      this.text.slice(this.i, this.i + 400),
    );
    if (!match || match[0] === '' || match[0] === '-')
      this.fail(this.i, `unexpected ${this.describe(this.i)}`);
    this.i += match[0].length;
  }

  /** One scalar, or the opening of a container (pushed on the stack). */
  value() {
    this.skipSpace();
    const c = this.text[this.i];
    if (c === undefined) this.fail(this.i, 'unexpected end of input, expected a value');
    if (c === '{' || c === '[') {
      this.i++;
      this.stack.push(
        c === '{'
          ? { kind: 'object', state: 'key-or-end' }
          : { kind: 'array', state: 'value-or-end' },
      );
      return;
    }
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    const word = ['true', 'false', 'null'].find((w) => this.text.startsWith(w, this.i));
    if (word) {
      this.i += word.length;
      return;
    }
    if (c === "'") this.fail(this.i, 'strings must use double quotes');
    this.fail(this.i, `unexpected ${this.describe(this.i)}, expected a value`);
  }

  close() {
    this.i++;
    this.stack.pop();
  }

  objectStep(frame: Extract<Frame, { kind: 'object' }>, c: string | undefined) {
    if (frame.state === 'key-or-end' || frame.state === 'key') {
      if (c === '}' && frame.state === 'key-or-end') return this.close();
      if (c !== '"')
        this.fail(
          this.i,
          c === '}'
            ? 'trailing comma before "}"'
            : `unexpected ${this.describe(this.i)}, expected a property name in double quotes`,
        );
      this.string();
      frame.state = 'colon';
      return;
    }
    if (frame.state === 'colon') {
      if (c !== ':') this.fail(this.i, `unexpected ${this.describe(this.i)}, expected ":"`);
      this.i++;
      frame.state = 'comma-or-end';
      return this.value();
    }
    if (c === '}') return this.close();
    if (c !== ',') this.fail(this.i, `unexpected ${this.describe(this.i)}, expected "," or "}"`);
    this.i++;
    frame.state = 'key';
  }

  arrayStep(frame: Extract<Frame, { kind: 'array' }>, c: string | undefined) {
    if (c === ']') return this.close();
    if (frame.state === 'value-or-end') {
      frame.state = 'comma-or-end';
      return this.value();
    }
    if (c !== ',') this.fail(this.i, `unexpected ${this.describe(this.i)}, expected "," or "]"`);
    this.i++;
    this.skipSpace();
    if (this.text[this.i] === ']') this.fail(this.i, 'trailing comma before "]"');
    this.value();
  }

  document() {
    this.value();
    while (this.stack.length > 0) {
      const frame = this.stack[this.stack.length - 1]!;
      this.skipSpace();
      const c = this.text[this.i];
      if (frame.kind === 'object') this.objectStep(frame, c);
      else this.arrayStep(frame, c);
    }
    this.skipSpace();
    if (this.i < this.text.length)
      this.fail(this.i, `unexpected ${this.describe(this.i)} after the end of the JSON value`);
  }
}

/** Returns the first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  try {
    new Scanner(text).document();
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    throw error;
  }
}
