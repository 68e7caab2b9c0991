/** What every conversion step shares: the input, the options and where problems are reported. */
import type { LocalVariable } from '@figma/rest-api-spec';
import type {
  DeclaredType,
  DtcgExtras,
  ConversionError,
  ConversionWarning,
  DeletedVariables,
  FigmaVariablesInput,
  FloatType,
  LibraryVariables,
  ModelCollection,
} from '../model.ts';

export interface ConvertOptions {
  floatTypeOverrides?: Record<string, FloatType>;
  /** Emit hidden-from-publishing variables (they are always kept for alias resolution). */
  includeHidden?: boolean;
  remUnits?: boolean;
  /** Library (remote) variables: `inline` (default) copies their values into local aliases. */
  libraryVariables?: LibraryVariables;
  /** Deleted-but-referenced variables: `skip` (default) or `separate` (exported apart, marked). */
  deletedVariables?: DeletedVariables;
}

export interface ConvertContext {
  variables: Record<string, LocalVariable>;
  /** Types the token file declared (DTCG input), by variable id. */
  declaredTypes: Record<string, DeclaredType> | undefined;
  /** What DTCG tokens carried that Figma cannot hold, by variable id. */
  dtcgExtras: Record<string, DtcgExtras> | undefined;
  /** Extended collections' copies of inherited variables → the inherited variable's id. */
  inheritedVariables: Record<string, string> | undefined;
  options: Required<Pick<ConvertOptions, 'libraryVariables' | 'deletedVariables'>> & ConvertOptions;
  /** Collections that become part of the model (library collections are not among them). */
  collectionById: Map<string, ModelCollection>;
  /** Input collections by id, library ones included, for alias resolution. */
  inputCollections: FigmaVariablesInput['variableCollections'];
  /** Who aliases whom (composed colours included), for type inference from consumers. */
  aliasedBy: Map<string, string[]>;
  warnings: ConversionWarning[];
  errors: ConversionError[];
}

/** Own-property lookup: variable ids come from the input and may be `__proto__`. */
export function variableById(
  context: Pick<ConvertContext, 'variables'>,
  id: string,
): LocalVariable | undefined {
  return Object.prototype.hasOwnProperty.call(context.variables, id)
    ? context.variables[id]
    : undefined;
}

export function isLibraryVariable(context: ConvertContext, variable: LocalVariable): boolean {
  return Boolean(
    variable.remote || context.inputCollections[variable.variableCollectionId]?.remote,
  );
}

/** A variable that becomes a token of its own (so an alias to it stays an alias). */
export function isExported(context: ConvertContext, variable: LocalVariable): boolean {
  if (isLibraryVariable(context, variable)) return false;
  if (variable.deletedButReferenced && context.options.deletedVariables === 'skip') return false;
  return context.collectionById.has(variable.variableCollectionId);
}
