/**
 * Resolves the references recorded while reading tokens. `{a.b}` and a JSON Pointer to a whole
 * token (`#/a/b` or `#/a/b/$value`) become aliases; a pointer into part of a value
 * (`#/a/b/$value/components/0`) becomes that part as a literal, with a warning, since a variable
 * cannot alias part of another. A path held by tokens of several collections (files without a
 * resolver) is read in the referring token's own collection, else it is ambiguous and refused.
 */
import { getOwn, setOwn, TokenInputError } from '../import/errors.ts';
import type { ImportWarning } from '../import/errors.ts';
import type { PendingReference } from './read-tokens.ts';
import type { DtcgToken, DtcgTokenValue } from './read-types.ts';
import { memberAt, parseDocumentPointer } from './reference.ts';

type PathIndex = ReadonlyMap<string, readonly DtcgToken[]>;

/** Tokens by path; an overridden token is reached only through the token overriding it. */
export function indexByPath(tokens: Record<string, DtcgToken>): Map<string, DtcgToken[]> {
  const index = new Map<string, DtcgToken[]>();
  for (const token of Object.values(tokens))
    if (!token.overridden)
      index.set(token.pathString, [...(index.get(token.pathString) ?? []), token]);
  return index;
}

function pick(ref: PendingReference, path: string, index: PathIndex): DtcgToken | undefined {
  const candidates = index.get(path) ?? [];
  if (candidates.length <= 1) return candidates[0];
  const own = candidates.find((token) => token.collectionKey === ref.token.collectionKey);
  if (own) return own;
  throw new TokenInputError(
    ref.file,
    ref.jsonPath,
    `{${path}} is ambiguous: collections ${candidates.map((t) => `"${t.collectionKey}"`).join(' and ')} both hold it; use a resolver to say which one overrides`,
  );
}

function isGroupPath(path: string, index: PathIndex): boolean {
  const prefix = `${path}.`;
  for (const key of index.keys()) if (key.startsWith(prefix)) return true;
  return false;
}

function setAlias(ref: PendingReference, target: DtcgToken): void {
  const value: DtcgTokenValue = {
    kind: 'alias',
    targetKey: target.key,
    targetPath: target.pathString,
    ...(ref.filled ? { filled: true as const } : {}),
    ...(ref.stamp !== undefined ? { stamp: ref.stamp } : {}),
  };
  setOwn(ref.token.values, ref.modeKey, value);
}

/**
 * Figma's sync files write an alias to a library variable as a reference to a path that no file
 * holds: there that one value is dropped, named in a warning, instead of refusing every file (the
 * conversion then fills the mode as any mode the files leave empty, and says so).
 */
export type AliasesMayLeaveFiles = (token: DtcgToken) => boolean;

function resolveCurly(
  ref: PendingReference & { reference: { kind: 'curly' } },
  index: PathIndex,
  warnings: ImportWarning[],
  mayLeaveFiles: AliasesMayLeaveFiles,
): void {
  const { target } = ref.reference;
  let found = pick(ref, target, index);
  const ownType = ref.token.figma?.resolvedType;
  const targetType = found?.figma?.resolvedType;
  if (ownType === 'STRING' && targetType !== undefined && targetType !== 'STRING')
    found = undefined;
  // A string is a reference here as any value is, as in every DTCG reader (Tokenport's export
  // marks text that only looks like one: see read-tokens.ts).
  if (found) return setAlias(ref, found);
  if (!isGroupPath(target, index) && mayLeaveFiles(ref.token)) {
    warnings.push({
      code: 'alias-target-missing',
      message: `aliases {${target}}, which none of the files holds (a library variable?); that value is left out, and the mode is filled as any mode without a value`,
      file: ref.file,
      jsonPath: ref.jsonPath,
      variable: ref.token.name,
    });
    return;
  }
  throw new TokenInputError(
    ref.file,
    ref.jsonPath,
    isGroupPath(target, index)
      ? `alias {${target}} names a group, not a token`
      : `unknown alias target {${target}}: no token has that path`,
  );
}

/** The value a token has in the mode a reference reads it in, following aliases. */
function valueSeenBy(ref: PendingReference, target: DtcgToken, tokens: Record<string, DtcgToken>) {
  let current: DtcgToken | undefined = target;
  for (let hops = 0; current && hops < 64; hops++) {
    const value: DtcgTokenValue | undefined =
      getOwn(current.values, ref.modeKey) ?? Object.values(current.values)[0];
    if (value?.kind !== 'alias') return value?.value;
    current = getOwn(tokens, value.targetKey);
  }
  return undefined;
}

interface PointerTarget {
  token: DtcgToken;
  /** Segments below `$value`, empty for the whole token. */
  rest: string[];
}

function pointerTarget(
  ref: PendingReference & { reference: { kind: 'pointer' } },
  index: PathIndex,
): PointerTarget {
  const pointer = ref.reference.pointer;
  const parsed = parseDocumentPointer(pointer);
  if ('problem' in parsed) throw new TokenInputError(ref.file, ref.jsonPath, parsed.problem);
  const at = parsed.segments.indexOf('$value');
  const path = at === -1 ? parsed.segments : parsed.segments.slice(0, at);
  const meta = path.find((segment) => segment.startsWith('$') && segment !== '$root');
  if (meta)
    throw new TokenInputError(
      ref.file,
      ref.jsonPath,
      `${pointer} points at ${meta}, not at a token or its $value`,
    );
  const token = pick(ref, path.join('.'), index);
  if (!token)
    throw new TokenInputError(
      ref.file,
      ref.jsonPath,
      isGroupPath(path.join('.'), index)
        ? `${pointer} points at a group, not a token`
        : `${pointer} points to nothing: no token has that path`,
    );
  return { token, rest: at === -1 ? [] : parsed.segments.slice(at + 1) };
}

export function resolveReferences(
  references: readonly PendingReference[],
  tokens: Record<string, DtcgToken>,
  warnings: ImportWarning[],
  mayLeaveFiles: AliasesMayLeaveFiles = () => false,
): void {
  const index = indexByPath(tokens);
  const partial: { ref: PendingReference; target: PointerTarget }[] = [];
  // Every broken reference is named, as every invalid value is: one rerun mends them all.
  const broken = new Map<string, TokenInputError>();
  for (const ref of references) {
    if (ref.reference.kind === 'earlier-layer') {
      setAlias(ref, getOwn(tokens, ref.reference.key)!);
      continue;
    }
    try {
      if (ref.reference.kind === 'curly') {
        resolveCurly({ ...ref, reference: ref.reference }, index, warnings, mayLeaveFiles);
        continue;
      }
      const target = pointerTarget({ ...ref, reference: ref.reference }, index);
      if (target.rest.length === 0) setAlias(ref, target.token);
      else partial.push({ ref, target });
    } catch (error) {
      if (!(error instanceof TokenInputError)) throw error;
      broken.set(error.message, error);
    }
  }
  const [first, ...others] = broken.values();
  if (first) throw new TokenInputError(first.file, first.jsonPath, first.detail, others);
  // Parts of values are read once every whole-token alias is in place.
  for (const { ref, target } of partial) {
    const part = memberAt(valueSeenBy(ref, target.token, tokens), target.rest);
    const pointer = ref.reference.kind === 'pointer' ? ref.reference.pointer : '';
    if (part === undefined)
      throw new TokenInputError(ref.file, ref.jsonPath, `${pointer} points to nothing`);
    warnings.push({
      code: 'partial-reference',
      message: `${pointer} names part of a value; kept that part (${JSON.stringify(part)}) since a variable cannot alias part of another`,
      file: ref.file,
      jsonPath: ref.jsonPath,
      variable: ref.token.name,
    });
    setOwn(ref.token.values, ref.modeKey, { kind: 'literal', value: part });
  }
}
