/**
 * SCSS: one `$variable` per token with its default-mode value (aliases as `$target`, emitted
 * after their targets), and a map per multi-mode collection with every mode resolved. Names follow
 * Sass rules: never digit-led, unique with `-` and `_` counted as one character; `#{` in strings
 * is escaped so Sass does not interpolate it.
 */
import type { ConversionWarning, LiteralTokenValue, ModelToken, TokenModel } from '../model.ts';
import { sassKey, sassName } from '../names.ts';
import { createValueResolver } from '../resolve.ts';
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
    if (value?.kind === 'alias') {
      const target = model.byId.get(value.targetId);
      if (target) visit(target);
    }
    out.push(token);
  };
  model.tokens.forEach(visit);
  return out;
}

/** A Sass value: CSS's, with `#{` kept literal inside strings. */
function sassLiteral(token: ModelToken, value: LiteralTokenValue, rem: boolean) {
  return cssOfLiteral(token, value, rem).replace(/#\{/g, '#\\{');
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
      names.set(
        token.id,
        `$${scope.claim(name, tokenOwner(token, collection), (suffix) => `${name}-${suffix}`)}`,
      );
    }
  }
  return names;
}

function modeMaps(model: TokenModel, scope: NameScope, names: Map<string, string>): string[] {
  const resolve = createValueResolver(model);
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
        const literal = resolve(token, mode.id);
        const key = names.get(token.id)?.slice(1);
        if (literal !== undefined && key)
          lines.push(`    '${key}': ${sassLiteral(token, literal, model.options.remUnits)},`);
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
    const literal =
      value?.kind === 'literal'
        ? sassLiteral(token, value, model.options.remUnits)
        : value
          ? names.get(value.targetId)
          : undefined;
    const name = names.get(token.id);
    if (literal && name) lines.push(`${name}: ${literal};`);
  }
  lines.push(...modeMaps(model, scope, names));
  return [{ path: '_tokens.scss', contents: lines.join('\n') + '\n', mediaType: 'text/x-scss' }];
}
