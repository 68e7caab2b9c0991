/**
 * CSS custom properties: each collection's default mode on `:root`, then one block per other mode
 * holding only what changes. Aliases stay `var(--target)`, so the cascade reproduces Figma's
 * per-collection modes (set `data-<collection>="<mode>"` on any element).
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
import { cssIdent } from '../names.ts';
import type { ModeSelector, OutputFile } from './shared.ts';
import {
  collectionsWithTokens,
  differsFromDefault,
  GENERATED,
  hexRgba,
  modeSelectorText,
  num,
  safeComment,
} from './shared.ts';
import { isColor } from '../color.ts';

export type { ModeSelector } from './shared.ts';

export interface CssOptions {
  modeSelector?: ModeSelector;
  prefix?: string;
}

export function cssVariableName(model: TokenModel, token: ModelToken, prefix = ''): string {
  const collection = model.collections.find((c) => c.id === token.collectionId);
  const parts = [prefix, collection?.slug ?? 'tokens', ...token.slugPath].filter(Boolean);
  return `--${cssIdent(parts.join('-'))}`;
}

/** CSS strings escape quotes, backslashes and line breaks; nothing can end the declaration. */
export function cssString(value: string): string {
  return `"${value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\A ')
    .replace(/[\r\f]/g, '')}"`;
}

/** A font list: safe bare identifiers stay bare, every other family is quoted. */
export function cssFontFamily(value: string): string {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((family) => {
      if (/^"[^"\\]*"$|^'[^'\\]*'$/.test(family)) return family;
      return /^[a-zA-Z][a-zA-Z0-9-]*$/.test(family)
        ? family
        : cssString(family.replace(/^['"]|['"]$/g, ''));
    })
    .join(', ');
}

export function cssLiteral(token: ModelToken, value: Literal, remUnits: boolean): string {
  if (isColor(value)) return hexRgba(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string')
    return token.type === 'fontFamily' ? cssFontFamily(value) : cssString(value);
  if (token.type === 'dimension')
    return value === 0 ? '0' : remUnits ? `${num(value / 16)}rem` : `${num(value)}px`;
  return num(value);
}

function selectorFor(
  collection: ModelCollection,
  mode: ModelMode,
  selector: ModeSelector,
  warnings: ConversionWarning[],
): { open: string; close: string } {
  const text = modeSelectorText(collection, mode, selector);
  if (text.startsWith('@media')) return { open: `${text} {\n  :root {`, close: '  }\n}' };
  if (selector === 'media') {
    warnings.push({
      code: 'selector-fallback',
      message: `Mode “${mode.name}” of “${collection.name}” has no media query; it uses [data-${collection.slug}="${mode.slug}"] instead.`,
      collectionName: collection.name,
    });
  }
  return { open: `${text} {`, close: '}' };
}

export function buildCss(
  model: TokenModel,
  options: CssOptions = {},
  warnings: ConversionWarning[] = [],
): OutputFile[] {
  const selector = options.modeSelector ?? 'data-attribute';
  const prefix = options.prefix ?? '';
  const remUnits = model.options.remUnits;
  const value = (token: ModelToken, v: TokenValue): string => {
    if (v.kind === 'alias') {
      const target = model.byId.get(v.targetId);
      return target ? `var(${cssVariableName(model, target, prefix)})` : 'initial';
    }
    return cssLiteral(token, v.value, remUnits);
  };
  const declaration = (token: ModelToken, v: TokenValue, indent: string) => {
    const comment = token.description ? ` /* ${safeComment(token.description)} */` : '';
    return `${indent}${cssVariableName(model, token, prefix)}: ${value(token, v)};${comment}`;
  };

  const groups = collectionsWithTokens(model);
  const root: string[] = [];
  const blocks: string[] = [];
  for (const { collection, tokens } of groups) {
    root.push(`  /* ${safeComment(collection.name)} */`);
    for (const token of tokens) {
      const v = token.values[collection.defaultModeId] ?? Object.values(token.values)[0];
      if (v) root.push(declaration(token, v, '  '));
    }
    for (const mode of collection.modes) {
      if (mode.id === collection.defaultModeId) continue;
      const changed = tokens.filter((token) => differsFromDefault(token, collection, mode.id));
      if (!changed.length) continue;
      const { open, close } = selectorFor(collection, mode, selector, warnings);
      const indent = open.includes('@media') ? '    ' : '  ';
      blocks.push(
        [
          `/* ${safeComment(collection.name)}: ${safeComment(mode.name)} */`,
          open,
          ...changed.map((token) =>
            declaration(token, token.values[mode.id] as TokenValue, indent),
          ),
          close,
        ].join('\n'),
      );
    }
  }
  const contents = [`/* ${GENERATED} */`, `:root {`, ...root, `}`, ...blocks].join('\n') + '\n';
  return [{ path: 'tokens.css', contents, mediaType: 'text/css' }];
}
