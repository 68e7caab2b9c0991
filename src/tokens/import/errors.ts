/**
 * Errors and warnings shared by every importer. Input comes from users (files they saved or
 * exported), so each problem names the file and the JSON path a person can look up.
 */

export interface ImportWarning {
  /** Stable machine-readable kind, e.g. `unsupported-type`. */
  code: string;
  message: string;
  file?: string;
  jsonPath?: string;
  /** The Figma variable (id or name) the warning concerns, when there is one. */
  variable?: string;
  /** The mode it concerns, by name, when it is one mode's value, and that mode's collection. */
  mode?: string;
  collection?: string;
}

/** The one wording of "where in which file": `tokens.json at $.color.brand: <detail>`. */
export function inputProblemText(file: string, jsonPath: string, detail: string): string {
  return `${file} at ${jsonPath}: ${detail}`;
}

/** One problem in the input, where a person can look it up. */
export interface InputProblem {
  file: string;
  jsonPath: string;
  detail: string;
}

/**
 * Bad input: `message` already names the file and the JSON path, so callers show `message` as it
 * is and never prefix the location again. `more` holds the other problems found in the same pass
 * (every invalid value, not only the first), so a file is mended in one go, not one rerun per value;
 * `lines` is every problem worded, the first one first, for whoever shows them.
 */
export class TokenInputError extends Error {
  readonly file: string;
  readonly jsonPath: string;
  /** What is wrong, without the location (which is in `file` and `jsonPath`). */
  readonly detail: string;
  readonly more: readonly InputProblem[];

  constructor(file: string, jsonPath: string, detail: string, more: readonly InputProblem[] = []) {
    super(inputProblemText(file, jsonPath, detail));
    this.name = 'TokenInputError';
    this.file = file;
    this.jsonPath = jsonPath;
    this.detail = detail;
    this.more = more;
  }

  get lines(): string[] {
    return [this.message, ...this.more.map((p) => inputProblemText(p.file, p.jsonPath, p.detail))];
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends one key or index to a JSONPath such as `$.meta.variables["VariableID:1:2"]`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return IDENTIFIER.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Describes a JSON value's kind for "expected X, found Y" messages. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}

/**
 * Sets an own property even for keys like `__proto__`: ids and names come from user files, and a
 * plain assignment with such a key would change the object's prototype instead.
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Reads an own property only (never one inherited from Object.prototype). */
/** Whether `record` has an own key, without listing its keys (one call per variable). */
export function hasAnyKey(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

export function getOwn<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
