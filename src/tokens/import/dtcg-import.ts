/**
 * DTCG → Figma variables input. Tokenport's own export restores Figma's ids from
 * `$extensions["com.figma"]`; other DTCG files get stable ids derived from their paths.
 * Tokens of types Figma cannot hold (shadow, typography…) are kept apart (dtcg-composites.ts)
 * for the outputs that can write them.
 */
import type {
  LocalVariable,
  LocalVariableCollection,
  VariableComposedColor,
} from '@figma/rest-api-spec';
import type {
  DtcgComposedColor,
  DtcgComposedPart,
  DtcgExport,
  DtcgToken,
} from '../dtcg/read-types.ts';
import { isValueAsExported } from '../dtcg/read-provenance.ts';
import { dtcgLiteralToFigma, resolvedTypeForDtcgType } from '../dtcg/read-values.ts';
import type { FigmaResolvedType } from '../dtcg/read-values.ts';
import { childPath, getOwn, isRecord, setOwn } from './errors.ts';
import type { ImportWarning } from './errors.ts';
import { CSS_COLOR_SPACES } from '../exporters/css-color.ts';
import { listsText } from '../font-lists.ts';
import type {
  AsWritten,
  CompositeInput,
  WrittenColor,
  DeclaredType,
  DtcgExtras,
  FigmaVariablesInput,
} from '../model.ts';
import { indexByPath } from '../dtcg/read-references.ts';
import { compositesOf, isCompositeType, referencesIn } from './dtcg-composites.ts';

/** The Figma type of a token: its extension, its `$type`, or its alias target's. */
export function resolvedTypeOfToken(
  data: DtcgExport,
  token: DtcgToken,
  seen = new Set<string>(),
): FigmaResolvedType | undefined {
  if (token.figma?.resolvedType) return token.figma.resolvedType;
  const literal = Object.values(token.values).find((value) => value.kind === 'literal');
  const fromType = resolvedTypeForDtcgType(
    token.type,
    literal?.kind === 'literal' ? literal.value : undefined,
  );
  if (fromType) return fromType;
  if (seen.has(token.key)) return undefined;
  seen.add(token.key);
  for (const value of Object.values(token.values)) {
    if (value.kind !== 'alias') continue;
    const target = getOwn(data.tokens, value.targetKey);
    const type = target ? resolvedTypeOfToken(data, target, seen) : undefined;
    if (type) return type;
  }
  return undefined;
}

/** A problem with the token, or with its value in one mode (then located where that was read). */
type Warn = (code: string, message: string, modeId?: string) => void;

function collectionsOf(data: DtcgExport, input: FigmaVariablesInput) {
  const collections = new Map<string, LocalVariableCollection>();
  for (const collection of data.collections) {
    const out: LocalVariableCollection = {
      id: collection.key,
      name: collection.name,
      key: '',
      modes: collection.modes.map((mode) => ({ modeId: mode.key, name: mode.name })),
      defaultModeId: collection.defaultModeKey,
      remote: false,
      hiddenFromPublishing: collection.hiddenFromPublishing ?? false,
      variableIds: [],
    };
    collections.set(collection.key, out);
    setOwn(input.variableCollections, out.id, out);
  }
  return collections;
}

/** Which tokens Figma can hold, decided before any alias to them is built. */
function figmaTypesOf(data: DtcgExport, warnings: ImportWarning[]) {
  const kept = new Map<string, FigmaResolvedType>();
  for (const token of Object.values(data.tokens)) {
    const type = resolvedTypeOfToken(data, token);
    if (type) kept.set(token.key, type);
    else if (!isCompositeType(token.type)) {
      warnings.push({
        code: 'unsupported-type',
        message: `$type "${token.type ?? 'none'}" has no Figma variable type; skipped`,
        file: token.source.file,
        jsonPath: token.source.jsonPath,
        variable: token.name,
      });
    }
  }
  return kept;
}

/**
 * A composed colour the export recorded (a colour linked to an opacity) whose `$value` is still
 * the one exported: read back as the link, so it keeps following both. An edited `$value` is the
 * user's colour and is read as written.
 */
function composedOf(
  composed: DtcgComposedColor,
  kept: Map<string, FigmaResolvedType>,
): VariableComposedColor | undefined {
  const part = (side: DtcgComposedPart, type: FigmaResolvedType) => {
    if (side.kind === 'alias')
      return kept.get(side.targetKey) === type
        ? { type: 'VARIABLE_ALIAS' as const, id: side.targetKey }
        : undefined;
    return dtcgLiteralToFigma(type === 'COLOR' ? 'color' : 'number', side.value, type, () => {});
  };
  const color = part(composed.color, 'COLOR');
  const opacity = part(composed.opacity, 'FLOAT');
  if (color === undefined || opacity === undefined) return undefined;
  return { color, opacity } as VariableComposedColor;
}

/** A fontFamily list of more than one family. */
function fontStackOf(value: unknown): string[] | undefined {
  return Array.isArray(value) &&
    value.length > 1 &&
    value.every((family) => typeof family === 'string')
    ? (value as string[])
    : undefined;
}

/** A colour in a space CSS can write other than sRGB, as written. */
function writtenColorOf(value: unknown): WrittenColor | undefined {
  if (!isRecord(value) || typeof value.colorSpace !== 'string' || value.colorSpace === 'srgb')
    return undefined;
  if (!CSS_COLOR_SPACES.has(value.colorSpace) || !Array.isArray(value.components)) return undefined;
  const components = value.components as unknown[];
  if (!components.every((c) => typeof c === 'number' || c === 'none')) return undefined;
  return {
    colorSpace: value.colorSpace,
    components: components as WrittenColor['components'],
    ...(typeof value.alpha === 'number' ? { alpha: value.alpha } : {}),
    ...(typeof value.hex === 'string' ? { hex: value.hex } : {}),
  };
}

/** The number of a `{value, unit: "rem"}` dimension. */
function remOf(value: unknown): number | undefined {
  return isRecord(value) && value.unit === 'rem' && typeof value.value === 'number'
    ? value.value
    : undefined;
}

/** The token's value per mode as Figma holds it, or undefined (with a warning) when it can't be. */
function figmaValuesOf(
  token: DtcgToken,
  collection: LocalVariableCollection,
  resolvedType: FigmaResolvedType,
  kept: Map<string, FigmaResolvedType>,
  warn: Warn,
  asWritten: Record<string, AsWritten>,
): LocalVariable['valuesByMode'] | undefined {
  const valuesByMode: LocalVariable['valuesByMode'] = {};
  for (const mode of collection.modes) {
    const value = getOwn(token.values, mode.modeId);
    // A value the export filled in for a mode Figma left empty, untouched since: left empty
    // again, so the conversion fills (and marks) it as it did the first time.
    if (!value || (value.filled && isValueAsExported(value))) continue;
    if (value.kind === 'alias') {
      const targetType = kept.get(value.targetKey);
      if (!targetType) {
        warn(
          'alias-target-skipped',
          `aliases {${value.targetPath}}, which was skipped; skipped too`,
        );
        return undefined;
      }
      if (targetType !== resolvedType) {
        warn(
          'alias-type-mismatch',
          `a ${resolvedType} token cannot alias the ${targetType} token {${value.targetPath}}; skipped`,
        );
        return undefined;
      }
      setOwn(valuesByMode, mode.modeId, { type: 'VARIABLE_ALIAS', id: value.targetKey });
      continue;
    }
    if (value.composed && isValueAsExported(value)) {
      const composed = composedOf(value.composed, kept);
      if (composed) {
        setOwn(valuesByMode, mode.modeId, composed);
        continue;
      }
    }
    // Figma holds one font family and px numbers; the value as written is kept beside them. A
    // list Figma holds as one text (see convert/font-lists.ts), unedited, is that text again.
    const listed = resolvedType === 'STRING' ? fontStackOf(value.value) : undefined;
    const figmaText =
      listed && value.figmaText !== undefined && listsText(listed, value.figmaText)
        ? value.figmaText
        : undefined;
    const stack = figmaText === undefined ? listed : undefined;
    const rem = token.type === 'dimension' ? remOf(value.value) : undefined;
    const color = resolvedType === 'COLOR' ? writtenColorOf(value.value) : undefined;
    // Left as exported, a value copied in from a library variable still says where it came from.
    const library = value.libraryAlias && isValueAsExported(value) ? value.libraryAlias : undefined;
    const form: AsWritten = {
      ...(stack ? { fontStack: stack } : {}),
      ...(rem !== undefined ? { rem: true as const } : {}),
      ...(color ? { color } : {}),
      ...(library ? { libraryAlias: library } : {}),
    };
    if (Object.keys(form).length > 0) setOwn(asWritten, mode.modeId, form);
    const raw =
      figmaText ??
      stack?.[0] ??
      (rem !== undefined ? { value: rem * 16, unit: 'px' } : value.value);
    const literal = dtcgLiteralToFigma(token.type, raw, resolvedType, (p) =>
      warn(
        p.code,
        // Figma and the native outputs get the sRGB colour; CSS, JS and DTCG the one written.
        color && (p.code === 'out-of-gamut' || p.code === 'color-none')
          ? `${p.message}; CSS, SCSS, JS, Tailwind and DTCG keep it as written`
          : p.message,
        mode.modeId,
      ),
    );
    if (literal === undefined) {
      warn(
        'value-skipped',
        `the value for mode "${mode.name}" cannot be converted; the token was skipped`,
        mode.modeId,
      );
      return undefined;
    }
    setOwn(valuesByMode, mode.modeId, literal);
  }
  // A mode the files give no value for stays empty, as in Figma's own data: the conversion
  // fills and marks it, or names it, so no value is made up unseen (the reader already warned).
  if (Object.keys(valuesByMode).length === 0) {
    warn('no-values', 'no value in any mode; skipped');
    return undefined;
  }
  return valuesByMode;
}

/**
 * The type the file declares, for the conversion to keep rather than infer: "MUST NOT attempt to
 * guess the type of a token" (DTCG 2025.10). Figma's sync files type every FLOAT `number` and every
 * STRING `string`, which says nothing, so there the type is still inferred. A duration is held as
 * a number of milliseconds.
 */
function declaredTypeOf(token: DtcgToken, figmaSync: boolean): DeclaredType | undefined {
  switch (token.type) {
    case 'dimension':
    case 'fontWeight':
    case 'fontFamily':
    case 'duration':
      return token.type;
    case 'number':
    case 'string':
      return figmaSync ? undefined : token.type;
    default:
      return undefined;
  }
}

function extrasOf(
  token: DtcgToken,
  byPath: () => ReadonlyMap<string, readonly DtcgToken[]>,
): DtcgExtras | undefined {
  // Tokenport marks a deleted-but-referenced variable deprecated itself (from com.figma).
  const deprecated = token.figma?.deletedButReferenced ? undefined : token.deprecated;
  if (deprecated === undefined && !token.extensions) return undefined;
  // `{a.b}` strings inside other tools' `$extensions` (Terrazzo's per-mode values, say) are
  // references by DTCG's syntax: found by where they sit, so the export points them at the
  // token's new path as it does `$value` (else the output names paths it no longer has).
  const references = token.extensions ? referencesIn(token.extensions, token, byPath).found : [];
  return {
    ...(deprecated !== undefined ? { deprecated } : {}),
    ...(token.extensions ? { extensions: token.extensions } : {}),
    ...(references.length > 0 ? { extensionReferences: references } : {}),
  };
}

/**
 * Terrazzo's convention for modes, `$extensions.mode: {light: …, dark: …}` beside `$value`: modes
 * here come from files, folders and resolvers, so CSS and code hold `$value` alone. The DTCG
 * export keeps the extension (its references followed), which is said per file.
 */
function warnModeExtensions(
  data: DtcgExport,
  kept: ReadonlyMap<string, FigmaResolvedType>,
  warnings: ImportWarning[],
) {
  const perFile = new Map<string, { tokens: number; modes: Set<string> }>();
  for (const token of Object.values(data.tokens)) {
    const modes = token.extensions && getOwn(token.extensions, 'mode');
    // An empty `mode: {}` gives no mode a value: nothing is left out.
    if (!kept.has(token.key) || !isRecord(modes) || Object.keys(modes).length === 0) continue;
    const entry = perFile.get(token.source.file) ?? { tokens: 0, modes: new Set<string>() };
    entry.tokens += 1;
    for (const mode of Object.keys(modes)) entry.modes.add(mode);
    perFile.set(token.source.file, entry);
  }
  for (const [file, { tokens, modes }] of perFile)
    warnings.push({
      code: 'mode-extension',
      message: `${tokens} token(s) give values per mode in $extensions.mode (${[...modes].join(', ')}), Terrazzo's convention: CSS and code get only $value, and the DTCG export keeps the extension. For modes everywhere, give each mode its own file or use a resolver`,
      file,
      jsonPath: '$',
    });
}

const isAliasValue = (value: unknown): value is { type: 'VARIABLE_ALIAS'; id: string } =>
  typeof value === 'object' && value !== null && 'type' in value && value.type === 'VARIABLE_ALIAS';

/** A token skipped late (bad value) can leave aliases to it dangling; drop those, loudly. */
function dropDanglingAliases(
  input: FigmaVariablesInput,
  collections: Map<string, LocalVariableCollection>,
  warnings: ImportWarning[],
) {
  let changed = true;
  while (changed) {
    changed = false;
    for (const variable of Object.values(input.variables)) {
      const dangling = Object.values(variable.valuesByMode).some(
        (value) => isAliasValue(value) && !getOwn(input.variables, value.id),
      );
      if (!dangling) continue;
      warnings.push({
        code: 'alias-target-skipped',
        message: 'aliases a token that was skipped; skipped too',
        variable: variable.name,
      });
      delete (input.variables as Record<string, LocalVariable>)[variable.id];
      const collection = collections.get(variable.variableCollectionId);
      if (collection)
        collection.variableIds = collection.variableIds.filter((id) => id !== variable.id);
      changed = true;
    }
  }
}

/**
 * Each composite's place among the kept tokens of its own collection, as the files list them.
 * Never after another collection's token: a later resolver set's override sits in the slot of
 * the token it overrides, which a re-read of the export (a file per set) does not reproduce.
 */
function placeInFileOrder(
  data: DtcgExport,
  input: FigmaVariablesInput,
  composites: Record<string, CompositeInput>,
) {
  const previousIn = new Map<string, string>();
  for (const key of Object.keys(data.tokens)) {
    const composite = getOwn(composites, key);
    const collectionId =
      composite?.variableCollectionId ?? getOwn(input.variables, key)?.variableCollectionId;
    if (collectionId === undefined) continue;
    const previous = previousIn.get(collectionId);
    if (composite && previous !== undefined) composite.after = previous;
    previousIn.set(collectionId, key);
  }
}

export function dtcgExportToFigmaInput(
  data: DtcgExport,
  warnings: ImportWarning[],
): FigmaVariablesInput {
  const input: FigmaVariablesInput = { variables: {}, variableCollections: {} };
  const collections = collectionsOf(data, input);
  const syncCollections = new Set(data.collections.filter((c) => c.figmaSync).map((c) => c.key));
  const declaredTypes: Record<string, DeclaredType> = {};
  const dtcgExtras: Record<string, DtcgExtras> = {};
  const inheritedVariables: Record<string, string> = {};
  const asWritten: Record<string, Record<string, AsWritten>> = {};
  const kept = figmaTypesOf(data, warnings);
  let index: ReadonlyMap<string, readonly DtcgToken[]> | undefined;
  const byPath = () => (index ??= indexByPath(data.tokens));
  for (const token of Object.values(data.tokens)) {
    const resolvedType = kept.get(token.key);
    const collection = collections.get(token.collectionKey);
    if (!resolvedType || !collection) continue;
    const warn: Warn = (code, message, modeId) => {
      const site = modeId === undefined ? undefined : data.sites?.get(token.key)?.get(modeId);
      warnings.push({
        code,
        message,
        file: site?.file ?? token.source.file,
        jsonPath: site?.jsonPath ?? childPath(token.source.jsonPath, '$value'),
        variable: token.name,
      });
    };
    const written: Record<string, AsWritten> = {};
    const valuesByMode = figmaValuesOf(token, collection, resolvedType, kept, warn, written);
    if (!valuesByMode) {
      kept.delete(token.key);
      continue;
    }
    const variable: LocalVariable = {
      id: token.key,
      name: token.name,
      key: '',
      variableCollectionId: collection.id,
      resolvedType,
      valuesByMode,
      remote: token.figma?.remote ?? false,
      description: token.description ?? '',
      hiddenFromPublishing: token.figma?.hiddenFromPublishing ?? false,
      scopes: token.figma?.scopes ?? ['ALL_SCOPES'],
      codeSyntax: token.figma?.codeSyntax ?? {},
    };
    if (token.figma?.deletedButReferenced) variable.deletedButReferenced = true;
    setOwn(input.variables, variable.id, variable);
    collection.variableIds.push(variable.id);
    const declared = declaredTypeOf(token, syncCollections.has(token.collectionKey));
    if (declared) setOwn(declaredTypes, variable.id, declared);
    const extras = extrasOf(token, byPath);
    if (extras) setOwn(dtcgExtras, variable.id, extras);
    if (token.figma?.inheritedVariableId)
      setOwn(inheritedVariables, variable.id, token.figma.inheritedVariableId);
    if (Object.keys(written).length > 0) setOwn(asWritten, variable.id, written);
  }
  dropDanglingAliases(input, collections, warnings);
  const composites = compositesOf(data, input, byPath, warnings);
  for (const composite of Object.values(composites)) {
    const extras = extrasOf(getOwn(data.tokens, composite.id)!, byPath);
    if (extras) setOwn(dtcgExtras, composite.id, extras);
  }
  if (Object.keys(composites).length > 0) {
    placeInFileOrder(data, input, composites);
    input.composites = composites;
  }
  warnModeExtensions(data, kept, warnings);
  if (Object.keys(declaredTypes).length > 0) input.declaredTypes = declaredTypes;
  if (Object.keys(dtcgExtras).length > 0) input.dtcgExtras = dtcgExtras;
  if (Object.keys(inheritedVariables).length > 0) input.inheritedVariables = inheritedVariables;
  if (Object.keys(asWritten).length > 0) input.asWritten = asWritten;
  return input;
}
