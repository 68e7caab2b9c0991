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
  /**
   * Types a token file declared (DTCG `$type`), by variable id: Figma's own data has none, so
   * they are inferred; a type the author wrote is kept (see convert/token-type.ts).
   */
  declaredTypes?: Record<string, DeclaredType>;
  /** What DTCG tokens carried that Figma variables cannot hold, by variable id. */
  dtcgExtras?: Record<string, DtcgExtras>;
  /**
   * An extended collection's copies of the variables it inherits: copy id → the inherited
   * variable's id (see convert/extended-collections.ts).
   */
  inheritedVariables?: Record<string, string>;
  /** How a DTCG file wrote values Figma holds otherwise, by variable id and mode id. */
  asWritten?: Record<string, Record<string, AsWritten>>;
  /** DTCG tokens of types no Figma variable holds (shadow, typography…), by id. */
  composites?: Record<string, CompositeInput>;
}

/**
 * A DTCG token of a type Figma variables cannot hold. CSS, SCSS, JS and DTCG write it; Figma,
 * Swift, Android and Tailwind cannot, and say so.
 */
export interface CompositeInput {
  id: string;
  /** Slash-separated, as a Figma variable name. */
  name: string;
  variableCollectionId: string;
  type: CompositeType;
  description: string;
  /** Names for code a file gave in `$extensions["com.figma"].codeSyntax`, as a variable's. */
  codeSyntax?: VariableCodeSyntax;
  valuesByMode: Record<string, { kind: 'alias'; targetId: string } | CompositeValue>;
  /** The token before it in the files (none when it comes first), so outputs keep that order. */
  after?: string;
}

/**
 * A DTCG value as written (property-level `$ref`s already substituted), and where in it a
 * reference names another token: exporters write those as the target's name in their language.
 */
export interface CompositeValue {
  kind: 'composite';
  value: unknown;
  references: ExtensionReference[];
}

/** A platform Figma's `codeSyntax` names a variable for. */
export type CodePlatform = keyof VariableCodeSyntax;

export function isCodePlatform(key: string): key is CodePlatform {
  return key === 'WEB' || key === 'ANDROID' || key === 'iOS';
}

/**
 * A DTCG value as written, where Figma holds less: a font stack (`["Inter", "sans-serif"]`,
 * Figma the first family) or a dimension in rem (Figma the px number). CSS, JS and DTCG write
 * it as written; Figma, Swift and Android take what they can hold.
 */
export interface AsWritten {
  fontStack?: string[];
  rem?: true;
  color?: WrittenColor;
  /** Copied in from this library variable by the export read back, and unchanged since. */
  libraryAlias?: LibraryAliasSource;
}

/** A DTCG colour in a space other than sRGB (display-p3, oklch…), components as written. */
export interface WrittenColor {
  colorSpace: string;
  components: (number | 'none')[];
  alpha?: number;
  /** The file's sRGB fallback, kept as its author made it. */
  hex?: string;
}

/**
 * A DTCG token's `$deprecated` and other tools' `$extensions`: Figma has no place for them, yet
 * DTCG says tools "MUST preserve any extension data they do not themselves understand", so a
 * DTCG export writes them back.
 */
export interface DtcgExtras {
  deprecated?: boolean | string;
  extensions?: Record<string, unknown>;
  /** The `{a.b}` references inside `extensions`: where each sits, and the variable it names. */
  extensionReferences?: ExtensionReference[];
}

export interface ExtensionReference {
  at: (string | number)[];
  targetId: string;
}

/** A duration is a number of milliseconds (DTCG's `ms` and `s` both read into it). */
export type FloatType = 'dimension' | 'number' | 'fontWeight' | 'opacity' | 'duration';
export type DeclaredType = Exclude<FloatType, 'opacity'> | 'fontFamily' | 'string';
/** DTCG types no Figma variable holds: written to CSS, SCSS, JS and DTCG only. */
export type CompositeType =
  'shadow' | 'typography' | 'border' | 'transition' | 'gradient' | 'cubicBezier' | 'strokeStyle';
export type TokenType = FloatType | 'color' | 'fontFamily' | 'string' | 'boolean' | CompositeType;

export interface ColorValue {
  colorSpace: 'srgb';
  components: [number, number, number];
  alpha: number;
  /** 6-digit fallback, as DTCG 2025.10 defines it. */
  hex: string;
}

export type Literal = ColorValue | number | string | boolean;

/** Figma's composed colour: a colour (or an alias to one) with its own opacity (or an alias to one). */
export interface ComposedColor {
  color: { kind: 'alias'; targetId: string } | { kind: 'literal'; value: ColorValue };
  /** 0–1, as Figma's plugin API writes it. */
  opacity: { kind: 'alias'; targetId: string } | { kind: 'literal'; value: number };
}

/**
 * A library (remote) variable whose value was copied in because library variables are not
 * exported as if they were local.
 */
export interface LibraryAliasSource {
  variableId: string;
  variableKey?: string;
  name: string;
}

/** Optional facts every value may carry, so exports can say where a value came from. */
interface ValueProvenance {
  /**
   * Figma has no value for this mode: the value was copied from the default mode so platforms
   * that need one get one. Write-back never sends a filled value unless it was edited.
   */
  filled?: true;
  /** The value was copied in from this library variable (Figma holds an alias to it). */
  libraryAlias?: LibraryAliasSource;
  /**
   * Figma's STRING value where it holds a CSS font list (`"Inter", Arial`): the value is then its
   * first family and `fontStack` the list, as for a DTCG array; the DTCG export keeps this text.
   */
  figmaText?: string;
}

export type TokenValue =
  | ({
      kind: 'literal';
      /** For a composed colour: the resolved colour, alpha included. */
      value: Literal;
      /** Present when Figma holds a composed colour; `value` is then its resolved colour. */
      composed?: ComposedColor;
      /** A font family's whole stack, when a DTCG file gave one; `value` is its first family. */
      fontStack?: string[];
      /** A dimension a DTCG file gave in rem; `value` is its px number (1rem = 16px). */
      rem?: true;
      /** A colour a DTCG file gave in another space; `value` is its sRGB colour (clipped). */
      writtenColor?: WrittenColor;
    } & ValueProvenance)
  | ({ kind: 'alias'; targetId: string } & ValueProvenance)
  | (CompositeValue & ValueProvenance);

export type LiteralTokenValue = Extract<TokenValue, { kind: 'literal' }>;

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
  /** Figma's type; `COMPOSITE` for a DTCG type no Figma variable holds (see `CompositeType`). */
  resolvedType: LocalVariable['resolvedType'] | 'COMPOSITE';
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
  /**
   * Figma deleted the variable but keeps it because something still references it. Only in
   * the model when the user asked to export such variables apart (`deletedVariables: 'separate'`).
   */
  deletedButReferenced?: true;
  /** Only for tokens read from DTCG that carried them. */
  dtcgExtras?: DtcgExtras;
  /** An extended collection's view of this inherited variable (its Figma id). */
  inheritedFrom?: string;
  /** An opacity held as a percentage (0–100), as Figma shows it; see convert/opacity-scale.ts. */
  percent?: true;
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
    | 'remote-variable-skipped'
    | 'deleted-skipped'
    | 'deleted-separate'
    | 'composed-color'
    | 'opacity-range'
    | 'unsupported-value'
    | 'selector-fallback'
    | 'mode-not-followed'
    | 'opacity-percent'
    | 'extended-collection'
    | 'reference-like-text'
    | 'duration-rounded'
    | 'composite-not-written'
    | 'font-stack-first-family';
  message: string;
  variableId?: string;
  variableName?: string;
  collectionName?: string;
  /** The mode it concerns, by name, when it is one mode's value. */
  modeName?: string;
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
  options: {
    remUnits: boolean;
    libraryVariables: LibraryVariables;
    deletedVariables: DeletedVariables;
  };
}

/** Library (remote) variables: left out, or their resolved values copied into local aliases. */
export type LibraryVariables = 'skip' | 'inline';
/** Deleted-but-referenced variables: left out, or exported apart and marked. */
export type DeletedVariables = 'skip' | 'separate';
