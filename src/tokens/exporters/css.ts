/**
 * CSS custom properties: each collection's default mode on `:root`, then one block per other mode
 * (see mode-blocks.ts for what a block holds). Aliases stay `var(--target)`, so the cascade
 * reproduces Figma's per-collection modes (set `data-<collection>="<mode>"` on any element).
 * Names are unique in the file: `a/b/c` in collection "X" and `b/c` in collection "X a" would
 * both be `--x-a-b-c`; the later one is renamed with a warning.
 */
import type { ModeSelector } from '../catalog.ts';
import { colorSchemeOwner, modeSelectorText } from '../catalog.ts';
import type {
  CompositeType,
  CompositeValue,
  ConversionWarning,
  Literal,
  LiteralTokenValue,
  ModelCollection,
  ModelMode,
  ModelToken,
  TokenModel,
  TokenValue,
} from '../model.ts';
import { cssIdent } from '../names.ts';
import type { CodeSyntaxOption } from './code-syntax.ts';
import { codeSyntaxName } from './code-syntax.ts';
import type { Declaration } from './mode-blocks.ts';
import {
  defaultValue,
  planModeBlocks,
  renderRule,
  warnSharedModeSelectors,
} from './mode-blocks.ts';
import { NameScope, tokenOwner } from './name-scope.ts';
import type { OutputFile } from './shared.ts';
import {
  collectionsWithTokens,
  escapeControls,
  GENERATED,
  hexRgba,
  num,
  safeComment,
  plainNumber,
} from './shared.ts';
import { isColor } from '../color.ts';
import { fontFamilyList } from '../font-lists.ts';
import { cssWrittenColor } from './css-color.ts';
import { compositeCss, TYPOGRAPHY_PROPERTIES } from './composite-css.ts';
import type { PartWriter, TypographyProperty } from './composite-css.ts';

export interface CssOptions extends CodeSyntaxOption {
  modeSelector?: ModeSelector;
  prefix?: string;
}

/**
 * CSS strings escape quotes and backslashes; control characters become hex escapes (a raw line
 * break would end the string), and `</` is broken so an inline `<style>` cannot be closed.
 */
export function cssString(value: string): string {
  const escaped = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/<\//g, '<\\/');
  return `"${escapeControls(escaped, (code) => `\\${code.toString(16)} `)}"`;
}

/** A font list: safe bare identifiers stay bare, every other family is quoted. */
export function cssFontFamily(value: string): string {
  return cssFontFamilies(fontFamilyList(value));
}

/**
 * Words a bare family name must not be: CSS-wide keywords would apply to the custom property
 * itself (`--f: inherit` inherits the variable), `default` is reserved (CSS Fonts 4 §2.1), and
 * Sass reads `null`, `not`, `true`, `false`, `and`, `or` as its own (`null` drops the family).
 * Quoted, each is just a name.
 */
const RESERVED_FAMILY_NAMES = new Set([
  'inherit',
  'initial',
  'unset',
  'revert',
  'revert-layer',
  'default',
  'null',
  'not',
  'true',
  'false',
  'and',
  'or',
]);

/**
 * Families as CSS lists them. A bare identifier stays bare: generic families (`sans-serif`,
 * `system-ui`) only work so, and `-apple-system` quoted names no font.
 */
export function cssFontFamilies(families: readonly string[]): string {
  return families
    .map((family) =>
      /^-?[a-zA-Z_][a-zA-Z0-9_-]*$/.test(family) && !RESERVED_FAMILY_NAMES.has(family.toLowerCase())
        ? family
        : cssString(family),
    )
    .join(', ');
}

export function cssLiteral(token: ModelToken, value: Literal, remUnits: boolean): string {
  if (isColor(value)) return hexRgba(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string')
    return token.type === 'fontFamily' ? cssFontFamily(value) : cssString(value);
  if (token.type === 'dimension')
    return value === 0 ? '0' : remUnits ? `${num(value / 16)}rem` : `${num(value)}px`;
  // Unlike a length, a zero time keeps its unit: `transition-duration: 0` is invalid.
  if (token.type === 'duration') return `${num(value)}ms`;
  return num(plainNumber(token, value));
}

/** A literal value as CSS writes it, as a DTCG file wrote it: a whole font stack, a rem length. */
export function cssOfLiteral(token: ModelToken, value: LiteralTokenValue, remUnits: boolean) {
  if (value.fontStack && token.type === 'fontFamily') return cssFontFamilies(value.fontStack);
  if (value.writtenColor) return cssWrittenColor(value.writtenColor);
  return cssLiteral(token, value.value, remUnits || value.rem === true);
}

/** `var(--target)`, or undefined when the target has no name in this file. */
function cssVar(names: Map<string, string>, targetId: string): string | undefined {
  const target = names.get(targetId);
  return target ? `var(${target})` : undefined;
}

/**
 * A declared value: aliases stay `var(--target)`; a composed colour keeps its link as
 * `color-mix(in srgb, <base> <opacity>%, transparent)` (the base's alpha times the opacity,
 * as Figma composes it), so modes of the base colour still flow through.
 */
export function cssValue(
  token: ModelToken,
  value: Exclude<TokenValue, CompositeValue>,
  names: Map<string, string>,
  remUnits: boolean,
): string {
  if (value.kind === 'alias') return cssVar(names, value.targetId) ?? 'initial';
  const composed = value.composed;
  if (!composed) return cssOfLiteral(token, value, remUnits);
  const base =
    composed.color.kind === 'alias'
      ? cssVar(names, composed.color.targetId)
      : hexRgba(composed.color.value);
  const opacityVar =
    composed.opacity.kind === 'alias' ? cssVar(names, composed.opacity.targetId) : undefined;
  const opacity =
    composed.opacity.kind === 'literal'
      ? `${num(Math.min(1, Math.max(0, composed.opacity.value)) * 100)}%`
      : opacityVar && `calc(${opacityVar} * 100%)`;
  return base && opacity
    ? `color-mix(in srgb, ${base} ${opacity}, transparent)`
    : cssLiteral(token, value.value, remUnits);
}

/** The key of a typography token's property in the names map (see cssNames). */
export function propertyKey(tokenId: string, property: TypographyProperty): string {
  return `${tokenId}\u0000${property}`;
}

/** How a composite's part naming another token is written in CSS: its `var()`. */
export function cssPartWriter(names: Map<string, string>): PartWriter {
  return (targetId, property) =>
    cssVar(names, property ? propertyKey(targetId, property) : targetId);
}

/**
 * A typography token's `[name, value]` per property, its names claimed under `propertyKey`: as
 * written (parts by `write`), or for an alias the target's property each.
 */
export function typographyDeclarations(
  token: ModelToken,
  value: TokenValue,
  names: Map<string, string>,
  write: PartWriter,
): [string, string][] {
  const text =
    value.kind === 'composite'
      ? compositeCss('typography', value, write)
      : value.kind === 'alias'
        ? new Map(TYPOGRAPHY_PROPERTIES.map(([p]) => [p, write(value.targetId, p)] as const))
        : undefined;
  if (!(text instanceof Map)) return [];
  return [...text].flatMap(([property, css]) => {
    const own = names.get(propertyKey(token.id, property));
    return own && css !== undefined ? [[own, css] as [string, string]] : [];
  });
}

/**
 * A token's declarations for one value, `[name, value]`: one, or for a typography token one per
 * property. A composite part that cannot be written leaves the token out of this rule.
 */
export function cssDeclarations(
  token: ModelToken,
  value: TokenValue,
  names: Map<string, string>,
  remUnits: boolean,
): [string, string][] {
  const name = names.get(token.id);
  if (name === undefined) return [];
  if (token.type === 'typography')
    return typographyDeclarations(token, value, names, cssPartWriter(names));
  if (value.kind !== 'composite') return [[name, cssValue(token, value, names, remUnits)]];
  const text = compositeCss(token.type as CompositeType, value, cssPartWriter(names));
  return typeof text === 'string' ? [[name, text]] : [];
}

/** `[start, ...segments].filter(Boolean).join('-')` without the arrays (one call per token). */
function joinNonEmpty(start: string, segments: readonly string[]): string {
  let joined = start;
  for (const segment of segments) if (segment) joined = joined ? `${joined}-${segment}` : segment;
  return joined;
}

/** `--name` per token id, unique in the file; codeSyntax WEB names are used as written. */
export function cssNames(
  model: TokenModel,
  options: CssOptions,
  warnings: ConversionWarning[],
): Map<string, string> {
  const scope = new NameScope('CSS', warnings);
  const names = new Map<string, string>();
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    const start = [options.prefix, collection.slug].filter(Boolean).join('-');
    for (const token of tokens) {
      const designed = codeSyntaxName(token, 'WEB', options);
      const raw = designed ?? joinNonEmpty(start, token.slugPath);
      const name = scope.claim(
        `--${cssIdent(raw)}`,
        tokenOwner(token, collection),
        (suffix) => `--${cssIdent(`${raw}-${suffix}`)}`,
      );
      names.set(token.id, name);
      // A typography token is one custom property per CSS property, each a name of the file.
      if (token.type === 'typography')
        for (const [property, cssProperty] of TYPOGRAPHY_PROPERTIES) {
          const sub = `${name.slice(2)}-${cssProperty}`;
          names.set(
            propertyKey(token.id, property),
            scope.claim(
              `--${sub}`,
              tokenOwner(token, collection),
              (suffix) => `--${sub}-${suffix}`,
            ),
          );
        }
    }
  }
  return names;
}

function blockOpening(
  collection: ModelCollection,
  mode: ModelMode,
  selector: ModeSelector,
  warnings: ConversionWarning[],
): string {
  const text = modeSelectorText(collection, mode, selector);
  // The default mode is on :root; its own block only serves nested subtrees, as an attribute.
  const isDefault = mode.id === collection.defaultModeId;
  if (selector === 'media' && !text.startsWith('@media') && !isDefault) {
    const owner = colorSchemeOwner(collection, mode);
    warnings.push({
      code: 'selector-fallback',
      message: owner
        ? `Mode “${mode.name}” of “${collection.name}” names the same colour scheme as mode “${owner.name}”, which takes its media query; it uses ${text} instead.`
        : `Mode “${mode.name}” of “${collection.name}” has no media query; it uses ${text} instead.`,
      collectionName: collection.name,
    });
  }
  return text;
}

export function buildCss(
  model: TokenModel,
  options: CssOptions = {},
  warnings: ConversionWarning[] = [],
): OutputFile[] {
  const selector = options.modeSelector ?? 'data-attribute';
  const names = cssNames(model, options, warnings);
  // A token is declared on :root and again in each mode block that holds it: its comment is
  // made safe once (four regular expressions over user text).
  const comments = new Map<ModelToken, string>();
  const commentOf = (token: ModelToken) => {
    let comment = comments.get(token);
    if (comment === undefined)
      comments.set(token, (comment = ` /* ${safeComment(token.description)} */`));
    return comment;
  };
  // Pushed, not returned: one declaration per token is the rule, and no array is made for it.
  const declare = ({ token, value: v }: Declaration, out: string[]) => {
    const comment = token.description ? commentOf(token) : '';
    if (token.resolvedType !== 'COMPOSITE' && v.kind !== 'composite') {
      out.push(
        `${names.get(token.id)}: ${cssValue(token, v, names, model.options.remUnits)};${comment}`,
      );
      return;
    }
    for (const [name, text] of cssDeclarations(token, v, names, model.options.remUnits))
      out.push(`${name}: ${text};${comment}`);
  };
  const declared = (list: readonly Declaration[]) => {
    const out: string[] = [];
    for (const declaration of list) declare(declaration, out);
    return out;
  };

  const root: string[] = [];
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    root.push(`/* ${safeComment(collection.name)} */`);
    for (const token of tokens) {
      const v = defaultValue(token, collection);
      if (v) declare({ token, value: v }, root);
    }
  }
  const planned = planModeBlocks(model, (collection, mode) =>
    modeSelectorText(collection, mode, selector).startsWith('@media'),
  );
  warnSharedModeSelectors(planned, (c, m) => modeSelectorText(c, m, selector), warnings);
  const blocks = planned.map(({ collection, mode, rules }) => {
    const own = blockOpening(collection, mode, selector, warnings);
    const rendered = rules.map((rule) => {
      const also = rule.also
        ? [modeSelectorText(rule.also.collection, rule.also.mode, selector)]
        : [];
      return renderRule([own, ...also], declared(rule.declarations), '');
    });
    return [`/* ${safeComment(collection.name)}: ${safeComment(mode.name)} */`, ...rendered].join(
      '\n',
    );
  });
  const contents = [`/* ${GENERATED} */`, renderRule([], root, ''), ...blocks].join('\n') + '\n';
  return [{ path: 'tokens.css', contents, mediaType: 'text/css' }];
}
