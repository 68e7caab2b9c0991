/**
 * A resolver's `sources`: inline token trees, `#/…` pointers inside the resolver, and `$ref`s to
 * other files. File references stay inside the input: no absolute paths, no URLs, and `..` above
 * the resolver's folder only to a file given as input at exactly that path (a resolver must not
 * be able to make anyone read `../secret/creds.json`).
 */
import { childPath, getOwn, isRecord, kindOf, TokenInputError } from '../import/errors.ts';

export interface ParsedDocument {
  name: string;
  json: unknown;
}

export interface TokenSource {
  file: string;
  jsonPath: string;
  tree: unknown;
}

function splitPath(path: string): string[] {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.');
}

/** Normalized `a/b` path, or undefined when `..` climbs above the start. */
function joinInside(base: readonly string[], ref: string): string | undefined {
  const parts = [...base];
  for (const part of splitPath(ref)) {
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return undefined;
  }
  return parts.join('/');
}

/** Whether `..` in a relative path climbs above the folder it starts from. */
export function climbsOut(ref: string): boolean {
  let depth = 0;
  for (const part of splitPath(ref)) {
    depth += part === '..' ? -1 : 1;
    if (depth < 0) return true;
  }
  return false;
}

/**
 * Why a file `$ref` may not be read from disk next to the resolver, or undefined when it stays
 * inside the resolver's folder.
 */
export function fileReferenceProblem(ref: string): string | undefined {
  return notRelativeProblem(ref) ?? (climbsOut(ref) ? climbProblem(ref) : undefined);
}

/** A URL or an absolute path: never followed, `..` or not. */
function notRelativeProblem(ref: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref))
    return `"${ref}" is a URL; Tokenport reads only files given to it`;
  if (ref.startsWith('/') || ref.startsWith('\\') || /^[a-z]:[\\/]/i.test(ref))
    return `"${ref}" is an absolute path; references must be relative to the resolver`;
  return undefined;
}

const climbProblem = (ref: string) =>
  `"${ref}" leaves the resolver's folder, and that file is not among the inputs; give the folder holding both as the input to use it`;

/** Finds the given document a `$ref` names: exact path first, then by trailing path segments. */
export function findReferencedDocument(
  documents: readonly ParsedDocument[],
  fromFile: string,
  ref: string,
): ParsedDocument | undefined {
  const base = splitPath(fromFile).slice(0, -1);
  const wanted = joinInside(base, ref);
  const plain = joinInside([], ref);
  const normalized = (doc: ParsedDocument) => splitPath(doc.name).join('/');
  // Above the resolver's folder, only the one file given at exactly that path (the input was the
  // folder holding both): never a guess by name, never a file read for it.
  if (climbsOut(ref))
    return wanted === undefined ? undefined : documents.find((doc) => normalized(doc) === wanted);
  const exact = documents.find((doc) => [wanted, plain].includes(normalized(doc)));
  if (exact || plain === undefined) return exact;
  // Uploaded files often lose their folders (or keep a different root), so match path suffixes.
  const bySuffix = documents.filter((doc) => {
    const name = normalized(doc);
    return name.endsWith(`/${plain}`) || plain.endsWith(`/${name}`);
  });
  return bySuffix.length === 1 ? bySuffix[0] : undefined;
}

/**
 * A pointer segment as a name: URI escapes decoded, then `~1` and `~0`. A `%` that starts no
 * escape (`a%zz`) is kept as written, so such a name points to nothing and is refused with its
 * path, rather than stopping the import with a URIError.
 */
export function decodeSegment(raw: string): string {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch (error) {
    if (!(error instanceof URIError)) throw error;
  }
  return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Resolves an RFC 6901 pointer such as `#/sets/base` inside `root`. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '' || body === '/') return root;
  // `#light` is a plain-name fragment, not a JSON Pointer: it names nothing here (it read as the
  // whole file, so both contexts of a modifier loaded every token).
  if (!body.startsWith('/')) return undefined;
  let node: unknown = root;
  for (const raw of body.split('/').slice(1)) {
    const key = decodeSegment(raw);
    if (Array.isArray(node)) node = /^(0|[1-9][0-9]*)$/.test(key) ? node[Number(key)] : undefined;
    else if (isRecord(node)) node = getOwn(node, key);
    else return undefined;
  }
  return node;
}

export function pointerToJsonPath(pointer: string): string {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  let path = '$';
  for (const raw of body.split('/').slice(1)) {
    const key = decodeSegment(raw);
    path = /^\d+$/.test(key) ? childPath(path, Number(key)) : childPath(path, key);
  }
  return path;
}

export interface SourceReader {
  file: string;
  root: Record<string, unknown>;
  documents: readonly ParsedDocument[];
}

function readFileSource(reader: SourceReader, ref: string, where: string): TokenSource {
  const [docRef = '', fragment] = ref.split('#', 2);
  const notRelative = notRelativeProblem(docRef);
  if (notRelative) throw new TokenInputError(reader.file, where, notRelative);
  const doc = findReferencedDocument(reader.documents, reader.file, docRef);
  // Above the resolver's folder only a file given at exactly that path is taken (see above).
  if (!doc && climbsOut(docRef))
    throw new TokenInputError(reader.file, where, climbProblem(docRef));
  if (!doc)
    throw new TokenInputError(
      reader.file,
      where,
      `expected the file "${docRef}" among the inputs; add it (or upload a bundled resolver)`,
    );
  const tree = fragment ? resolvePointer(doc.json, `#${fragment}`) : doc.json;
  if (tree === undefined)
    throw new TokenInputError(
      reader.file,
      where,
      fragment && !fragment.startsWith('/')
        ? `reference ${ref} has a fragment that is not a JSON Pointer; write "#/${fragment}" to point at the member "${fragment}"`
        : `reference ${ref} points to nothing`,
    );
  return { file: doc.name, jsonPath: fragment ? pointerToJsonPath(`#${fragment}`) : '$', tree };
}

function readLocalSource(
  reader: SourceReader,
  ref: string,
  where: string,
  seen: ReadonlySet<string>,
): TokenSource[] {
  if (seen.has(ref)) throw new TokenInputError(reader.file, where, `circular reference to ${ref}`);
  if (ref.startsWith('#/resolutionOrder'))
    throw new TokenInputError(
      reader.file,
      where,
      `${ref} points into resolutionOrder, which may not be referenced`,
    );
  const target = resolvePointer(reader.root, ref);
  if (target === undefined)
    throw new TokenInputError(reader.file, where, `reference ${ref} points to nothing`);
  if (ref.startsWith('#/modifiers/'))
    throw new TokenInputError(
      reader.file,
      where,
      `${ref} is a modifier; sources may include sets, not modifiers`,
    );
  // A context may include a whole set.
  if (isRecord(target) && Array.isArray(target.sources))
    return readSources(
      reader,
      target.sources,
      `${pointerToJsonPath(ref)}.sources`,
      new Set([...seen, ref]),
    );
  return [{ file: reader.file, jsonPath: pointerToJsonPath(ref), tree: target }];
}

export function readSources(
  reader: SourceReader,
  items: unknown,
  path: string,
  seen: ReadonlySet<string> = new Set(),
): TokenSource[] {
  if (!Array.isArray(items))
    throw new TokenInputError(
      reader.file,
      path,
      `expected an array of sources, found ${kindOf(items)}`,
    );
  return items.flatMap((item: unknown, index): TokenSource[] => {
    const itemPath = childPath(path, index);
    if (!isRecord(item))
      throw new TokenInputError(
        reader.file,
        itemPath,
        `expected a source object, found ${kindOf(item)}`,
      );
    const ref = item.$ref;
    if (ref === undefined) return [{ file: reader.file, jsonPath: itemPath, tree: item }];
    const where = childPath(itemPath, '$ref');
    if (typeof ref !== 'string')
      throw new TokenInputError(reader.file, where, `expected a string, found ${kindOf(ref)}`);
    return ref.startsWith('#')
      ? readLocalSource(reader, ref, where, seen)
      : [readFileSource(reader, ref, where)];
  });
}
