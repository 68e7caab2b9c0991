/**
 * Step 4 of a write-back: what Figma has and the export does not. Library variables and
 * variables Figma deleted but keeps for their references are never deleted (nor counted as kept).
 * Nor is a local variable whose every value aliases a library variable: an export made with
 * library variables skipped leaves it out for that reason alone, so its absence is no request to
 * delete it (it is kept, with a warning).
 */
import type { LocalVariable, LocalVariableCollection } from '@figma/rest-api-spec';
import { getOwn } from '../import/errors.ts';
import { isAlias } from './figma-values.ts';
import type { PlanState, VariableMatches } from './plan-state.ts';

function aliasesOnlyLibrary(state: PlanState, variable: LocalVariable): boolean {
  const values = Object.values(variable.valuesByMode);
  return (
    values.length > 0 &&
    values.every((value) => {
      if (!isAlias(value)) return false;
      return getOwn(state.current.variables, value.id)?.remote === true;
    })
  );
}

function keptForLibrary(state: PlanState, name: string) {
  state.warnings.push({
    code: 'library-only-kept',
    message: `"${name}" only aliases library variables (left out of exports that skip them); kept in Figma`,
    variable: name,
  });
}

function deleteCollection(state: PlanState, collection: LocalVariableCollection) {
  const live = Object.values(state.current.variables).filter(
    (v) => v.variableCollectionId === collection.id && !v.deletedButReferenced,
  );
  if (
    state.options.allowDelete &&
    live.length > 0 &&
    live.every((v) => aliasesOnlyLibrary(state, v))
  ) {
    keptForLibrary(state, collection.name);
    return;
  }
  if (!state.options.allowDelete) {
    state.counts.notDeleted++;
    state.warnings.push({
      code: 'collection-kept',
      message: `collection "${collection.name}" is not in the export; kept (deletes are off)`,
      collection: collection.name,
    });
    return;
  }
  state.collectionChanges.push({ action: 'DELETE', id: collection.id });
  state.counts.collections.deleted++;
  for (const variableId of collection.variableIds) {
    const variable = getOwn(state.current.variables, variableId);
    if (!variable || variable.deletedButReferenced) continue;
    state.counts.variables.deleted++;
    state.rows.push({
      variableId,
      name: variable.name,
      collection: collection.name,
      action: 'DELETE',
      changes: [],
      fields: [],
    });
  }
}

function deleteVariable(
  state: PlanState,
  variable: LocalVariable,
  claimedCollections: Set<string>,
) {
  const { current, options } = state;
  const collection = getOwn(current.variableCollections, variable.variableCollectionId);
  if (!claimedCollections.has(variable.variableCollectionId)) {
    // Its collection is deleted (or kept) as a whole; remember its values for cycle checks.
    if (!options.allowDelete && collection)
      state.finalValues.set(variable.id, new Map(Object.entries(variable.valuesByMode)));
    return;
  }
  if (!collection) return;
  const libraryOnly = options.allowDelete && aliasesOnlyLibrary(state, variable);
  if (libraryOnly) keptForLibrary(state, variable.name);
  if (!options.allowDelete || libraryOnly) {
    if (!libraryOnly) state.counts.notDeleted++;
    state.finalValues.set(variable.id, new Map(Object.entries(variable.valuesByMode)));
    state.finalNames.set(variable.id, {
      name: variable.name,
      collectionId: collection.id,
      type: variable.resolvedType,
      label: variable.name,
      touched: false,
    });
    return;
  }
  state.deleteUnits.push({
    id: variable.id,
    change: { action: 'DELETE', id: variable.id },
    values: [],
    dependsOn: new Set(),
  });
  state.counts.variables.deleted++;
  state.rows.push({
    variableId: variable.id,
    name: variable.name,
    collection: collection.name,
    action: 'DELETE',
    changes: [],
    fields: [],
  });
}

export function planDeletes(
  state: PlanState,
  claimedCollections: Set<string>,
  matches: VariableMatches,
) {
  for (const collection of Object.values(state.current.variableCollections)) {
    if (!claimedCollections.has(collection.id) && !collection.remote)
      deleteCollection(state, collection);
  }
  for (const variable of Object.values(state.current.variables)) {
    if (matches.claimed.has(variable.id) || variable.remote || variable.deletedButReferenced)
      continue;
    deleteVariable(state, variable, claimedCollections);
  }
  if (state.counts.notDeleted > 0 && !state.options.allowDelete) {
    state.warnings.push({
      code: 'not-deleted',
      message: `${state.counts.notDeleted} variable(s) or collection(s) exist only in Figma and were kept; allow deletes to remove them`,
    });
  }
  // Library and deleted variables can still be alias targets: include them for the cycle check.
  for (const variable of Object.values(state.current.variables)) {
    if (!state.finalValues.has(variable.id))
      state.finalValues.set(variable.id, new Map(Object.entries(variable.valuesByMode)));
  }
}
