/**
 * Figma variables → token model, in one pass plus a cycle check. Every input variable ends up as
 * a token or is named in a warning or error: nothing disappears silently.
 */
import type { LocalVariable, RGBA, VariableScope } from '@figma/rest-api-spec';
import type {
  ColorValue,
  ConversionError,
  ConversionWarning,
  FigmaVariablesInput,
  FloatType,
  ModelCollection,
  ModelToken,
  TokenModel,
  TokenType,
  TokenValue,
} from './model.ts';
import { asciiSlug, idSuffix, sanitizeSegment, slug, splitName } from './names.ts';
import { hex6 } from './color.ts';
import { isAlias } from './writeback/figma-values.ts';

export interface ConvertOptions {
  floatTypeOverrides?: Record<string, FloatType>;
  /** Emit hidden-from-publishing variables (they are always kept for alias resolution). */
  includeHidden?: boolean;
  remUnits?: boolean;
}

const DIMENSION_SCOPES = new Set<VariableScope>([
  'CORNER_RADIUS',
  'WIDTH_HEIGHT',
  'GAP',
  'STROKE_FLOAT',
  'EFFECT_FLOAT',
  'FONT_SIZE',
  'LINE_HEIGHT',
  'LETTER_SPACING',
  'PARAGRAPH_SPACING',
  'PARAGRAPH_INDENT',
]);

export function colorValue({ r, g, b, a }: RGBA): ColorValue {
  return {
    colorSpace: 'srgb',
    components: [r, g, b],
    alpha: a ?? 1,
    hex: hex6(r, g, b),
  };
}

function isRgba(value: unknown): value is RGBA {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['r', 'g', 'b'].every((k) => typeof (value as Record<string, unknown>)[k] === 'number')
  );
}

/** FLOAT has no unit in Figma: infer from scopes, then from who aliases it, then from the name. */
function floatTypeFromScopes(scopes: readonly VariableScope[]): FloatType | undefined {
  if (scopes.includes('FONT_WEIGHT')) return 'fontWeight';
  if (scopes.includes('OPACITY')) return 'opacity';
  if (scopes.some((scope) => DIMENSION_SCOPES.has(scope))) return 'dimension';
  return undefined;
}

function floatTypeFromName(name: string): FloatType | undefined {
  const lower = name.toLowerCase();
  if (/weight/.test(lower)) return 'fontWeight';
  if (/opacity|alpha/.test(lower)) return 'opacity';
  if (
    /(^|[/\s_-])(z|z-?index|index|order|ratio|scale|count|columns|duration|delay)([/\s_-]|$)/.test(
      lower,
    )
  )
    return 'number';
  if (
    /radius|radii|space|spacing|gap|size|width|height|inset|padding|margin|offset|blur|spread|stroke|border|indent|line-?height|letter-?spacing|tracking|leading|breakpoint|shadow/.test(
      lower,
    )
  ) {
    return 'dimension';
  }
  return undefined;
}

export function convertVariables(
  input: FigmaVariablesInput,
  options: ConvertOptions = {},
): TokenModel {
  const warnings: ConversionWarning[] = [];
  const errors: ConversionError[] = [];
  const variables = input.variables ?? {};
  const collectionsById = input.variableCollections ?? {};

  const collections: ModelCollection[] = [];
  const usedCollectionSlugs = new Set<string>();
  for (const collection of Object.values(collectionsById)) {
    let collectionSlug = slug(collection.name);
    if (usedCollectionSlugs.has(collectionSlug)) {
      const renamed = `${collectionSlug}-${idSuffix(collection.id)}`;
      warnings.push({
        code: 'slug-collision',
        message: `Collection “${collection.name}” shares its name with another; exported as “${renamed}”.`,
        collectionName: collection.name,
      });
      collectionSlug = renamed;
    }
    usedCollectionSlugs.add(collectionSlug);
    const usedModeSlugs = new Set<string>();
    collections.push({
      id: collection.id,
      name: collection.name,
      slug: collectionSlug,
      defaultModeId: collection.defaultModeId,
      hiddenFromPublishing: collection.hiddenFromPublishing,
      remote: collection.remote,
      modes: collection.modes.map((mode) => {
        let modeSlug = slug(mode.name);
        if (usedModeSlugs.has(modeSlug)) modeSlug = `${modeSlug}-${idSuffix(mode.modeId)}`;
        usedModeSlugs.add(modeSlug);
        return { id: mode.modeId, name: mode.name, slug: modeSlug };
      }),
    });
  }
  const collectionById = new Map(collections.map((c) => [c.id, c]));

  // Who aliases whom, for type inference from the consumers' scopes.
  const aliasedBy = new Map<string, string[]>();
  for (const variable of Object.values(variables)) {
    for (const value of Object.values(variable.valuesByMode ?? {})) {
      if (isAlias(value))
        aliasedBy.set(value.id, [...(aliasedBy.get(value.id) ?? []), variable.id]);
    }
  }

  const floatTypeCache = new Map<string, { type: FloatType; reason: string }>();
  function inferFloat(
    variable: LocalVariable,
    seen = new Set<string>(),
  ): { type: FloatType; reason: string } {
    const cached = floatTypeCache.get(variable.id);
    if (cached) return cached;
    seen.add(variable.id);
    const override = options.floatTypeOverrides?.[variable.id];
    let result: { type: FloatType; reason: string } | undefined = override
      ? { type: override, reason: 'set by you' }
      : undefined;
    const own = floatTypeFromScopes(variable.scopes ?? []);
    if (!result && own)
      result = { type: own, reason: `scope ${(variable.scopes ?? []).join(', ')}` };
    if (!result) {
      const defaultValue = Object.values(variable.valuesByMode ?? {})[0];
      const target = isAlias(defaultValue) ? variables[defaultValue.id] : undefined;
      if (target && target.resolvedType === 'FLOAT' && !seen.has(target.id)) {
        const fromTarget = inferFloat(target, seen);
        result = { type: fromTarget.type, reason: `aliases ${target.name} (${fromTarget.reason})` };
      }
    }
    if (!result) {
      const votes = new Map<FloatType, string>();
      const queue = [...(aliasedBy.get(variable.id) ?? [])];
      const visited = new Set<string>();
      while (queue.length) {
        const consumerId = queue.shift() ?? '';
        if (visited.has(consumerId)) continue;
        visited.add(consumerId);
        const consumer = variables[consumerId];
        if (!consumer) continue;
        const fromScopes = floatTypeFromScopes(consumer.scopes ?? []);
        if (fromScopes && !votes.has(fromScopes)) votes.set(fromScopes, consumer.name);
        queue.push(...(aliasedBy.get(consumerId) ?? []));
      }
      const [first] = votes;
      if (first) result = { type: first[0], reason: `used by ${first[1]}` };
    }
    if (!result) {
      const fromName = floatTypeFromName(variable.name);
      if (fromName) result = { type: fromName, reason: 'name' };
    }
    result ??= { type: 'number', reason: 'no scope or name hint' };
    floatTypeCache.set(variable.id, result);
    return result;
  }

  function typeOf(variable: LocalVariable): { type: TokenType; reason: string } {
    switch (variable.resolvedType) {
      case 'COLOR':
        return { type: 'color', reason: 'COLOR' };
      case 'BOOLEAN':
        return { type: 'boolean', reason: 'BOOLEAN' };
      case 'STRING':
        return (variable.scopes ?? []).includes('FONT_FAMILY') ||
          /font[-\s/]?family|typeface/i.test(variable.name)
          ? { type: 'fontFamily', reason: 'scope or name' }
          : { type: 'string', reason: 'STRING' };
      case 'FLOAT':
        return inferFloat(variable);
    }
  }

  /** Remote targets whose collection is absent cannot be tokens: inline their value instead. */
  function inlineRemote(target: LocalVariable, seen = new Set<string>()): TokenValue | undefined {
    const value = Object.values(target.valuesByMode ?? {})[0];
    if (value === undefined) return undefined;
    if (isAlias(value)) {
      const next = variables[value.id];
      if (!next || seen.has(next.id)) return undefined;
      seen.add(next.id);
      return collectionById.has(next.variableCollectionId)
        ? { kind: 'alias', targetId: next.id }
        : inlineRemote(next, seen);
    }
    return literalOf(target, value);
  }

  function literalOf(variable: LocalVariable, value: unknown): TokenValue | undefined {
    switch (variable.resolvedType) {
      case 'COLOR':
        return isRgba(value) ? { kind: 'literal', value: colorValue(value) } : undefined;
      case 'FLOAT':
        return typeof value === 'number' && Number.isFinite(value)
          ? { kind: 'literal', value }
          : undefined;
      case 'STRING':
        return typeof value === 'string' ? { kind: 'literal', value } : undefined;
      case 'BOOLEAN':
        return typeof value === 'boolean' ? { kind: 'literal', value } : undefined;
    }
  }

  const tokens: ModelToken[] = [];
  const byId = new Map<string, ModelToken>();
  const ordered = collections.flatMap((c) =>
    (collectionsById[c.id]?.variableIds ?? [])
      .map((id) => variables[id])
      .filter((v): v is LocalVariable => Boolean(v)),
  );
  const listed = new Set(ordered.map((v) => v.id));
  for (const variable of Object.values(variables))
    if (!listed.has(variable.id)) ordered.push(variable);

  for (const variable of ordered) {
    const where = { variableId: variable.id, variableName: variable.name };
    const collection = collectionById.get(variable.variableCollectionId);
    if (!collection) {
      const usedByOthers = aliasedBy.has(variable.id);
      warnings.push({
        code: variable.remote ? 'remote-variable-inlined' : 'missing-collection',
        message: variable.remote
          ? `“${variable.name}” comes from a library whose collection is not in this file${usedByOthers ? '; its value is inlined where it is used' : ''}.`
          : `“${variable.name}” belongs to a collection missing from the response, so it is not exported.`,
        ...where,
      });
      continue;
    }
    const { type, reason } = typeOf(variable);
    const values: Record<string, TokenValue> = {};
    for (const mode of collection.modes) {
      let raw = variable.valuesByMode?.[mode.id];
      if (raw === undefined) {
        raw = variable.valuesByMode?.[collection.defaultModeId];
        warnings.push({
          code: 'missing-mode-value',
          message: `“${variable.name}” has no value for mode “${mode.name}”; the default mode’s value is used.`,
          collectionName: collection.name,
          ...where,
        });
      }
      if (raw === undefined) continue;
      if (isAlias(raw)) {
        const target = variables[raw.id];
        if (!target) {
          warnings.push({
            code: 'missing-alias-target',
            message: `“${variable.name}” (${mode.name}) aliases a variable that is not in this file (${raw.id}); that mode is left out.`,
            collectionName: collection.name,
            ...where,
          });
          continue;
        }
        if (target.resolvedType !== variable.resolvedType) {
          warnings.push({
            code: 'type-mismatch',
            message: `“${variable.name}” (${mode.name}) aliases “${target.name}” of another type; that mode is left out.`,
            collectionName: collection.name,
            ...where,
          });
          continue;
        }
        if (!collectionById.has(target.variableCollectionId)) {
          const inlined = inlineRemote(target);
          if (inlined) {
            warnings.push({
              code: 'remote-alias-resolved',
              message: `“${variable.name}” (${mode.name}) aliases library variable “${target.name}”; its value was copied in.`,
              collectionName: collection.name,
              ...where,
            });
            values[mode.id] = inlined;
          } else {
            warnings.push({
              code: 'remote-alias-missing',
              message: `“${variable.name}” (${mode.name}) aliases library variable “${target.name}” whose value is unavailable; that mode is left out.`,
              collectionName: collection.name,
              ...where,
            });
          }
          continue;
        }
        values[mode.id] = { kind: 'alias', targetId: target.id };
        continue;
      }
      const literal = literalOf(variable, raw);
      if (literal) values[mode.id] = literal;
      else
        warnings.push({
          code: 'unsupported-value',
          message: `“${variable.name}” (${mode.name}) has a value Tokenport cannot read; that mode is left out.`,
          collectionName: collection.name,
          ...where,
        });
    }
    if (Object.keys(values).length === 0) {
      warnings.push({
        code: 'unsupported-value',
        message: `“${variable.name}” has no usable value in any mode, so it is not exported.`,
        collectionName: collection.name,
        ...where,
      });
      continue;
    }
    const segments = splitName(variable.name);
    const path = segments.map(sanitizeSegment);
    if (path.some((segment, index) => segment !== segments[index])) {
      warnings.push({
        code: 'renamed',
        message: `“${variable.name}” holds characters DTCG forbids in names ({ } . or a leading $); exported as “${path.join('/')}”.`,
        collectionName: collection.name,
        ...where,
      });
    }
    const token: ModelToken = {
      id: variable.id,
      name: variable.name,
      path,
      slugPath: segments.map(slug),
      collectionId: collection.id,
      resolvedType: variable.resolvedType,
      type,
      typeReason: reason,
      values,
      description: variable.description ?? '',
      hiddenFromPublishing: Boolean(
        variable.hiddenFromPublishing || collection.hiddenFromPublishing,
      ),
      scopes: variable.scopes ?? [],
      codeSyntax: variable.codeSyntax ?? {},
      remote: variable.remote,
    };
    tokens.push(token);
    byId.set(token.id, token);
  }

  resolvePathConflicts(tokens, collectionById, warnings);
  removeCycles(tokens, byId, errors, warnings);
  let emitted = tokens;
  if (options.includeHidden === false) {
    emitted = tokens.filter((t) => !t.hiddenFromPublishing || isAliasedByVisible(t, tokens));
    for (const token of tokens) {
      if (!emitted.includes(token)) {
        warnings.push({
          code: 'hidden-skipped',
          message: `“${token.name}” is hidden from publishing and was left out (include hidden variables to export it).`,
          variableId: token.id,
          variableName: token.name,
        });
      }
    }
  }
  return {
    collections,
    tokens: emitted,
    byId,
    warnings,
    errors,
    options: { remUnits: Boolean(options.remUnits) },
  };
}

function isAliasedByVisible(token: ModelToken, tokens: ModelToken[]): boolean {
  return tokens.some(
    (t) =>
      !t.hiddenFromPublishing &&
      Object.values(t.values).some((v) => v.kind === 'alias' && v.targetId === token.id),
  );
}

/**
 * Two kinds of clash: the same code name after slugging (`Primary Color` / `primary-color`), and a
 * token whose path is also a group (`color/bg` next to `color/bg/hover`). Later ones get a stable
 * suffix from their id, and a warning.
 */
function resolvePathConflicts(
  tokens: ModelToken[],
  collections: Map<string, ModelCollection>,
  warnings: ConversionWarning[],
) {
  const byCollection = new Map<string, ModelToken[]>();
  for (const token of tokens)
    byCollection.set(token.collectionId, [...(byCollection.get(token.collectionId) ?? []), token]);
  for (const [collectionId, members] of byCollection) {
    const collectionName = collections.get(collectionId)?.name;
    const groups = new Set<string>();
    for (const token of members)
      for (let i = 1; i < token.path.length; i++) groups.add(token.path.slice(0, i).join('\u0000'));
    const slugGroups = new Set<string>();
    for (const token of members)
      for (let i = 1; i < token.slugPath.length; i++)
        slugGroups.add(token.slugPath.slice(0, i).map(asciiOrSelf).join('-'));
    const seenPaths = new Set<string>();
    const seenSlugs = new Set<string>();
    for (const token of members) {
      const original = token.name;
      let renamed = false;
      if (groups.has(token.path.join('\u0000')) || seenPaths.has(token.path.join('\u0000'))) {
        const last = token.path.length - 1;
        token.path[last] = `${token.path[last]}-${idSuffix(token.id)}`;
        renamed = true;
      }
      seenPaths.add(token.path.join('\u0000'));
      const key = () => token.slugPath.map(asciiOrSelf).join('-');
      if (seenSlugs.has(key()) || slugGroups.has(key())) {
        const last = token.slugPath.length - 1;
        token.slugPath[last] = `${token.slugPath[last]}-${idSuffix(token.id)}`;
        renamed = true;
      }
      seenSlugs.add(key());
      if (renamed) {
        warnings.push({
          code: 'slug-collision',
          message: `“${original}” clashes with another name in “${collectionName ?? ''}” once converted; exported as “${token.slugPath.join('-')}”.`,
          variableId: token.id,
          variableName: original,
          ...(collectionName ? { collectionName } : {}),
        });
      }
    }
  }
}

/** ASCII form when there is one, so `Ünïcode` and `unicode` count as the same code name. */
function asciiOrSelf(segment: string): string {
  return asciiSlug(segment) || segment;
}

/** Alias cycles: an error naming every member, and the members are left out of the output. */
function removeCycles(
  tokens: ModelToken[],
  byId: Map<string, ModelToken>,
  errors: ConversionError[],
  warnings: ConversionWarning[],
) {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const inCycle = new Set<string>();
  const visit = (id: string) => {
    const mark = state.get(id);
    if (mark === 2) return;
    if (mark === 1) {
      const cycle = stack.slice(stack.indexOf(id));
      if (!cycle.some((member) => inCycle.has(member))) {
        cycle.forEach((member) => inCycle.add(member));
        const names = cycle.map((member) => byId.get(member)?.name ?? member);
        errors.push({
          code: 'alias-cycle',
          message: `Alias cycle: ${[...names, names[0]].join(' → ')}`,
          variableIds: cycle,
          variableNames: names,
        });
      }
      return;
    }
    state.set(id, 1);
    stack.push(id);
    for (const value of Object.values(byId.get(id)?.values ?? {}))
      if (value.kind === 'alias') visit(value.targetId);
    stack.pop();
    state.set(id, 2);
  };
  for (const token of tokens) visit(token.id);
  if (!inCycle.size) return;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token && inCycle.has(token.id)) {
      tokens.splice(i, 1);
      byId.delete(token.id);
    }
  }
  // Tokens that alias a removed cycle member lose that mode rather than point nowhere.
  for (const token of tokens) {
    for (const [modeId, value] of Object.entries(token.values)) {
      if (value.kind === 'alias' && inCycle.has(value.targetId)) {
        delete token.values[modeId];
        warnings.push({
          code: 'missing-alias-target',
          message: `“${token.name}” aliases a variable caught in an alias cycle; that mode is left out.`,
          variableId: token.id,
          variableName: token.name,
        });
      }
    }
  }
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token && Object.keys(token.values).length === 0) {
      tokens.splice(i, 1);
      byId.delete(token.id);
      warnings.push({
        code: 'missing-alias-target',
        message: `“${token.name}” has no value left once the alias cycle is removed, so it is not exported.`,
        variableId: token.id,
        variableName: token.name,
      });
    }
  }
}
