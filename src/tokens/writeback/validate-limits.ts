/**
 * Figma's write rules, checked before sending (a POST is atomic: one violation rejects it all):
 * ≤ 5000 variables and ≤ 40 modes per collection, mode names ≤ 40 characters, variable names
 * without ".", "{", "}" and unique per collection, no alias cycles.
 */
import type { VariableValue } from '@figma/rest-api-spec';
import { findGraphCycles } from '../dtcg/read-cycles.ts';
import { isAlias } from './figma-values.ts';
import { FIGMA_LIMITS } from './types.ts';
import type { ChangeSetProblem } from './types.ts';

export interface FinalCollection {
  id: string;
  name: string;
  /** Mode id → name, after the change. */
  modeNames: Map<string, string>;
  /** `checkName`: the name is new or changed, so its characters must be checked. */
  variables: { id: string; name: string; checkName: boolean }[];
}

export interface FinalState {
  collections: FinalCollection[];
  /** Variable id → mode id → value after the change (every variable, including library ones). */
  values: ReadonlyMap<string, ReadonlyMap<string, VariableValue>>;
  collectionOf: ReadonlyMap<string, string>;
  modesOf: (collectionId: string) => string[];
  nameOf: (variableId: string) => string;
  /** Names of modes this change creates or renames. */
  createdModeNames: readonly string[];
}

const ILLEGAL = /[.{}]/;
const SEPARATOR = '\u0000';

export function validateFinalState(state: FinalState): ChangeSetProblem[] {
  const problems: ChangeSetProblem[] = [];
  for (const collection of state.collections) {
    if (collection.variables.length > FIGMA_LIMITS.variablesPerCollection) {
      problems.push({
        code: 'too-many-variables',
        message: `"${collection.name}" would hold ${collection.variables.length} variables; Figma allows at most ${FIGMA_LIMITS.variablesPerCollection} per collection`,
        collection: collection.name,
      });
    }
    if (collection.modeNames.size > FIGMA_LIMITS.modesPerCollection) {
      problems.push({
        code: 'too-many-modes',
        message: `"${collection.name}" would have ${collection.modeNames.size} modes; Figma allows at most ${FIGMA_LIMITS.modesPerCollection} per collection`,
        collection: collection.name,
      });
    }
    const seen = new Map<string, number>();
    for (const variable of collection.variables) {
      seen.set(variable.name, (seen.get(variable.name) ?? 0) + 1);
      if (!variable.checkName) continue;
      if (variable.name.trim() === '') {
        problems.push({
          code: 'empty-name',
          message: `a variable in "${collection.name}" has an empty name`,
          collection: collection.name,
          variable: variable.name,
        });
      } else if (ILLEGAL.test(variable.name)) {
        problems.push({
          code: 'illegal-name',
          message: `"${variable.name}" contains ".", "{" or "}", which Figma does not allow in variable names`,
          collection: collection.name,
          variable: variable.name,
        });
      }
    }
    for (const [name, count] of seen) {
      if (count > 1) {
        problems.push({
          code: 'duplicate-name',
          message: `${count} variables in "${collection.name}" would be named "${name}"; names must be unique in a collection`,
          collection: collection.name,
          variable: name,
        });
      }
    }
  }
  for (const name of new Set(state.createdModeNames)) {
    if (name.length > FIGMA_LIMITS.modeNameLength) {
      problems.push({
        code: 'mode-name-length',
        message: `mode name "${name}" has ${name.length} characters; Figma allows at most ${FIGMA_LIMITS.modeNameLength}`,
      });
    } else if (name.trim() === '') {
      problems.push({ code: 'empty-mode-name', message: 'a mode would have an empty name' });
    }
  }

  const adjacency = new Map<string, string[]>();
  for (const [variableId, byMode] of state.values) {
    const ownCollection = state.collectionOf.get(variableId);
    for (const [modeId, value] of byMode) {
      if (!isAlias(value)) continue;
      const targetCollection = state.collectionOf.get(value.id);
      if (targetCollection === undefined) continue;
      const modes =
        targetCollection === ownCollection
          ? [modeId]
          : state.modesOf(targetCollection).length > 0
            ? state.modesOf(targetCollection)
            : [...(state.values.get(value.id)?.keys() ?? [])];
      adjacency.set(
        `${variableId}${SEPARATOR}${modeId}`,
        modes.map((mode) => `${value.id}${SEPARATOR}${mode}`),
      );
    }
  }
  const reported = new Set<string>();
  for (const cycle of findGraphCycles(adjacency)) {
    const ids = [...new Set(cycle.map((node) => node.split(SEPARATOR)[0]!))];
    const key = [...ids].sort().join(SEPARATOR);
    if (reported.has(key)) continue;
    reported.add(key);
    const names = ids.map((id) => state.nameOf(id));
    problems.push({
      code: 'alias-cycle',
      message:
        ids.length === 1
          ? `"${names[0]}" aliases itself`
          : `alias cycle: ${[...names, names[0]].join(' → ')}`,
      variable: names[0]!,
    });
  }
  return problems;
}
