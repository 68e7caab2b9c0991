/**
 * Tokenport's (and Figma's) own data inside DTCG files: `$extensions["com.figma"]` on tokens, and
 * the resolver's map from collection and mode slugs to Figma ids.
 */
import { getOwn, isRecord } from '../import/errors.ts';
import { isCodePlatform } from '../model.ts';
import type { FigmaTokenExtension } from './read-types.ts';
import type { FigmaResolvedType } from './read-values.ts';

const RESOLVED_TYPES = new Set(['BOOLEAN', 'FLOAT', 'STRING', 'COLOR']);

export function figmaExtensionOf(node: Record<string, unknown>): FigmaTokenExtension | undefined {
  const extensions = node.$extensions;
  if (!isRecord(extensions)) return undefined;
  const figma = getOwn(extensions, 'com.figma');
  if (!isRecord(figma)) return undefined;
  const out: FigmaTokenExtension = {};
  for (const key of ['variableId', 'collectionId', 'collectionName', 'name', 'modeId'] as const) {
    if (typeof figma[key] === 'string') out[key] = figma[key];
  }
  if (typeof figma.resolvedType === 'string' && RESOLVED_TYPES.has(figma.resolvedType)) {
    out.resolvedType = figma.resolvedType as FigmaResolvedType;
  }
  if (Array.isArray(figma.scopes))
    out.scopes = figma.scopes.filter(
      (scope): scope is NonNullable<FigmaTokenExtension['scopes']>[number] =>
        typeof scope === 'string',
    );
  if (isRecord(figma.codeSyntax)) {
    const codeSyntax: NonNullable<FigmaTokenExtension['codeSyntax']> = {};
    // In the order written, so a re-export writes them as Figma listed them.
    for (const [platform, value] of Object.entries(figma.codeSyntax)) {
      if (isCodePlatform(platform) && typeof value === 'string') codeSyntax[platform] = value;
    }
    out.codeSyntax = codeSyntax;
  }
  if (typeof figma.hiddenFromPublishing === 'boolean')
    out.hiddenFromPublishing = figma.hiddenFromPublishing;
  if (typeof figma.remote === 'boolean') out.remote = figma.remote;
  if (figma.deletedButReferenced === true) out.deletedButReferenced = true;
  if (typeof figma.inheritedVariableId === 'string')
    out.inheritedVariableId = figma.inheritedVariableId;
  if (figma.literalText === true) out.literalText = true;
  return out;
}

export interface ResolverFigmaCollection {
  id?: string;
  name?: string;
  defaultModeId?: string;
  hiddenFromPublishing?: boolean;
  modes: Map<string, { id?: string; name?: string }>;
}

export function resolverFigmaCollections(resolver: unknown): Map<string, ResolverFigmaCollection> {
  const out = new Map<string, ResolverFigmaCollection>();
  if (!isRecord(resolver) || !isRecord(resolver.$extensions)) return out;
  const figma = getOwn(resolver.$extensions, 'com.figma');
  if (!isRecord(figma) || !isRecord(figma.collections)) return out;
  for (const [slug, value] of Object.entries(figma.collections)) {
    if (!isRecord(value)) continue;
    const info: ResolverFigmaCollection = { modes: new Map() };
    if (typeof value.id === 'string') info.id = value.id;
    if (typeof value.name === 'string') info.name = value.name;
    if (typeof value.defaultModeId === 'string') info.defaultModeId = value.defaultModeId;
    if (typeof value.hiddenFromPublishing === 'boolean')
      info.hiddenFromPublishing = value.hiddenFromPublishing;
    if (isRecord(value.modes)) {
      for (const [modeSlug, mode] of Object.entries(value.modes)) {
        if (!isRecord(mode)) continue;
        const entry: { id?: string; name?: string } = {};
        if (typeof mode.id === 'string') entry.id = mode.id;
        if (typeof mode.name === 'string') entry.name = mode.name;
        out.set(slug, info);
        info.modes.set(modeSlug, entry);
      }
    }
    out.set(slug, info);
  }
  return out;
}
