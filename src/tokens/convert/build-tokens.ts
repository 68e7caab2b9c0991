/**
 * Input variables → tokens, in a stable order (collection order, then Figma's variable order).
 * Variables that do not become tokens (library, deleted, orphaned, valueless) are each named in a
 * warning.
 */
import type { LocalVariable } from '@figma/rest-api-spec';
import type {
  CompositeInput,
  FigmaVariablesInput,
  ModelCollection,
  ModelToken,
  TokenType,
  TokenValue,
} from '../model.ts';
import { sanitizeSegment, slug, splitName } from '../names.ts';
import { getOwn, hasAnyKey } from '../import/errors.ts';
import { isLibraryVariable, variableById } from './context.ts';
import type { ConvertContext } from './context.ts';
import { modeValues } from './mode-values.ts';
import type { PendingComposed } from './mode-values.ts';
import { createTypeInference } from './token-type.ts';

function orderedVariables(
  context: ConvertContext,
  input: FigmaVariablesInput['variableCollections'],
  collections: readonly ModelCollection[],
): LocalVariable[] {
  const ordered: LocalVariable[] = [];
  const listed = new Set<string>();
  for (const collection of collections) {
    for (const id of input[collection.id]?.variableIds ?? []) {
      const variable = variableById(context, id);
      if (!variable || listed.has(id)) continue;
      listed.add(id);
      ordered.push(variable);
    }
  }
  for (const variable of Object.values(context.variables))
    if (!listed.has(variable.id)) ordered.push(variable);
  return ordered;
}

/** Why a variable is not a token of its own, or undefined when it is one. */
function notExportedBecause(context: ConvertContext, variable: LocalVariable): string | undefined {
  if (
    !variable.remote &&
    !variable.deletedButReferenced &&
    context.collectionById.has(variable.variableCollectionId) &&
    !isLibraryVariable(context, variable)
  )
    return undefined;
  const usedByOthers = context.aliasedBy.has(variable.id);
  if (isLibraryVariable(context, variable)) {
    return context.options.libraryVariables === 'skip'
      ? `“${variable.name}” comes from a library; library variables are skipped${usedByOthers ? ', so local variables that alias it lose that value' : ''}.`
      : `“${variable.name}” comes from a library, so it is not exported as a local token${usedByOthers ? '; its value is inlined where local variables alias it' : ''}.`;
  }
  if (variable.deletedButReferenced && context.options.deletedVariables === 'skip') {
    return `“${variable.name}” was deleted in Figma and is kept only because something still references it; it is not exported${usedByOthers ? ' (variables that alias it get its value)' : ''}. Export deleted variables apart to keep it.`;
  }
  if (!context.collectionById.has(variable.variableCollectionId))
    return `“${variable.name}” belongs to a collection missing from the response, so it is not exported.`;
  return undefined;
}

function warningCodeFor(context: ConvertContext, variable: LocalVariable) {
  if (isLibraryVariable(context, variable))
    return context.options.libraryVariables === 'skip'
      ? 'remote-variable-skipped'
      : 'remote-variable-inlined';
  if (variable.deletedButReferenced && context.options.deletedVariables === 'skip')
    return 'deleted-skipped';
  return 'missing-collection';
}

function pathOf(
  context: ConvertContext,
  variable: Pick<LocalVariable, 'id' | 'name'>,
  collection: ModelCollection,
) {
  const segments = splitName(variable.name);
  const path = segments.map((segment, index) =>
    isRootToken(segments, index) ? segment : sanitizeSegment(segment),
  );
  if (path.some((segment, index) => segment !== segments[index])) {
    context.warnings.push({
      code: 'renamed',
      message: `“${variable.name}” holds characters DTCG forbids in names ({ } . or a leading $); exported as “${path.join('/')}”.`,
      collectionName: collection.name,
      variableId: variable.id,
      variableName: variable.name,
    });
  }
  // In code a `$root` token is the group's `root` member (--color-accent-root): code outputs
  // that nest (JS, Swift) cannot hold a value and members under one name.
  return { path, slugPath: segments.map(slug) };
}

/** DTCG 2025.10's `$root`: the token a group holds as its own value, always a group's member. */
function isRootToken(segments: readonly string[], index: number): boolean {
  return index > 0 && index === segments.length - 1 && segments[index] === '$root';
}

/**
 * The token, built in one literal (no spread objects: one call per variable); the key order is
 * the model's, `deletedButReferenced` last and only when set.
 */
function token(
  context: ConvertContext,
  variable: LocalVariable,
  collection: ModelCollection,
  values: ModelToken['values'],
  { type, reason }: { type: TokenType; reason: string },
): ModelToken {
  const { path, slugPath } = pathOf(context, variable, collection);
  const built: ModelToken = {
    id: variable.id,
    name: variable.name,
    path,
    slugPath,
    collectionId: collection.id,
    resolvedType: variable.resolvedType,
    type,
    typeReason: reason,
    values,
    description: variable.description ?? '',
    hiddenFromPublishing: Boolean(variable.hiddenFromPublishing || collection.hiddenFromPublishing),
    scopes: variable.scopes ?? [],
    codeSyntax: variable.codeSyntax ?? {},
    remote: variable.remote,
  };
  if (variable.deletedButReferenced) built.deletedButReferenced = true;
  const extras = context.dtcgExtras && getOwn(context.dtcgExtras, variable.id);
  if (extras) built.dtcgExtras = extras;
  const inherited = context.inheritedVariables && getOwn(context.inheritedVariables, variable.id);
  if (inherited) built.inheritedFrom = inherited;
  return built;
}

export function buildTokens(
  context: ConvertContext,
  input: FigmaVariablesInput['variableCollections'],
  collections: readonly ModelCollection[],
  pending: PendingComposed[],
): ModelToken[] {
  const typeOf = createTypeInference(context);
  const tokens: ModelToken[] = [];
  for (const variable of orderedVariables(context, input, collections)) {
    const skipped = notExportedBecause(context, variable);
    if (skipped) {
      context.warnings.push({
        code: warningCodeFor(context, variable),
        message: skipped,
        variableId: variable.id,
        variableName: variable.name,
      });
      continue;
    }
    const collection = context.collectionById.get(variable.variableCollectionId)!;
    const values = modeValues(context, variable, collection, pending);
    if (!hasAnyKey(values)) {
      context.warnings.push({
        code: 'unsupported-value',
        message: `“${variable.name}” has no usable value in any mode, so it is not exported.`,
        collectionName: collection.name,
        variableId: variable.id,
        variableName: variable.name,
      });
      continue;
    }
    if (variable.deletedButReferenced) {
      context.warnings.push({
        code: 'deleted-separate',
        message: `“${variable.name}” was deleted in Figma but is still referenced; exported apart, marked as deleted and deprecated.`,
        collectionName: collection.name,
        variableId: variable.id,
        variableName: variable.name,
      });
    }
    tokens.push(token(context, variable, collection, values, typeOf(variable)));
  }
  return tokens;
}

/**
 * Composite tokens (DTCG types no Figma variable holds), after the variables. A mode the files
 * leave empty takes the default mode's value, marked filled, as a variable's does.
 */
export function buildComposites(
  context: ConvertContext,
  composites: Record<string, CompositeInput>,
): ModelToken[] {
  const tokens: ModelToken[] = [];
  for (const composite of Object.values(composites)) {
    const collection = context.collectionById.get(composite.variableCollectionId);
    if (!collection) continue;
    const given = (modeId: string) => getOwn(composite.valuesByMode, modeId);
    const fallback = given(collection.defaultModeId) ?? Object.values(composite.valuesByMode)[0];
    if (!fallback) continue;
    const values: Record<string, TokenValue> = {};
    for (const mode of collection.modes) {
      const value = given(mode.id);
      values[mode.id] = value ? { ...value } : { ...fallback, filled: true };
    }
    const { path, slugPath } = pathOf(context, composite, collection);
    const built: ModelToken = {
      id: composite.id,
      name: composite.name,
      path,
      slugPath,
      collectionId: collection.id,
      resolvedType: 'COMPOSITE',
      type: composite.type,
      typeReason: `$type ${composite.type} in the token file`,
      values,
      description: composite.description,
      hiddenFromPublishing: collection.hiddenFromPublishing,
      scopes: [],
      codeSyntax: composite.codeSyntax ?? {},
      remote: false,
    };
    const extras = context.dtcgExtras && getOwn(context.dtcgExtras, composite.id);
    if (extras) built.dtcgExtras = extras;
    tokens.push(built);
  }
  return tokens;
}
