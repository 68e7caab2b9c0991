/**
 * Step 1 of a write-back: desired collections and modes matched to Figma's (by id, then by
 * name), with the creates, renames and (when allowed) deletes that make them agree.
 */
import { isCompositeType } from '../import/dtcg-composites.ts';
import type { LocalVariableCollection } from '@figma/rest-api-spec';
import type { DtcgCollection } from '../dtcg/read-types.ts';
import { getOwn } from '../import/errors.ts';
import type { CollectionPlan, PlanState } from './plan-state.ts';

function planCollectionUpdate(
  state: PlanState,
  wanted: DtcgCollection,
  existing: LocalVariableCollection,
  plan: CollectionPlan,
) {
  const update: { action: 'UPDATE'; id: string; name?: string; hiddenFromPublishing?: boolean } = {
    action: 'UPDATE',
    id: existing.id,
  };
  // Found by its variables, the collection is not described by the files at all.
  if (plan.nameUnknown) return;
  if (existing.name !== wanted.name) update.name = wanted.name;
  if (
    wanted.hiddenFromPublishing !== undefined &&
    wanted.hiddenFromPublishing !== existing.hiddenFromPublishing
  )
    update.hiddenFromPublishing = wanted.hiddenFromPublishing;
  if (update.name !== undefined || update.hiddenFromPublishing !== undefined) {
    state.collectionChanges.push(update);
    state.counts.collections.updated++;
    plan.changed = true;
  }
}

function planExistingModes(
  state: PlanState,
  wanted: DtcgCollection,
  existing: LocalVariableCollection,
  plan: CollectionPlan,
) {
  const claimedModes = new Set<string>();
  for (const mode of wanted.modes) {
    // A made-up name ("Default" of a plain DTCG set) stands for the collection's default mode.
    const synthesized =
      mode.synthesized && wanted.modes.length === 1
        ? existing.modes.find((m) => m.modeId === existing.defaultModeId)
        : undefined;
    const match =
      (mode.id ? existing.modes.find((m) => m.modeId === mode.id) : undefined) ??
      synthesized ??
      existing.modes.find((m) => !claimedModes.has(m.modeId) && m.name === mode.name);
    if (match) {
      claimedModes.add(match.modeId);
      plan.modeIdByKey.set(mode.key, match.modeId);
      if (match.name === mode.name || mode.synthesized) continue;
      state.modeChanges.push({
        action: 'UPDATE',
        id: match.modeId,
        variableCollectionId: existing.id,
        name: mode.name,
      });
      state.counts.modes.updated++;
    } else {
      const id = state.temp('m');
      plan.modeIdByKey.set(mode.key, id);
      state.modeChanges.push({
        action: 'CREATE',
        id,
        name: mode.name,
        variableCollectionId: existing.id,
      });
      state.counts.modes.created++;
    }
    plan.changed = true;
  }
  for (const mode of existing.modes) {
    if (claimedModes.has(mode.modeId)) continue;
    if (state.options.allowDelete) {
      state.modeChanges.push({ action: 'DELETE', id: mode.modeId });
      state.counts.modes.deleted++;
      plan.changed = true;
    } else {
      state.warnings.push({
        code: 'mode-kept',
        message: `mode "${mode.name}" of "${existing.name}" is not in the export; kept (deletes are off)`,
        collection: existing.name,
      });
    }
  }
}

function planExisting(
  state: PlanState,
  wanted: DtcgCollection,
  existing: LocalVariableCollection,
  nameUnknown: boolean,
): CollectionPlan {
  const plan: CollectionPlan = {
    desired: wanted,
    id: existing.id,
    current: existing,
    modeIdByKey: new Map(),
    changed: false,
  };
  if (nameUnknown) plan.nameUnknown = true;
  planCollectionUpdate(state, wanted, existing, plan);
  planExistingModes(state, wanted, existing, plan);
  if (existing.remote && plan.changed) {
    state.errors.push({
      code: 'remote-collection',
      message: `"${existing.name}" is a library collection; change it in its library file`,
      collection: existing.name,
    });
  }
  return plan;
}

function planNew(state: PlanState, wanted: DtcgCollection): CollectionPlan {
  const id = state.temp('c');
  const plan: CollectionPlan = { desired: wanted, id, modeIdByKey: new Map(), changed: true };
  const [first, ...rest] = wanted.modes;
  const initialModeId = state.temp('m');
  state.collectionChanges.push({
    action: 'CREATE',
    id,
    name: wanted.name,
    initialModeId,
    ...(wanted.hiddenFromPublishing ? { hiddenFromPublishing: true } : {}),
  });
  state.counts.collections.created++;
  if (first) {
    plan.modeIdByKey.set(first.key, initialModeId);
    // A new collection starts with one mode named by Figma; give it the export's name.
    state.modeChanges.push({
      action: 'UPDATE',
      id: initialModeId,
      variableCollectionId: id,
      name: first.name,
    });
    state.counts.modes.created++;
  }
  for (const mode of rest) {
    const modeId = state.temp('m');
    plan.modeIdByKey.set(mode.key, modeId);
    state.modeChanges.push({
      action: 'CREATE',
      id: modeId,
      name: mode.name,
      variableCollectionId: id,
    });
    state.counts.modes.created++;
  }
  return plan;
}

/**
 * The Figma collection that holds most of the variables `wanted`'s tokens name by id: files that
 * carry variable ids but not their collection's (Figma's own export names collections by file).
 */
function holderOfVariables(
  state: PlanState,
  wanted: DtcgCollection,
  claimed: ReadonlySet<string>,
): LocalVariableCollection | undefined {
  const votes = new Map<string, number>();
  let named = 0;
  for (const token of Object.values(state.desired.tokens)) {
    if (token.collectionKey !== wanted.key || !token.variableId) continue;
    named++;
    const variable = getOwn(state.current.variables, token.variableId);
    if (variable && !claimed.has(variable.variableCollectionId))
      votes.set(variable.variableCollectionId, (votes.get(variable.variableCollectionId) ?? 0) + 1);
  }
  const [best] = [...votes].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] * 2 < named) return undefined;
  return getOwn(state.current.variableCollections, best[0]);
}

/**
 * Collections of the files that hold composite tokens only (a file of shadows, say): Figma has
 * no variable for any of them, so a new collection there would stay empty.
 */
function compositeOnlyCollections(state: PlanState): Set<string> {
  const holds = new Map<string, boolean>();
  for (const token of Object.values(state.desired.tokens)) {
    const composite = isCompositeType(token.type) && !token.figma?.resolvedType;
    holds.set(token.collectionKey, (holds.get(token.collectionKey) ?? true) && composite);
  }
  return new Set([...holds].filter(([, only]) => only).map(([key]) => key));
}

export function planCollections(state: PlanState): {
  plans: Map<string, CollectionPlan>;
  claimed: Set<string>;
} {
  const plans = new Map<string, CollectionPlan>();
  const claimed = new Set<string>();
  const currentCollections = Object.values(state.current.variableCollections);
  const compositeOnly = compositeOnlyCollections(state);
  for (const wanted of state.desired.collections) {
    const byId = wanted.id ? getOwn(state.current.variableCollections, wanted.id) : undefined;
    const byName = () =>
      currentCollections.find((c) => !claimed.has(c.id) && c.name === wanted.name);
    // Found by its variables, the collection was not named by the files (Figma's own export
    // names it after a file or folder): that name is no rename.
    const byVariables = byId ? undefined : holderOfVariables(state, wanted, claimed);
    const existing = byId ?? byVariables ?? byName();
    if (!existing && compositeOnly.has(wanted.key)) continue;
    if (existing) claimed.add(existing.id);
    plans.set(
      wanted.key,
      existing
        ? planExisting(state, wanted, existing, existing === byVariables)
        : planNew(state, wanted),
    );
  }
  return { plans, claimed };
}
