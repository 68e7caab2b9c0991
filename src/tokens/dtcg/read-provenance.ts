/**
 * Per-mode facts Tokenport's DTCG export records next to a value: that it was filled in for a
 * mode Figma left empty, a composed colour's link and opacity, and the stamp of a derived value. Links are `{path}` references,
 * resolved once every token's key is known (falling back to the variable id the export kept).
 */
import { getOwn, isRecord } from '../import/errors.ts';
import { valueStamp } from '../value-stamp.ts';
import type { LibraryAliasSource } from '../model.ts';
import type {
  DtcgComposedColor,
  DtcgComposedPart,
  DtcgToken,
  DtcgTokenValue,
} from './read-types.ts';

interface RawPart {
  ref?: string;
  variableId?: string;
  literal?: unknown;
}

export interface PendingComposed {
  token: DtcgToken;
  modeKey: string;
  color: RawPart;
  opacity: RawPart;
  stamp?: string;
}

const REF = /^\{([^{}]+)\}$/;

function figmaExtension(node: Record<string, unknown>): Record<string, unknown> | undefined {
  const extensions = node.$extensions;
  if (!isRecord(extensions)) return undefined;
  const figma = getOwn(extensions, 'com.figma');
  return isRecord(figma) ? figma : undefined;
}

/** A part as the export wrote it: an alias as its `{path}`, a literal as itself. */
export const written = (part: DtcgComposedPart | DtcgTokenValue) =>
  part.kind === 'alias' ? `{${part.targetPath}}` : part.value;

/** A derived `$value` the export stamped and nobody has changed since. */
export function isValueAsExported(value: DtcgTokenValue): boolean {
  return value.stamp !== undefined && value.stamp === valueStamp(written(value));
}

export function isFilled(node: Record<string, unknown>): boolean {
  return figmaExtension(node)?.filledFromDefaultMode === true;
}

/** The library variable an export's value was copied from, when the node records a valid one. */
export function libraryAliasOf(node: Record<string, unknown>): LibraryAliasSource | undefined {
  const source = figmaExtension(node)?.libraryAlias;
  if (!isRecord(source)) return undefined;
  const { variableId, variableKey, name } = source;
  if (typeof variableId !== 'string' || typeof name !== 'string') return undefined;
  if (variableKey !== undefined && typeof variableKey !== 'string') return undefined;
  return { variableId, ...(variableKey !== undefined ? { variableKey } : {}), name };
}

/** Figma's text of a font list the export wrote as an array (see convert/font-lists.ts). */
export function figmaTextOf(node: Record<string, unknown>): string | undefined {
  const text = figmaExtension(node)?.text;
  return typeof text === 'string' ? text : undefined;
}

/** The stamp the export put on a `$value` it derived (see value-stamp.ts), if any. */
export function stampOf(node: Record<string, unknown>): string | undefined {
  const stamp = figmaExtension(node)?.valueStamp;
  return typeof stamp === 'string' ? stamp : undefined;
}

function rawPart(value: unknown, variableId: unknown): RawPart {
  const ref = typeof value === 'string' ? REF.exec(value)?.[1]?.trim() : undefined;
  return {
    ...(ref !== undefined ? { ref } : { literal: value }),
    ...(typeof variableId === 'string' ? { variableId } : {}),
  };
}

/** The composed colour recorded on a token node, unresolved, or undefined when there is none. */
export function composedOf(
  node: Record<string, unknown>,
): Pick<PendingComposed, 'color' | 'opacity' | 'stamp'> | undefined {
  const figma = figmaExtension(node);
  const composed = figma?.composed;
  if (!isRecord(composed) || !('color' in composed) || !('opacity' in composed)) return undefined;
  return {
    color: rawPart(composed.color, composed.colorVariableId),
    opacity: rawPart(composed.opacity, composed.opacityVariableId),
    ...(typeof figma?.composedStamp === 'string' ? { stamp: figma.composedStamp } : {}),
  };
}

function resolvePart(
  part: RawPart,
  keyByPath: ReadonlyMap<string, string>,
  tokens: Record<string, DtcgToken>,
): DtcgComposedPart {
  if (part.ref === undefined) return { kind: 'literal', value: part.literal };
  const byPath = keyByPath.get(part.ref);
  const byId = part.variableId && getOwn(tokens, part.variableId) ? part.variableId : undefined;
  // An unknown link keeps its variable id: write-back then matches it against Figma or refuses it.
  const targetKey = byPath ?? byId ?? part.variableId ?? `path:${part.ref}`;
  return { kind: 'alias', targetKey, targetPath: part.ref };
}

/** Sets each pending composed colour on its token's value for that mode. */
export function resolveComposedLinks(
  pending: readonly PendingComposed[],
  keyByPath: ReadonlyMap<string, string>,
  tokens: Record<string, DtcgToken>,
) {
  for (const item of pending) {
    const value = getOwn(item.token.values, item.modeKey);
    if (!value || value.kind !== 'literal') continue;
    const composed: DtcgComposedColor = {
      color: resolvePart(item.color, keyByPath, tokens),
      opacity: resolvePart(item.opacity, keyByPath, tokens),
      ...(item.stamp !== undefined ? { stamp: item.stamp } : {}),
    };
    value.composed = composed;
  }
}
