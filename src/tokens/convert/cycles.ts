/** Alias cycles: an error naming every member, and the members are left out of the output. */
import type { ConversionError, ConversionWarning, ModelToken } from '../model.ts';
import { valueReferences } from '../value-references.ts';

function findCycles(
  tokens: readonly ModelToken[],
  byId: Map<string, ModelToken>,
  errors: ConversionError[],
): Set<string> {
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
    const values = byId.get(id)?.values ?? {};
    for (const modeId in values) {
      const value = values[modeId];
      // Most values are literals: no list of references to build.
      if (!value || !Object.hasOwn(values, modeId)) continue;
      if (value.kind === 'alias') visit(value.targetId);
      else if (value.kind === 'composite' || value.composed)
        for (const target of valueReferences(value)) visit(target);
    }
    stack.pop();
    state.set(id, 2);
  };
  for (const token of tokens) visit(token.id);
  return inCycle;
}

/** Tokens left without any value are removed, each named in a warning. */
export function dropEmptyTokens(
  tokens: ModelToken[],
  byId: Map<string, ModelToken>,
  warnings: ConversionWarning[],
  why: string,
) {
  let kept = 0;
  for (const token of tokens) {
    if (Object.keys(token.values).length > 0) {
      tokens[kept++] = token;
      continue;
    }
    byId.delete(token.id);
    warnings.push({
      code: 'missing-alias-target',
      message: `“${token.name}” has no value left ${why}, so it is not exported.`,
      variableId: token.id,
      variableName: token.name,
    });
  }
  tokens.length = kept;
}

export function removeCycles(
  tokens: ModelToken[],
  byId: Map<string, ModelToken>,
  errors: ConversionError[],
  warnings: ConversionWarning[],
) {
  const inCycle = findCycles(tokens, byId, errors);
  if (!inCycle.size) return;
  let kept = 0;
  for (const token of tokens) {
    if (inCycle.has(token.id)) byId.delete(token.id);
    else tokens[kept++] = token;
  }
  tokens.length = kept;
  // Tokens that point at a removed cycle member lose that mode rather than point nowhere.
  for (const token of tokens) {
    for (const [modeId, value] of Object.entries(token.values)) {
      if (valueReferences(value).some((id) => inCycle.has(id))) {
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
  dropEmptyTokens(tokens, byId, warnings, 'once the alias cycle is removed');
}
