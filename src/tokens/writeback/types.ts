/**
 * The write-back change set: Figma's own POST /v1/files/:key/variables body (or several, when
 * one would pass the 4 MB limit) plus a human preview of what it does.
 */
import type { PostVariablesRequestBody, VariableValue } from '@figma/rest-api-spec';

export type ChangeAction = 'CREATE' | 'UPDATE' | 'DELETE';

export interface ValueChangeRow {
  /** Mode name. */
  mode: string;
  old?: VariableValue;
  new?: VariableValue;
}

export interface FieldChangeRow {
  field: 'name' | 'description' | 'hiddenFromPublishing' | 'scopes' | 'codeSyntax';
  old?: unknown;
  new?: unknown;
}

export interface ChangeSetRow {
  /** Real id, or the temp id of a variable this change set creates. */
  variableId: string;
  name: string;
  collection: string;
  action: ChangeAction;
  changes: ValueChangeRow[];
  fields: FieldChangeRow[];
}

export interface ActionCounts {
  created: number;
  updated: number;
  deleted: number;
}

export interface ChangeSetCounts {
  collections: ActionCounts;
  modes: ActionCounts;
  variables: ActionCounts;
  valuesChanged: number;
  /** Variables (or collections) missing from the desired export that were kept because deletes are off. */
  notDeleted: number;
}

export interface ChangeSetProblem {
  code: string;
  message: string;
  variable?: string;
  collection?: string;
}

export interface ChangeSet {
  /** The single body to POST; undefined when there are errors or the change set was split. */
  body?: PostVariablesRequestBody;
  /**
   * Bodies to POST in order. After each reply, call `applyTempIds` with its `tempIdToRealId`
   * before sending the next one. Empty when there are errors or nothing to change.
   */
  bodies: PostVariablesRequestBody[];
  split: boolean;
  splitReason?: string;
  /** True when nothing would change. */
  empty: boolean;
  preview: { counts: ChangeSetCounts; rows: ChangeSetRow[] };
  /** Figma would reject the change: nothing may be sent while this is non-empty. */
  errors: ChangeSetProblem[];
  warnings: ChangeSetProblem[];
}

export interface ChangeSetOptions {
  allowDelete: boolean;
  /** Defaults to Figma's 4 MB request limit. */
  maxBodyBytes?: number;
}

export const FIGMA_LIMITS = {
  variablesPerCollection: 5000,
  modesPerCollection: 40,
  modeNameLength: 40,
  bodyBytes: 4 * 1024 * 1024,
} as const;
