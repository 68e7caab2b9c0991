/**
 * Step 2 of a write-back: every desired token gets a Figma variable id, the one it was exported
 * from (by id, then collection + name) or a temp id for a variable to create. Variables Figma
 * deleted but keeps because they are referenced never match by name, and tokens exported from
 * them are not written at all.
 */
import { isCompositeType } from '../import/dtcg-composites.ts';
import type { LocalVariable } from '@figma/rest-api-spec';
import type { DtcgToken } from '../dtcg/read-types.ts';
import { resolvedTypeOfToken } from '../import/dtcg-import.ts';
import { getOwn } from '../import/errors.ts';
import type { CollectionPlan, PlanState, VariableMatches } from './plan-state.ts';
import { isValueAsExported } from '../dtcg/read-provenance.ts';

/** Tokens the write-back leaves alone: exported from a deleted-but-referenced variable. */
export function isDeletedInFigma(state: PlanState, token: DtcgToken): boolean {
  if (token.figma?.deletedButReferenced) return true;
  const byId = token.variableId ? getOwn(state.current.variables, token.variableId) : undefined;
  return Boolean(byId?.deletedButReferenced);
}

/**
 * An extended collection's copy of an inherited variable (convert/extended-collections.ts) is
 * not a variable Figma holds: it is never created. An edit to it would be an override, which
 * the write-back does not send yet; that is said rather than dropped unseen.
 */
function warnIfInheritedEdited(state: PlanState, token: DtcgToken) {
  const edited = Object.values(token.values).some((value) => !isValueAsExported(value));
  if (!edited) return;
  const collection = state.desired.collections.find((c) => c.key === token.collectionKey);
  state.warnings.push({
    code: 'extended-value-not-written',
    message: `"${token.name}" of the extended collection "${collection?.name ?? token.collectionKey}" was edited; overrides of an extended collection are not written back yet, so change it in Figma`,
    variable: token.name,
  });
}

export function matchVariables(
  state: PlanState,
  plans: ReadonlyMap<string, CollectionPlan>,
): VariableMatches {
  const byCollectionAndName = new Map<string, LocalVariable>();
  for (const variable of Object.values(state.current.variables)) {
    if (variable.deletedButReferenced) continue;
    byCollectionAndName.set(`${variable.variableCollectionId}\u0000${variable.name}`, variable);
  }
  const matches: VariableMatches = {
    idByKey: new Map(),
    typeByKey: new Map(),
    matched: new Map(),
    claimed: new Set(),
  };
  const claimedBy = new Map<string, string>();
  for (const token of Object.values(state.desired.tokens)) {
    if (isDeletedInFigma(state, token)) continue;
    if (token.figma?.inheritedVariableId) {
      warnIfInheritedEdited(state, token);
      continue;
    }
    const type = resolvedTypeOfToken(state.desired, token);
    if (!type && isCompositeType(token.type)) {
      state.compositesInFilesOnly.push(token.name);
      continue;
    }
    if (!type) {
      state.warnings.push({
        code: 'unsupported-type',
        message: `$type "${token.type ?? 'none'}" cannot be a Figma variable; not written`,
        variable: token.name,
      });
      continue;
    }
    const plan = plans.get(token.collectionKey);
    if (!plan) continue;
    const byId = token.variableId ? getOwn(state.current.variables, token.variableId) : undefined;
    // The reader keeps an id for one token only; a second token naming it still says so here.
    const namedId = token.variableId ?? token.figma?.variableId;
    const holder = namedId === undefined ? undefined : claimedBy.get(namedId);
    if (holder) {
      // Two tokens of one variable: a key renamed in one mode file but not the other, say.
      // Matched by name instead, one would become a new variable holding the other's values.
      state.errors.push({
        code: 'duplicate-variable-id',
        message: `"${holder}" and "${token.name}" are both the Figma variable ${namedId}; a token renamed in some files only? Give it one name in every file`,
        variable: token.name,
      });
      continue;
    }
    const existing =
      byId && !matches.claimed.has(byId.id)
        ? byId
        : plan.current
          ? byCollectionAndName.get(`${plan.current.id}\u0000${token.name}`)
          : undefined;
    if (existing && !matches.claimed.has(existing.id)) {
      matches.claimed.add(existing.id);
      claimedBy.set(existing.id, token.name);
      matches.matched.set(token.key, existing);
      matches.idByKey.set(token.key, existing.id);
    } else {
      matches.idByKey.set(token.key, state.temp('v'));
    }
    matches.typeByKey.set(token.key, type);
  }
  return matches;
}
