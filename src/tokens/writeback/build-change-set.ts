/**
 * buildChangeSet: what to POST to Figma so its variables match a DTCG export. Matches by the
 * variable id Tokenport keeps in `$extensions["com.figma"]`, then by collection + name; sends
 * only real differences (a round trip sends nothing); checks Figma's limits first and returns
 * errors instead of a body Figma would reject. The steps live in their own modules.
 */
import type { DtcgExport } from '../dtcg/read-types.ts';
import type { FigmaVariablesInput } from '../model.ts';
import { checkFinalState } from './final-state.ts';
import { matchVariables } from './match-variables.ts';
import { planCollections } from './plan-collections.ts';
import { planDeletes } from './plan-deletes.ts';
import { createPlanState } from './plan-state.ts';
import type { PlanState } from './plan-state.ts';
import { planVariables } from './plan-variables.ts';
import { assembleBodies } from './split-bodies.ts';
import { FIGMA_LIMITS } from './types.ts';
import type { ChangeSet, ChangeSetOptions } from './types.ts';

/** The first three names quoted, then `…`: enough to find the rest in the files. */
function firstNames(names: readonly string[]): string {
  const listed = names
    .slice(0, 3)
    .map((name) => `"${name}"`)
    .join(', ');
  return `${listed}${names.length > 3 ? ', …' : ''}`;
}

function warnHeldInFilesOnly(state: PlanState) {
  const names = [...state.heldInFilesOnly];
  if (names.length === 0) return;
  state.warnings.push({
    code: 'held-in-files-only',
    message: `${names.length} token(s) (${firstNames(names)}) hold more than Figma can: font stacks' fallbacks, colours outside sRGB. Figma keeps its value; the rest stays in your files only`,
  });
}

/** One warning for every composite token, not one each: a type system can hold hundreds. */
function warnCompositesInFilesOnly(state: PlanState) {
  const names = state.compositesInFilesOnly;
  if (names.length === 0) return;
  state.warnings.push({
    code: 'composite-in-files-only',
    message: `${names.length} composite token(s) (${firstNames(names)}: shadows, typography, borders and the like) stay in your files: Figma has no variable type for them, so nothing is sent for them`,
  });
}

export function buildChangeSet(
  current: FigmaVariablesInput,
  desired: DtcgExport,
  options: ChangeSetOptions,
): ChangeSet {
  const state = createPlanState(current, desired, options);
  const { plans, claimed } = planCollections(state);
  const matches = matchVariables(state, plans);
  planVariables(state, plans, matches);
  planDeletes(state, claimed, matches);
  checkFinalState(state, plans);
  warnHeldInFilesOnly(state);
  warnCompositesInFilesOnly(state);

  const { collectionChanges, modeChanges, units, deleteUnits, errors } = state;
  const changeSet: ChangeSet = {
    bodies: [],
    split: false,
    empty:
      collectionChanges.length === 0 &&
      modeChanges.length === 0 &&
      units.length === 0 &&
      deleteUnits.length === 0,
    preview: { counts: state.counts, rows: state.rows },
    errors,
    warnings: state.warnings,
  };
  if (errors.length > 0 || changeSet.empty) return changeSet;

  const assembled = assembleBodies(
    collectionChanges,
    modeChanges,
    units,
    deleteUnits,
    options.maxBodyBytes ?? FIGMA_LIMITS.bodyBytes,
  );
  if ('error' in assembled) {
    errors.push({ code: 'too-large', message: assembled.error });
    return changeSet;
  }
  changeSet.bodies = assembled.bodies;
  if (assembled.bodies.length === 1) changeSet.body = assembled.bodies[0]!;
  else {
    changeSet.split = true;
    changeSet.splitReason = assembled.reason;
  }
  return changeSet;
}
