/**
 * The token model: Figma variables after conversion, keyed by variable id (names are unique only
 * within a collection), with per-mode values that are literals or aliases to other variable ids.
 */
import type {
  LocalVariable,
  LocalVariableCollection,
  VariableCodeSyntax,
  VariableScope,
} from '@figma/rest-api-spec';

export interface FigmaVariablesInput {
  variables: Record<string, LocalVariable>;
  variableCollections: Record<string, LocalVariableCollection>;
}

export type FloatType = 'dimension' | 'number' | 'fontWeight' | 'opacity';
export type TokenType = FloatType | 'color' | 'fontFamily' | 'string' | 'boolean';

export interface ColorValue {
  colorSpace: 'srgb';
  components: [number, number, number];
  alpha: number;
  /** 6-digit fallback, as DTCG 2025.10 defines it. */
  hex: string;
}

export type Literal = ColorValue | number | string | boolean;

export type TokenValue = { kind: 'literal'; value: Literal } | { kind: 'alias'; targetId: string };

export interface ModelMode {
  id: string;
  name: string;
  slug: string;
}

export interface ModelCollection {
  id: string;
  name: string;
  slug: string;
  modes: ModelMode[];
  defaultModeId: string;
  hiddenFromPublishing: boolean;
  remote: boolean;
}

export interface ModelToken {
  id: string;
  /** Figma's variable name, e.g. `color/bg/surface`. */
  name: string;
  /** DTCG path inside the collection group (sanitised segments). */
  path: string[];
  /** Code-name segments (kebab, disambiguated), shared by every code exporter. */
  slugPath: string[];
  collectionId: string;
  resolvedType: LocalVariable['resolvedType'];
  type: TokenType;
  /** Why the type was chosen, shown in the UI next to FLOAT types. */
  typeReason: string;
  /** Keyed by mode id of the token's collection. */
  values: Record<string, TokenValue>;
  description: string;
  hiddenFromPublishing: boolean;
  scopes: VariableScope[];
  codeSyntax: VariableCodeSyntax;
  remote: boolean;
}

export interface ConversionWarning {
  code:
    | 'renamed'
    | 'slug-collision'
    | 'remote-alias-resolved'
    | 'remote-alias-missing'
    | 'missing-alias-target'
    | 'missing-mode-value'
    | 'missing-collection'
    | 'type-mismatch'
    | 'hidden-skipped'
    | 'remote-variable-inlined'
    | 'unsupported-value'
    | 'selector-fallback';
  message: string;
  variableId?: string;
  variableName?: string;
  collectionName?: string;
}

export interface ConversionError {
  code: 'alias-cycle';
  message: string;
  variableIds: string[];
  variableNames: string[];
}

export interface TokenModel {
  collections: ModelCollection[];
  /** In a stable order: collection order, then Figma's variable order. */
  tokens: ModelToken[];
  byId: Map<string, ModelToken>;
  warnings: ConversionWarning[];
  errors: ConversionError[];
  options: { remUnits: boolean };
}
