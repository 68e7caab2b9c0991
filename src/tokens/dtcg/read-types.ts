/**
 * The normalized view of a DTCG export (ours or anyone's) that diff and write-back work on.
 */
import type { VariableCodeSyntax, VariableScope } from '@figma/rest-api-spec';
import type { ImportWarning } from '../import/errors.ts';
import type { FigmaResolvedType } from './read-values.ts';
import type { LibraryAliasSource } from '../model.ts';

/** What Tokenport writes under `$extensions["com.figma"]` on each token. */
export interface FigmaTokenExtension {
  variableId?: string;
  collectionId?: string;
  collectionName?: string;
  name?: string;
  resolvedType?: FigmaResolvedType;
  scopes?: VariableScope[];
  codeSyntax?: VariableCodeSyntax;
  hiddenFromPublishing?: boolean;
  modeId?: string;
  remote?: boolean;
  /** Deleted in Figma but still referenced: never written back. */
  deletedButReferenced?: boolean;
  /** An extended collection's view of this inherited variable: not a variable of its own. */
  inheritedVariableId?: string;
  /** A string `$value` that looks like a reference but is Figma text. */
  literalText?: boolean;
}

export interface DtcgMode {
  /** Figma mode id when known, else a stable synthesized key. */
  key: string;
  /** Figma's mode id, only when the files carry it. */
  id?: string;
  slug: string;
  name: string;
  /** The files did not name this mode (a plain set or file); its name was made up. */
  synthesized?: boolean;
}

export interface DtcgCollection {
  /** Figma collection id when known, else a stable synthesized key. */
  key: string;
  id?: string;
  slug: string;
  name: string;
  modes: DtcgMode[];
  defaultModeKey: string;
  hiddenFromPublishing?: boolean;
  /** Read from Figma's `<Collection>.<Mode>.json` sync files, which type every FLOAT `number`. */
  figmaSync?: true;
}

/** One side of a composed colour: a link to another token, or a literal. */
export type DtcgComposedPart =
  { kind: 'alias'; targetKey: string; targetPath: string } | { kind: 'literal'; value: unknown };

/** Figma's composed colour as the export records it in `$extensions["com.figma"].composed`. */
export interface DtcgComposedColor {
  color: DtcgComposedPart;
  opacity: DtcgComposedPart;
  /** The export's stamp of the link and opacity as it wrote them. */
  stamp?: string;
}

/** Where a value came from, as the export recorded it per mode. */
export interface DtcgValueProvenance {
  /** Figma had no value for this mode; the export filled it from the default mode. */
  filled?: true;
  /** The export's stamp of a derived `$value` (filled, or a composed colour's resolved colour). */
  stamp?: string;
  /** The library variable whose value the export copied in (Figma holds an alias to it). */
  libraryAlias?: LibraryAliasSource;
  /** Figma's text of a font list the export wrote as an array (see convert/font-lists.ts). */
  figmaText?: string;
}

export type DtcgTokenValue =
  | ({
      kind: 'literal';
      value: unknown;
      /** The `$value` is this composed colour's resolved colour. */
      composed?: DtcgComposedColor;
    } & DtcgValueProvenance)
  /** An alias, already resolved to the target token's key (its variable id or path key). */
  | ({ kind: 'alias'; targetKey: string; targetPath: string } & DtcgValueProvenance);

export interface DtcgToken {
  /** Variable id when known, else `path:<dotted path>`. */
  key: string;
  variableId?: string;
  /** Full token path including the collection group, e.g. ["primitives","color","blue","500"]. */
  path: string[];
  /** `path` joined with dots, as written in aliases. */
  pathString: string;
  collectionKey: string;
  /** The Figma variable name (original name from the extension, else the path joined with `/`). */
  name: string;
  /** `$type`, own, inherited from a group or from the alias target. */
  type?: string;
  /** Values keyed by mode key. */
  values: Record<string, DtcgTokenValue>;
  description?: string;
  /** The files do not say (Figma's own export may leave descriptions out): a write-back keeps Figma's. */
  descriptionUnknown?: true;
  deprecated?: boolean | string;
  figma?: FigmaTokenExtension;
  /** `$extensions` other than `com.figma`, kept so they are never lost. */
  extensions?: Record<string, unknown>;
  source: { file: string; jsonPath: string };
  /**
   * A later resolver layer sets this path again but leaves some of its contexts unset: this token
   * is what those contexts fall through to (by alias), not what the path names, so references and
   * lookups by path find the later token.
   */
  overridden?: true;
}

export interface DtcgExport {
  /** `tokenport` when Figma ids were found in the files, `dtcg` for any other DTCG input. */
  origin: 'tokenport' | 'dtcg';
  collections: DtcgCollection[];
  /** Keyed by token key (variable id, falling back to `path:<dotted path>`), in file order. */
  tokens: Record<string, DtcgToken>;
  warnings: ImportWarning[];
  /**
   * Where each token's value per mode was read (token key → mode key → place), when a mode's
   * value came from another file than the token's first occurrence (resolver contexts).
   */
  sites?: ReadonlyMap<string, ReadonlyMap<string, { file: string; jsonPath: string }>>;
}
