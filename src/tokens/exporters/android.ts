/**
 * Android XML resources (colours `#AARRGGBB`, dimensions in dp — sp for font sizes — floats,
 * integers, strings, bools, typography as TextView styles) with aliases kept as
 * `@color/target` references. One dark-like mode per collection goes to `values-night/` (an
 * override set); every other non-default mode gets complete resources with a `_<mode>` suffix.
 * Resource names are unique per resource type across all folders, because references
 * (`@color/x`) and `values-night` overrides match by name.
 */
import type {
  ConversionWarning,
  Literal,
  ModelCollection,
  ModelMode,
  ModelToken,
  TokenModel,
  TokenValue,
} from '../model.ts';
import { androidResourceName } from '../names.ts';
import { createResolver } from '../resolve.ts';
import type { CodeSyntaxOption } from './code-syntax.ts';
import { codeSyntaxNamer } from './code-syntax.ts';
import { NameScope, tokenOwner } from './name-scope.ts';
import type { OutputFile } from './shared.ts';
import {
  collectionsWithTokens,
  differsFromDefault,
  escapeControls,
  GENERATED,
  hex4,
  hexArgb,
  isDarkMode,
  num,
  plainNumber,
  sameData,
  someNames,
  wholeMilliseconds,
} from './shared.ts';
import { isColor } from '../color.ts';
import { defaultValue } from './mode-blocks.ts';
import { androidUnit } from './android-unit.ts';
import {
  createTypographyResolver,
  finite,
  genericFamily,
  pxOf,
  warnNamedFamilies,
  warnTooLarge,
  weightOf,
} from './resolved-typography.ts';
import type { ResolvedTypography } from './resolved-typography.ts';

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Android string resources also treat backslashes, quotes, apostrophes, a leading @ or ? and
 * outer whitespace specially; control characters become `\uXXXX`, which aapt decodes.
 */
export function androidString(value: string): string {
  const escaped = xmlText(value)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/'/g, "\\'")
    .replace(/^([@?])/, '\\$1')
    .replace(/^ | $/g, '\\u0020');
  return escapeControls(escaped, (code) =>
    code === 10 ? '\\n' : code === 9 ? '\\t' : `\\u${hex4(code)}`,
  );
}

type ResourceType = 'color' | 'dimen' | 'bool' | 'integer' | 'string' | 'item' | 'style';

function resourceType(token: ModelToken): ResourceType {
  if (token.type === 'typography') return 'style';
  if (token.type === 'color') return 'color';
  if (token.type === 'dimension') return 'dimen';
  if (token.type === 'boolean') return 'bool';
  if (token.type === 'fontWeight' || token.type === 'duration') return 'integer';
  if (token.type === 'string' || token.type === 'fontFamily') return 'string';
  return 'item';
}

/**
 * Whether an alias is written as its value: a reference must name a resource of its own type.
 * An <integer> is no @dimen, and a float <item type="dimen"> and a <dimen> share @dimen/ but not
 * their format (Resources.getDimension throws on a float). A font size in sp aliasing a length
 * in dp would be dp through the reference, so it holds its value in sp.
 */
function inlined(token: ModelToken, value: TokenValue | undefined, model: TokenModel): boolean {
  if (value?.kind !== 'alias') return false;
  const target = model.byId.get(value.targetId);
  if (target === undefined) return false;
  if (resourceType(target) !== resourceType(token)) return true;
  return resourceType(token) === 'dimen' && androidUnit(target) !== androidUnit(token);
}

/**
 * The tokens this output writes as resolved values, which follow only their own collection's
 * modes: typography styles, and aliases written as their value.
 */
export function resolvedOnAndroid(model: TokenModel): (token: ModelToken) => boolean {
  return (token) =>
    token.type === 'typography' ||
    Object.values(token.values).some((value) => inlined(token, value, model));
}

function resourceLine(
  name: string,
  token: ModelToken,
  value: TokenValue,
  names: Map<string, string>,
  warnings: ConversionWarning[],
  model: TokenModel,
  resolved: () => Literal | undefined,
): string | undefined {
  const type = resourceType(token);
  if (value.kind === 'alias') {
    if (inlined(token, value, model)) {
      const literal = resolved();
      return literal === undefined
        ? undefined
        : resourceLine(
            name,
            token,
            { kind: 'literal', value: literal },
            names,
            warnings,
            model,
            resolved,
          );
    }
    const target = names.get(value.targetId);
    if (!target) return undefined;
    return type === 'item'
      ? `    <item name="${name}" format="float" type="dimen">@dimen/${target}</item>`
      : `    <${type} name="${name}">@${type}/${target}</${type}>`;
  }
  // Typography is a style (see textViewStyle); no other composite reaches Android.
  if (value.kind === 'composite') return undefined;
  const literal: Literal = value.value;
  if (isColor(literal)) return `    <color name="${name}">#${hexArgb(literal)}</color>`;
  if (typeof literal === 'boolean') return `    <bool name="${name}">${literal}</bool>`;
  if (typeof literal === 'string')
    return `    <string name="${name}">${androidString(literal)}</string>`;
  if (type === 'dimen')
    return `    <dimen name="${name}">${num(literal)}${androidUnit(token)}</dimen>`;
  if (type === 'integer') {
    const whole =
      token.type === 'duration'
        ? wholeMilliseconds(token, literal, 'Android', warnings)
        : Math.round(literal);
    return `    <integer name="${name}">${whole}</integer>`;
  }
  return `    <item name="${name}" format="float" type="dimen">${num(plainNumber(token, literal))}</item>`;
}

/** Android's system font for each generic family; `system-ui` is the default, so none is set. */
const ANDROID_FAMILIES: Record<string, string | undefined> = {
  'sans-serif': 'sans-serif',
  serif: 'serif',
  monospace: 'monospace',
  cursive: 'cursive',
  'system-ui': undefined,
};

/**
 * A typography token as a TextView style, with its values resolved. Android measures letter
 * spacing in ems of the text size and line height as a length, so DTCG's letter spacing is
 * divided by the font size and a unitless line height multiplied by it. Weight and line height
 * need API 28. Applied as `style="@style/…"` it sets all five; as `android:textAppearance` it
 * sets all but the line height, which TextAppearance does not carry (STYLE_NOTE says so in the
 * file).
 */
function textViewStyle(
  name: string,
  typography: ResolvedTypography,
  seen: { namedFamilies: Set<string>; unsized: string[]; tooLarge: string[] },
  tokenName: string,
): string {
  const items: [string, string][] = [];
  const generic = genericFamily(typography, seen.namedFamilies);
  const family = generic && ANDROID_FAMILIES[generic];
  if (family) items.push(['fontFamily', family]);
  const tooLarge = () => seen.tooLarge.push(tokenName);
  const size = finite(typography.fontSize && pxOf(typography.fontSize), tooLarge);
  if (size !== undefined) items.push(['textSize', `${num(size)}sp`]);
  const weight = weightOf(typography);
  if (weight !== undefined) items.push(['textFontWeight', String(weight)]);
  const spacing = finite(typography.letterSpacing && pxOf(typography.letterSpacing), tooLarge);
  if (spacing === 0) items.push(['letterSpacing', '0']);
  else if (spacing !== undefined && size) {
    // Finite lengths can still make an infinite ratio (1e308px over 0.5px).
    const ems = finite(spacing / size, tooLarge);
    if (ems !== undefined) items.push(['letterSpacing', num(ems)]);
  } else if (spacing !== undefined) seen.unsized.push(tokenName);
  const lineHeight = typography.lineHeight;
  const lineHeightPx = finite(
    typeof lineHeight === 'object'
      ? pxOf(lineHeight)
      : lineHeight !== undefined && size !== undefined
        ? lineHeight * size
        : undefined,
    tooLarge,
  );
  if (lineHeightPx !== undefined) items.push(['lineHeight', `${num(lineHeightPx)}sp`]);
  else if (typeof lineHeight === 'number' && size === undefined) seen.unsized.push(tokenName);
  return [
    `    <style name="${name}">`,
    ...items.map(
      ([attribute, value]) => `        <item name="android:${attribute}">${value}</item>`,
    ),
    '    </style>',
  ].join('\n');
}

const STYLE_NOTE =
  '    <!-- Typography: apply a style with style="@style/…" on a TextView. As android:textAppearance it sets all but android:lineHeight, which TextAppearance does not carry. -->';

function warnUnsized(tokenNames: string[], warnings: ConversionWarning[]) {
  if (tokenNames.length === 0) return;
  const names = [...new Set(tokenNames)];
  warnings.push({
    code: 'composite-not-written',
    message: `Android XML: letter spacing or line height of ${someNames(names)} is not in its style: Android measures them against the font size, which is 0 or missing.`,
  });
}

/** The one mode per collection that `values-night/` holds: a mode named just Dark/Night, else the first dark-like. */
function nightMode(collection: ModelCollection): ModelMode | undefined {
  // A dark default already answers at night once a light mode takes values-notnight; another
  // dark mode in values-night would leave the default reachable on no device.
  if (dayMode(collection)) return undefined;
  const candidates = collection.modes.filter(
    (mode) => mode.id !== collection.defaultModeId && isDarkMode(mode.name),
  );
  return candidates.find((mode) => /^\s*(dark|night)\s*$/i.test(mode.name)) ?? candidates[0];
}

/**
 * With a dark default (Figma's default is simply the first mode), `values/` holds the dark values
 * and a Light/Day mode goes to `values-notnight/`, Android's day qualifier, instead of a suffix.
 */
function dayMode(collection: ModelCollection): ModelMode | undefined {
  const fallback = collection.modes.find((mode) => mode.id === collection.defaultModeId);
  if (!fallback || !isDarkMode(fallback.name)) return undefined;
  return collection.modes.find(
    (mode) => mode.id !== fallback.id && /^\s*(light|day)\s*$/i.test(mode.name),
  );
}

interface ModePlacement {
  /** `values`, `values-night`, `values-notnight`, or a locale's (`values-tr`, `values-pt-rBR`). */
  folder: string;
  /** Empty for the default mode and the night mode; else `_<mode>`. */
  suffix: string;
}

/** ISO 639-1: the language codes Android's `values-<lang>` folders take. */
const LANGUAGES = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da ' +
    'de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy ' +
    'hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg ' +
    'li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or ' +
    'os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta ' +
    'te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
  ).split(' '),
);

/**
 * Whether the modes of this collection name languages ("En", "Tr", "pt-BR"), so Android picks its
 * strings from `values-tr/` by the device's locale. Only a collection of text (and typography)
 * whose default names a language too: "SM" or "LG" among sizes, or "SM" beside "Long" in short
 * copy, is not Samoan.
 */
function speaksLanguages(collection: ModelCollection, tokens: readonly ModelToken[]): boolean {
  // Typography may change per language too (a script's own font): a style in values-ar is fine.
  const text = (token: ModelToken) =>
    token.resolvedType === 'STRING' || token.type === 'typography';
  if (!tokens.some((token) => token.resolvedType === 'STRING') || !tokens.every(text)) return false;
  const fallback = collection.modes.find((m) => m.id === collection.defaultModeId);
  return fallback !== undefined && languageOf(fallback.name) !== undefined;
}

/** `values-tr`, `values-pt-rBR` for a mode named by a language; undefined otherwise. */
function localeFolder(mode: ModelMode): string | undefined {
  const match = languageOf(mode.name);
  if (!match) return undefined;
  return match.region ? `values-${match.language}-r${match.region}` : `values-${match.language}`;
}

function languageOf(name: string): { language: string; region?: string } | undefined {
  const match = /^\s*([a-z]{2})(?:[-_]([a-z]{2}))?\s*$/i.exec(name);
  const language = match?.[1]?.toLowerCase();
  if (!language || !LANGUAGES.has(language)) return undefined;
  return match![2] ? { language, region: match![2].toUpperCase() } : { language };
}

function placeModes(
  collection: ModelCollection,
  tokens: readonly ModelToken[],
  warnings: ConversionWarning[],
): Map<string, ModePlacement> {
  const night = nightMode(collection);
  const day = dayMode(collection);
  const placements = new Map<string, ModePlacement>();
  const languages = speaksLanguages(collection, tokens);
  const locales = new Set<string>();
  for (const mode of collection.modes) {
    // One mode per folder: a second "en" would define every resource twice.
    const wanted = languages ? localeFolder(mode) : undefined;
    const locale = wanted && !locales.has(wanted) ? wanted : undefined;
    if (locale) locales.add(locale);
    if (mode.id === collection.defaultModeId) {
      placements.set(mode.id, { folder: 'values', suffix: '' });
    } else if (mode.id === night?.id) {
      placements.set(mode.id, { folder: 'values-night', suffix: '' });
    } else if (mode.id === day?.id) {
      placements.set(mode.id, { folder: 'values-notnight', suffix: '' });
    } else if (locale) {
      placements.set(mode.id, { folder: locale, suffix: '' });
    } else {
      const suffix = `_${androidResourceName([mode.slug])}`;
      placements.set(mode.id, { folder: 'values', suffix });
      warnings.push({
        code: 'selector-fallback',
        message: !isDarkMode(mode.name)
          ? `Android has no resource qualifier for mode “${mode.name}” of “${collection.name}”; its resources end in ${suffix}.`
          : night
            ? `Android: only one mode of “${collection.name}” can be values-night (“${night.name}”); mode “${mode.name}” has resources ending in ${suffix} instead.`
            : `Android: the default mode of “${collection.name}” is dark and “${day?.name ?? ''}” is values-notnight, so the default serves night; mode “${mode.name}” has resources ending in ${suffix} instead.`,
        collectionName: collection.name,
      });
    }
  }
  return placements;
}

/** Resources share one namespace per type (`color`, `dimen`…), across every values folder. */
class ResourceNames {
  private readonly scopes = new Map<string, NameScope>();
  constructor(private readonly warnings: ConversionWarning[]) {}

  claim(token: ModelToken, collection: ModelCollection, wanted: string): string {
    const type = resourceType(token) === 'item' ? 'dimen' : resourceType(token);
    let scope = this.scopes.get(type);
    if (!scope) {
      scope = new NameScope(`Android @${type}`, this.warnings);
      this.scopes.set(type, scope);
    }
    return scope.claim(wanted, tokenOwner(token, collection), (suffix) => `${wanted}_${suffix}`);
  }
}

export function buildAndroidXml(
  model: TokenModel,
  options: CodeSyntaxOption = {},
  warnings: ConversionWarning[] = [],
): OutputFile[] {
  const resources = new ResourceNames(warnings);
  const resolve = createResolver(model);
  const typographyOf = createTypographyResolver(model);
  const seen = {
    namedFamilies: new Set<string>(),
    unsized: [] as string[],
    tooLarge: [] as string[],
  };
  const groups = collectionsWithTokens(model);
  const names = new Map<string, string>();
  const designedName = codeSyntaxNamer(model.tokens, 'ANDROID', options);
  for (const { collection, tokens } of groups) {
    for (const token of tokens) {
      const designed = designedName(token);
      const parts = designed ? [designed] : [collection.slug, ...token.slugPath];
      names.set(token.id, resources.claim(token, collection, androidResourceName(parts)));
    }
  }
  const files = new Map<string, string[]>([['android/res/values/tokens.xml', []]]);
  const noted = new Set<string>();
  for (const { collection, tokens } of groups) {
    const placements = placeModes(collection, tokens, warnings);
    for (const mode of collection.modes) {
      const { folder, suffix } = placements.get(mode.id) ?? { folder: 'values', suffix: '' };
      const path = `android/res/${folder}/tokens.xml`;
      const lines = files.get(path) ?? [];
      for (const token of tokens) {
        // values/ is the fallback for every qualifier, so it needs a value (see default-mode.ts).
        const value =
          mode.id === collection.defaultModeId
            ? defaultValue(token, collection)
            : token.values[mode.id];
        if (!value) continue;
        // Qualified folders only override; suffixed resources must be complete.
        const overrideOnly = folder !== 'values';
        if (token.type === 'typography') {
          const typography = typographyOf(token, mode.id);
          if (!typography) continue;
          if (overrideOnly && sameData(typography, typographyOf(token, collection.defaultModeId)))
            continue;
          const base = names.get(token.id) ?? '';
          const name = suffix ? resources.claim(token, collection, `${base}${suffix}`) : base;
          if (!noted.has(path)) lines.push(STYLE_NOTE);
          noted.add(path);
          lines.push(textViewStyle(name, typography, seen, token.name));
          continue;
        }
        // An alias written as its value changes with its target's mode, which the alias itself
        // does not show.
        const changes =
          differsFromDefault(token, collection, mode.id) ||
          (inlined(token, value, model) &&
            !sameData(resolve(token, mode.id), resolve(token, collection.defaultModeId)));
        if (overrideOnly && !changes) continue;
        const base = names.get(token.id) ?? '';
        const name = suffix ? resources.claim(token, collection, `${base}${suffix}`) : base;
        const line = resourceLine(name, token, value, names, warnings, model, () =>
          resolve(token, mode.id),
        );
        if (line) lines.push(line);
      }
      files.set(path, lines);
    }
  }
  warnNamedFamilies(
    seen.namedFamilies,
    'Android XML',
    "Android loads from your app's res/font: each style holds the stack's generic family (if any); set android:fontFamily to a font resource of your own.",
    warnings,
  );
  warnUnsized(seen.unsized, warnings);
  warnTooLarge(seen.tooLarge, 'Android XML', warnings);
  return [...files].map(([path, lines]) => ({
    path,
    contents: `<?xml version="1.0" encoding="utf-8"?>\n<!-- ${GENERATED} -->\n<resources>\n${lines.join('\n')}\n</resources>\n`,
    mediaType: 'application/xml',
  }));
}
