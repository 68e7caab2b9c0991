/** Step 3 of a write-back: variable creates and updates, metadata and values. */
import type { DtcgToken } from '../dtcg/read-types.ts';
import type { CollectionPlan, PlanState, VariableMatches } from './plan-state.ts';
import type { VariableUnit } from './split-bodies.ts';
import type { ChangeSetRow } from './types.ts';
import { createChange, fieldUpdate } from './variable-fields.ts';
import { planValues } from './variable-values.ts';

function planVariable(
  state: PlanState,
  matches: VariableMatches,
  desiredIds: ReadonlySet<string>,
  plan: CollectionPlan,
  token: DtcgToken,
) {
  const id = matches.idByKey.get(token.key);
  const type = matches.typeByKey.get(token.key);
  if (!id || !type) return;
  const existing = matches.matched.get(token.key);
  const problem = (code: string, message: string) =>
    state.errors.push({ code, message, variable: token.name, collection: plan.desired.name });
  if (existing && existing.resolvedType !== type) {
    problem(
      'type-change',
      `"${token.name}" is ${existing.resolvedType} in Figma but ${type} in the export; Figma cannot change a variable's type (delete and recreate it)`,
    );
    return;
  }
  if (existing && existing.variableCollectionId !== plan.id) {
    problem(
      'collection-change',
      `"${token.name}" lives in another collection in Figma; Figma cannot move variables between collections`,
    );
    return;
  }
  const row: ChangeSetRow = {
    variableId: id,
    name: token.name,
    collection: plan.desired.name,
    action: existing ? 'UPDATE' : 'CREATE',
    changes: [],
    fields: [],
  };
  const unit: VariableUnit = { id, values: [], dependsOn: new Set() };
  if (existing) {
    const { change, fields } = fieldUpdate(token, existing, plan);
    if (change) unit.change = change;
    row.fields = fields;
  } else {
    unit.change = createChange(token, id, plan, type);
    unit.creates = true;
  }
  const values = planValues({
    state,
    matches,
    desiredIds,
    token,
    type,
    plan,
    ...(existing ? { existing } : {}),
    unit,
    row,
    problem,
  });
  const touched = unit.change !== undefined || unit.values.length > 0;
  state.finalValues.set(id, values);
  state.finalNames.set(id, {
    name: token.name,
    collectionId: plan.id,
    type,
    label: token.name,
    touched: touched && (!existing || existing.name !== token.name),
  });
  if (!touched) return;
  if (existing?.remote) {
    problem(
      'remote-variable',
      `"${token.name}" is a library variable; change it in its library file`,
    );
    return;
  }
  state.units.push(unit);
  state.rows.push(row);
  if (existing) state.counts.variables.updated++;
  else state.counts.variables.created++;
  state.counts.valuesChanged += unit.values.length;
}

export function planVariables(
  state: PlanState,
  plans: ReadonlyMap<string, CollectionPlan>,
  matches: VariableMatches,
) {
  const desiredIds = new Set(matches.idByKey.values());
  for (const token of Object.values(state.desired.tokens)) {
    const plan = plans.get(token.collectionKey);
    if (plan) planVariable(state, matches, desiredIds, plan, token);
  }
}
