/** Step 5 of a write-back: Figma's limits, checked on the state after the change. */
import { getOwn } from '../import/errors.ts';
import type { CollectionPlan, PlanState } from './plan-state.ts';
import { validateFinalState } from './validate-limits.ts';
import type { FinalCollection } from './validate-limits.ts';

function finalCollections(
  state: PlanState,
  plans: ReadonlyMap<string, CollectionPlan>,
): Map<string, FinalCollection> {
  const out = new Map<string, FinalCollection>();
  for (const plan of plans.values()) {
    const modeNames = new Map<string, string>();
    for (const mode of plan.desired.modes) {
      const modeId = plan.modeIdByKey.get(mode.key);
      if (modeId) modeNames.set(modeId, mode.name);
    }
    if (plan.current && !state.options.allowDelete) {
      const planned = new Set(plan.modeIdByKey.values());
      for (const mode of plan.current.modes)
        if (!planned.has(mode.modeId)) modeNames.set(mode.modeId, mode.name);
    }
    out.set(plan.id, { id: plan.id, name: plan.desired.name, modeNames, variables: [] });
  }
  for (const [id, info] of state.finalNames) {
    out.get(info.collectionId)?.variables.push({ id, name: info.name, checkName: info.touched });
  }
  return out;
}

export function checkFinalState(state: PlanState, plans: ReadonlyMap<string, CollectionPlan>) {
  const { current } = state;
  const collections = finalCollections(state, plans);
  const collectionOf = new Map<string, string>();
  for (const [id, info] of state.finalNames) collectionOf.set(id, info.collectionId);
  for (const variable of Object.values(current.variables))
    if (!collectionOf.has(variable.id))
      collectionOf.set(variable.id, variable.variableCollectionId);
  state.errors.push(
    ...validateFinalState({
      collections: [...collections.values()],
      values: state.finalValues,
      collectionOf,
      modesOf: (collectionId) => [
        ...(collections.get(collectionId)?.modeNames.keys() ??
          (getOwn(current.variableCollections, collectionId)?.modes ?? []).map(
            (mode) => mode.modeId,
          )),
      ],
      nameOf: (id) => state.finalNames.get(id)?.label ?? getOwn(current.variables, id)?.name ?? id,
      createdModeNames: state.modeChanges
        .filter((c) => c.action !== 'DELETE' && 'name' in c && c.name !== undefined)
        .map((c) => ('name' in c ? (c.name ?? '') : '')),
    }),
  );
}
