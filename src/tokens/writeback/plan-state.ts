/** What the write-back planning steps share while they build one change set. */
import type {
  LocalVariable,
  LocalVariableCollection,
  VariableCollectionChange,
  VariableModeChange,
  VariableValue,
} from '@figma/rest-api-spec';
import type { DtcgCollection, DtcgExport } from '../dtcg/read-types.ts';
import type { FigmaResolvedType } from '../dtcg/read-values.ts';
import type { FigmaVariablesInput } from '../model.ts';
import type { VariableUnit } from './split-bodies.ts';
import type { ChangeSetCounts, ChangeSetOptions, ChangeSetProblem, ChangeSetRow } from './types.ts';

export interface CollectionPlan {
  desired: DtcgCollection;
  /** Real or temp id. */
  id: string;
  current?: LocalVariableCollection;
  /** Desired mode key → real or temp mode id. */
  modeIdByKey: Map<string, string>;
  changed: boolean;
  /**
   * Matched by the variables it holds: the files' name and flags for it are not Figma's (Figma's
   * own export names a collection after a file), so neither is changed.
   */
  nameUnknown?: true;
}

/** Desired tokens matched to Figma variables, each with a real or temp id. */
export interface VariableMatches {
  idByKey: Map<string, string>;
  typeByKey: Map<string, FigmaResolvedType>;
  matched: Map<string, LocalVariable>;
  claimed: Set<string>;
}

export interface FinalName {
  name: string;
  collectionId: string;
  type: FigmaResolvedType;
  label: string;
  touched: boolean;
}

export interface PlanState {
  current: FigmaVariablesInput;
  desired: DtcgExport;
  options: ChangeSetOptions;
  errors: ChangeSetProblem[];
  warnings: ChangeSetProblem[];
  counts: ChangeSetCounts;
  rows: ChangeSetRow[];
  collectionChanges: VariableCollectionChange[];
  modeChanges: VariableModeChange[];
  units: VariableUnit[];
  deleteUnits: VariableUnit[];
  /** Variable id → mode id → value after the change, for the limit and cycle checks. */
  finalValues: Map<string, Map<string, VariableValue>>;
  finalNames: Map<string, FinalName>;
  /** Unsent values Figma holds less of than the file (a font stack's fallbacks), by token name. */
  heldInFilesOnly: Set<string>;
  /** Composite tokens (shadow, typography…): no Figma variable can hold them. */
  compositesInFilesOnly: string[];
  temp: (kind: 'c' | 'm' | 'v') => string;
}

function emptyCounts(): ChangeSetCounts {
  const zero = () => ({ created: 0, updated: 0, deleted: 0 });
  return { collections: zero(), modes: zero(), variables: zero(), valuesChanged: 0, notDeleted: 0 };
}

export function createPlanState(
  current: FigmaVariablesInput,
  desired: DtcgExport,
  options: ChangeSetOptions,
): PlanState {
  let tempCounter = 0;
  return {
    current,
    desired,
    options,
    errors: [],
    warnings: [],
    counts: emptyCounts(),
    rows: [],
    collectionChanges: [],
    modeChanges: [],
    units: [],
    deleteUnits: [],
    finalValues: new Map(),
    finalNames: new Map(),
    heldInFilesOnly: new Set(),
    compositesInFilesOnly: [],
    temp: (kind) => `tmp:${kind}:${++tempCounter}`,
  };
}
