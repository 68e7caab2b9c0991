/**
 * DTCG tokens of types no Figma variable holds (shadow, typography, border, transition, gradient,
 * cubicBezier, strokeStyle): kept beside the variables, so CSS, SCSS, JS and DTCG still write
 * them. Their values are kept as written, with every reference inside them pointed at the token
 * it names; a token whose reference leads to nothing exported is left out, and said so.
 */
import type { DtcgExport, DtcgToken } from '../dtcg/read-types.ts';
import {
  curlyReferenceTarget,
  parseDocumentPointer,
  pointerReferenceOf,
} from '../dtcg/reference.ts';
import type {
  CompositeInput,
  CompositeType,
  CompositeValue,
  ExtensionReference,
  FigmaVariablesInput,
} from '../model.ts';
import { childPath, getOwn, isRecord, setOwn } from './errors.ts';
import type { ImportWarning } from './errors.ts';

const COMPOSITE_TYPES: ReadonlySet<string> = new Set<CompositeType>([
  'shadow',
  'typography',
  'border',
  'transition',
  'gradient',
  'cubicBezier',
  'strokeStyle',
]);

export function isCompositeType(type: string | undefined): type is CompositeType {
  return type !== undefined && COMPOSITE_TYPES.has(type);
}

type PathIndex = () => ReadonlyMap<string, readonly DtcgToken[]>;

/** The token a path names, preferring the referring token's own collection (as aliases do). */
function tokenAt(path: string, from: DtcgToken, byPath: PathIndex): DtcgToken | undefined {
  const candidates = byPath().get(path) ?? [];
  return (
    candidates.find((t) => t.collectionKey === from.collectionKey) ??
    (candidates.length === 1 ? candidates[0] : undefined)
  );
}

/** The dotted path a whole-token reference names: `{a.b}`, or a pointer `#/a/b`. */
function referencedPath(node: unknown): string | undefined {
  const curly = curlyReferenceTarget(node);
  if (curly !== undefined) return curly;
  const pointer = pointerReferenceOf(node);
  if (pointer === undefined) return undefined;
  const parsed = parseDocumentPointer(pointer);
  return 'segments' in parsed ? parsed.segments.join('.') : undefined;
}

export interface FoundReferences {
  found: ExtensionReference[];
  /** Paths written as references that name no token. */
  missing: string[];
}

/** Every whole-token reference inside `node`, where it sits and which token it names. */
export function referencesIn(node: unknown, from: DtcgToken, byPath: PathIndex): FoundReferences {
  const result: FoundReferences = { found: [], missing: [] };
  const visit = (item: unknown, at: (string | number)[], depth: number) => {
    if (depth > 32) return;
    const path = referencedPath(item);
    if (path !== undefined) {
      const target = tokenAt(path, from, byPath);
      if (target) result.found.push({ at, targetId: target.key });
      else result.missing.push(path);
    } else if (Array.isArray(item)) {
      item.forEach((child, index) => visit(child, [...at, index], depth + 1));
    } else if (isRecord(item)) {
      for (const [key, child] of Object.entries(item)) visit(child, [...at, key], depth + 1);
    }
  };
  visit(node, [], 0);
  return result;
}

const TYPOGRAPHY_MEMBERS = new Set([
  'fontFamily',
  'fontSize',
  'fontWeight',
  'letterSpacing',
  'lineHeight',
]);

/** Members DTCG's typography does not define (`fontStyle`, `fontVariationSettings`…). */
function extraMembers(type: CompositeType, value: unknown): string[] {
  if (type !== 'typography' || !isRecord(value)) return [];
  return Object.keys(value).filter((key) => !TYPOGRAPHY_MEMBERS.has(key));
}

interface Candidate {
  input: CompositeInput;
  token: DtcgToken;
  /** Every token the composite's values name, to drop it when one of them is not exported. */
  targets: Set<string>;
}

function candidateOf(
  data: DtcgExport,
  token: DtcgToken,
  type: CompositeType,
  byPath: PathIndex,
  warn: (token: DtcgToken, code: string, message: string) => void,
): Candidate | undefined {
  const collection = data.collections.find((c) => c.key === token.collectionKey);
  if (!collection) return undefined;
  const valuesByMode: CompositeInput['valuesByMode'] = {};
  const targets = new Set<string>();
  const extras = new Set<string>();
  for (const mode of collection.modes) {
    const value = getOwn(token.values, mode.key);
    if (!value) continue;
    if (value.kind === 'alias') {
      const target = getOwn(data.tokens, value.targetKey);
      if (target?.type !== type) {
        warn(
          token,
          'alias-type-mismatch',
          `a ${type} token cannot alias the ${target?.type ?? 'untyped'} token {${value.targetPath}}; skipped`,
        );
        return undefined;
      }
      targets.add(value.targetKey);
      setOwn(valuesByMode, mode.key, { kind: 'alias', targetId: value.targetKey });
      continue;
    }
    for (const member of extraMembers(type, value.value)) extras.add(member);
    const { found, missing } = referencesIn(value.value, token, byPath);
    if (missing.length > 0) {
      warn(token, 'missing-reference', `references {${missing[0]}}, which no token holds; skipped`);
      return undefined;
    }
    for (const reference of found) targets.add(reference.targetId);
    const composite: CompositeValue = { kind: 'composite', value: value.value, references: found };
    setOwn(valuesByMode, mode.key, composite);
  }
  if (Object.keys(valuesByMode).length === 0) {
    warn(token, 'no-values', 'no value in any mode; skipped');
    return undefined;
  }
  // Terrazzo's own tokens carry such members: code outputs write the five DTCG defines.
  if (extras.size > 0)
    warn(
      token,
      'typography-member-not-written',
      `${[...extras].join(', ')} ${extras.size === 1 ? 'is' : 'are'} no DTCG typography member: CSS, SCSS, JS and Tailwind write fontFamily, fontSize, fontWeight, letterSpacing and lineHeight; the DTCG export keeps the rest`,
    );
  return {
    token,
    targets,
    input: {
      id: token.key,
      name: token.name,
      variableCollectionId: token.collectionKey,
      type,
      description: token.description ?? '',
      ...(token.figma?.codeSyntax ? { codeSyntax: token.figma.codeSyntax } : {}),
      valuesByMode,
    },
  };
}

/**
 * The composite tokens of `data`, each named in a warning when it cannot be kept: every token it
 * names must itself be exported (a variable in `input`, or another kept composite).
 */
export function compositesOf(
  data: DtcgExport,
  input: FigmaVariablesInput,
  byPath: PathIndex,
  warnings: ImportWarning[],
): Record<string, CompositeInput> {
  const warn = (token: DtcgToken, code: string, message: string) =>
    warnings.push({
      code,
      message,
      file: token.source.file,
      jsonPath: childPath(token.source.jsonPath, '$value'),
      variable: token.name,
    });
  const candidates = new Map<string, Candidate>();
  for (const token of Object.values(data.tokens)) {
    if (!isCompositeType(token.type) || token.figma?.resolvedType) continue;
    const candidate = candidateOf(data, token, token.type, byPath, warn);
    if (candidate) candidates.set(token.key, candidate);
  }
  // A composite naming a dropped composite is dropped in turn, until nothing changes.
  let changed = true;
  while (changed) {
    changed = false;
    for (const [key, candidate] of candidates) {
      const lost = [...candidate.targets].find(
        (id) => !candidates.has(id) && !getOwn(input.variables, id),
      );
      if (lost === undefined) continue;
      const name = getOwn(data.tokens, lost)?.pathString ?? lost;
      warn(
        candidate.token,
        'alias-target-skipped',
        `names {${name}}, which was skipped; skipped too`,
      );
      candidates.delete(key);
      changed = true;
    }
  }
  const composites: Record<string, CompositeInput> = {};
  for (const [key, candidate] of candidates) setOwn(composites, key, candidate.input);
  return composites;
}
