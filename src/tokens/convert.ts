/**
 * Figma variables → token model. Every input variable ends up as a token or is named in a
 * warning or error: nothing disappears silently. The steps live in `convert/`.
 */
import { inTreeOrder } from './convert/tree-order.ts';
import type {
  ConversionWarning,
  FigmaVariablesInput,
  ModelCollection,
  ModelToken,
  TokenModel,
} from './model.ts';
import { valueReferences } from './value-references.ts';
import { attachAsWritten } from './convert/as-written.ts';
import { getOwn } from './import/errors.ts';
import { isAlias, isComposedColor } from './writeback/figma-values.ts';
import { buildCollections } from './convert/collections.ts';
import { buildComposites, buildTokens } from './convert/build-tokens.ts';
import { resolveComposedColors } from './convert/composed-colors.ts';
import type { ConvertContext, ConvertOptions } from './convert/context.ts';
import { dropEmptyTokens, removeCycles } from './convert/cycles.ts';
import { warnDefaultFromOtherMode } from './convert/default-mode.ts';
import { fontListsAsStacks } from './convert/font-lists.ts';
import { expandExtendedCollections } from './convert/extended-collections.ts';
import { warnReferenceLikeText } from './convert/reference-like-text.ts';
import { withoutHidden } from './convert/hidden.ts';
import { markPercentOpacities } from './convert/opacity-scale.ts';
import type { PendingComposed } from './convert/mode-values.ts';
import { resolvePathConflicts } from './convert/path-conflicts.ts';

export type { ConvertOptions } from './convert/context.ts';

/** Who aliases whom (composed colours' links included), for type inference from consumers. */
function consumersOf(variables: FigmaVariablesInput['variables']): Map<string, string[]> {
  const aliasedBy = new Map<string, string[]>();
  const add = (targetId: string, consumerId: string) => {
    let list = aliasedBy.get(targetId);
    if (!list) aliasedBy.set(targetId, (list = []));
    list.push(consumerId);
  };
  // for…in rather than Object.values: no array per variable (one pass over every input value).
  for (const variableId in variables) {
    if (!Object.hasOwn(variables, variableId)) continue;
    const variable = variables[variableId]!;
    const valuesByMode = variable.valuesByMode ?? {};
    for (const modeId in valuesByMode) {
      if (!Object.hasOwn(valuesByMode, modeId)) continue;
      const value = valuesByMode[modeId];
      if (isAlias(value)) add(value.id, variable.id);
      else if (isComposedColor(value)) {
        if (isAlias(value.color)) add(value.color.id, variable.id);
        if (isAlias(value.opacity)) add(value.opacity.id, variable.id);
      }
    }
  }
  return aliasedBy;
}

/**
 * Composites whose every reference names an exported token. One naming a library or deleted
 * variable (left out, or inlined only where variables alias it) is left out too, said so, as is
 * one naming such a composite: a reference to nothing would be `var()` of nothing in CSS and a
 * path the DTCG export does not hold.
 */
function withTargetsExported(
  tokens: readonly ModelToken[],
  composites: readonly ModelToken[],
  input: FigmaVariablesInput,
  warnings: ConversionWarning[],
): ModelToken[] {
  const exported = new Set([...tokens, ...composites].map((token) => token.id));
  let kept = [...composites];
  for (let changed = true; changed;) {
    changed = false;
    kept = kept.filter((composite) => {
      const missing = Object.values(composite.values)
        .flatMap(valueReferences)
        .find((id) => !exported.has(id));
      if (missing === undefined) return true;
      const target =
        getOwn(input.variables, missing)?.name ?? getOwn(input.composites ?? {}, missing)?.name;
      warnings.push({
        code: 'missing-alias-target',
        message: `“${composite.name}” names “${target ?? missing}”, which is not exported (see the warning about it), so it is left out too.`,
        variableId: composite.id,
        variableName: composite.name,
      });
      exported.delete(composite.id);
      changed = true;
      return false;
    });
  }
  return kept;
}

/**
 * Composite tokens placed after the token the files list before them in their collection (first
 * in it when none is, last when that one is not exported), so outputs keep the files' order;
 * the collections then follow one another, as the variables do.
 */
function inFileOrder(
  tokens: ModelToken[],
  composites: readonly ModelToken[],
  inputs: NonNullable<FigmaVariablesInput['composites']>,
  collections: readonly ModelCollection[],
): void {
  const followers = new Map<string, ModelToken[]>();
  const ids = new Set([...tokens, ...composites].map((token) => token.id));
  const leading: ModelToken[] = [];
  const unplaced: ModelToken[] = [];
  for (const composite of composites) {
    const after = getOwn(inputs, composite.id)?.after;
    if (after === undefined) leading.push(composite);
    else if (!ids.has(after)) unplaced.push(composite);
    else followers.set(after, [...(followers.get(after) ?? []), composite]);
  }
  const ordered: ModelToken[] = [];
  // A stack, not recursion: thousands of composites in a row follow one another.
  for (const first of [...leading, ...tokens, ...unplaced]) {
    const stack = [first];
    for (let token = stack.pop(); token; token = stack.pop()) {
      ordered.push(token);
      const next = followers.get(token.id);
      if (next) for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
    }
  }
  const rank = new Map(collections.map((collection, i) => [collection.id, i]));
  // A stable sort: the order within each collection stays as placed.
  ordered.sort((a, b) => (rank.get(a.collectionId) ?? 0) - (rank.get(b.collectionId) ?? 0));
  tokens.splice(0, tokens.length, ...ordered);
}

export function convertVariables(
  input: FigmaVariablesInput,
  options: ConvertOptions = {},
): TokenModel {
  const warnings: TokenModel['warnings'] = [];
  input = expandExtendedCollections(input, warnings);
  const inputCollections = input.variableCollections ?? {};
  const variables = input.variables ?? {};
  const collections = buildCollections(inputCollections, warnings);
  const context: ConvertContext = {
    variables,
    declaredTypes: input.declaredTypes,
    dtcgExtras: input.dtcgExtras,
    inheritedVariables: input.inheritedVariables,
    options: {
      ...options,
      libraryVariables: options.libraryVariables ?? 'inline',
      deletedVariables: options.deletedVariables ?? 'skip',
    },
    collectionById: new Map(collections.map((c) => [c.id, c])),
    inputCollections,
    aliasedBy: consumersOf(variables),
    warnings,
    errors: [],
  };
  const pending: PendingComposed[] = [];
  const tokens = buildTokens(context, inputCollections, collections, pending);
  if (input.composites) {
    const composites = withTargetsExported(
      tokens,
      buildComposites(context, input.composites),
      input,
      warnings,
    );
    inFileOrder(tokens, composites, input.composites, collections);
  }
  const byId = new Map<string, ModelToken>(tokens.map((token) => [token.id, token]));
  if (input.asWritten) attachAsWritten(tokens, input.asWritten);
  fontListsAsStacks(tokens);
  // Clashes are settled in the order a re-read of the export finds the tokens, so the same token
  // keeps the plain name then; the renames change keys, so the order is taken again after.
  inTreeOrder(tokens);
  resolvePathConflicts(tokens, context.collectionById, warnings);
  inTreeOrder(tokens);
  removeCycles(tokens, byId, context.errors, warnings);
  markPercentOpacities(tokens, warnings);
  if (pending.length > 0) {
    resolveComposedColors(pending, byId, context.collectionById, warnings);
    dropEmptyTokens(tokens, byId, warnings, 'once unresolvable composed colours are removed');
  }
  warnDefaultFromOtherMode(tokens, context.collectionById, warnings);
  warnReferenceLikeText(tokens, warnings);
  return {
    collections,
    tokens: options.includeHidden === false ? withoutHidden(tokens, warnings) : tokens,
    byId,
    warnings,
    errors: context.errors,
    options: {
      remUnits: Boolean(options.remUnits),
      libraryVariables: context.options.libraryVariables,
      deletedVariables: context.options.deletedVariables,
    },
  };
}
