/**
 * SCSS: one `$variable` per token with its default-mode value (aliases as `$target`, emitted
 * after their targets), and a map per multi-mode collection with every mode resolved. Names follow
 * Sass rules: never digit-led, unique with `-` and `_` counted as one character; `#{` in strings
 * is escaped so Sass does not interpolate it.
 */
import type {
  CompositeType,
  ConversionWarning,
  LiteralTokenValue,
  ModelToken,
  TokenModel,
  TokenValue,
} from '../model.ts';
import { sassKey, sassName } from '../names.ts';
import { valueReferences } from '../value-references.ts';
import { compositeCss, TYPOGRAPHY_PROPERTIES } from './composite-css.ts';
import type { PartWriter } from './composite-css.ts';
import { propertyKey, typographyDeclarations } from './css.ts';
import { createResolvedCss } from './resolved-css.ts';
import type { CodeSyntaxOption } from './code-syntax.ts';
import { codeSyntaxName } from './code-syntax.ts';
import { cssOfLiteral } from './css.ts';
import { defaultValue } from './mode-blocks.ts';
import { collectionOwner, NameScope, tokenOwner } from './name-scope.ts';
import type { OutputFile } from './shared.ts';
import { collectionsWithTokens, GENERATED } from './shared.ts';

/** Targets before the tokens that alias them: SCSS variables must exist before use. */
function topological(model: TokenModel): ModelToken[] {
  const collections = new Map(model.collections.map((c) => [c.id, c]));
  const out: ModelToken[] = [];
  const done = new Set<string>();
  const visit = (token: ModelToken) => {
    if (done.has(token.id)) return;
    done.add(token.id);
    const collection = collections.get(token.collectionId);
    const value = collection ? token.values[collection.defaultModeId] : undefined;
    for (const targetId of value ? valueReferences(value) : []) {
      const target = model.byId.get(targetId);
      if (target) visit(target);
    }
    out.push(token);
  };
  model.tokens.forEach(visit);
  return out;
}

/**
 * Sass text from CSS text: `#{` kept literal inside strings. An empty value (a font family of
 * `""`) is Sass's `null`: `$x: ;` does not compile, and a declaration of null is left out.
 */
const sassText = (css: string) => (css.trim() === '' ? 'null' : css.replace(/#\{/g, '#\\{'));

/** Whether `text` has a comma outside parentheses and strings (a comma-separated list). */
function hasTopLevelComma(text: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) return true;
  }
  return false;
}

/**
 * A value inside a Sass map: a comma-separated list (a font stack, a gradient, layered shadows)
 * is parenthesised, since a bare comma there would end the map entry.
 */
function sassMapValue(text: string): string {
  return hasTopLevelComma(text) ? `(${text})` : text;
}

/** A Sass value: CSS's, with `#{` kept literal inside strings. */
function sassLiteral(token: ModelToken, value: LiteralTokenValue, rem: boolean) {
  return sassText(cssOfLiteral(token, value, rem));
}

/**
 * The default value's `[name, text]` lines: a literal, `$target` for an alias, a composite with
 * `$target` for each part naming a token, a typography token one line per property.
 */
function defaultLines(
  model: TokenModel,
  token: ModelToken,
  value: TokenValue,
  names: Map<string, string>,
): [string, string][] {
  const name = names.get(token.id);
  if (!name) return [];
  if (value.kind === 'literal') return [[name, sassLiteral(token, value, model.options.remUnits)]];
  const write: PartWriter = (id, property) => names.get(property ? propertyKey(id, property) : id);
  if (token.type === 'typography')
    return typographyDeclarations(token, value, names, write).map(([own, css]) => [
      own,
      sassText(css),
    ]);
  if (value.kind === 'alias') {
    const target = names.get(value.targetId);
    return target ? [[name, target]] : [];
  }
  const text = compositeCss(token.type as CompositeType, value, write);
  return typeof text === 'string' ? [[name, sassText(text)]] : [];
}

function variableNames(
  model: TokenModel,
  options: CodeSyntaxOption,
  scope: NameScope,
): Map<string, string> {
  const names = new Map<string, string>();
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    for (const token of tokens) {
      const designed = codeSyntaxName(token, 'WEB', options);
      const name = sassName(designed ? [designed] : [collection.slug, ...token.slugPath]);
      const owner = tokenOwner(token, collection);
      names.set(token.id, `$${scope.claim(name, owner, (suffix) => `${name}-${suffix}`)}`);
      // A typography token is one variable per CSS property, as in CSS.
      if (token.type === 'typography')
        for (const [property, cssProperty] of TYPOGRAPHY_PROPERTIES) {
          const sub = sassName([names.get(token.id)!.slice(1), cssProperty]);
          names.set(
            propertyKey(token.id, property),
            `$${scope.claim(sub, owner, (suffix) => `${sub}-${suffix}`)}`,
          );
        }
    }
  }
  return names;
}

function modeMaps(model: TokenModel, scope: NameScope, names: Map<string, string>): string[] {
  const resolve = createResolvedCss(model, model.options.remUnits);
  const lines: string[] = [];
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    if (collection.modes.length < 2) continue;
    const wanted = sassName([collection.slug, 'modes']);
    const mapName = scope.claim(wanted, collectionOwner(collection), (s) => `${wanted}-${s}`);
    // Keys are the variable names without `$`: unique, and they read the same as the variables.
    lines.push('', `$${mapName}: (`);
    for (const mode of collection.modes) {
      lines.push(`  '${mode.slug}': (`);
      for (const token of tokens) {
        const css = resolve(token, mode.id);
        const entries: [string | undefined, string][] =
          css instanceof Map
            ? [...css].map(([property, text]) => [names.get(propertyKey(token.id, property)), text])
            : css !== undefined
              ? [[names.get(token.id), css]]
              : [];
        for (const [name, text] of entries)
          if (name) lines.push(`    '${name.slice(1)}': ${sassMapValue(sassText(text))},`);
      }
      lines.push('  ),');
    }
    lines.push(');');
  }
  return lines;
}

export function buildScss(
  model: TokenModel,
  options: CodeSyntaxOption = {},
  warnings: ConversionWarning[] = [],
): OutputFile[] {
  const scope = new NameScope('SCSS', warnings, sassKey);
  const names = variableNames(model, options, scope);
  const collections = new Map(model.collections.map((c) => [c.id, c]));
  const lines = [`// ${GENERATED}`, ''];
  for (const token of topological(model)) {
    const collection = collections.get(token.collectionId);
    const value = collection ? defaultValue(token, collection) : undefined;
    if (value)
      for (const [name, text] of defaultLines(model, token, value, names))
        lines.push(`${name}: ${text};`);
  }
  lines.push(...modeMaps(model, scope, names));
  return [{ path: '_tokens.scss', contents: lines.join('\n') + '\n', mediaType: 'text/x-scss' }];
}
