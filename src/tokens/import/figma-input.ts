/**
 * The importers' output: Figma's own `/variables/local` meta shape (see docs/architecture.md).
 * Kept structurally identical to `FigmaVariablesInput` in src/tokens/model.ts.
 */
import type { LocalVariable, LocalVariableCollection } from '@figma/rest-api-spec';

export interface FigmaVariablesInput {
  variables: Record<string, LocalVariable>;
  variableCollections: Record<string, LocalVariableCollection>;
}
