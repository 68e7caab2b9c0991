/**
 * Tailwind CSS v4: tokens in `@theme` under Tailwind's namespaces (`--color-*`, `--spacing-*`,
 * `--radius-*`, `--text-*`, `--font-*`, `--font-weight-*`), so utilities like `bg-bg-surface`
 * exist; other modes override the same variables in plain selector blocks.
 */
import type { ConversionWarning, ModelToken, TokenModel, TokenValue } from '../model.ts';
import { cssIdent } from '../names.ts';
import { cssLiteral } from './css.ts';
import type { ModeSelector, OutputFile } from './shared.ts';
import {
  collectionsWithTokens,
  differsFromDefault,
  GENERATED,
  modeSelectorText,
} from './shared.ts';

function namespace(token: ModelToken): string {
  if (token.type === 'color') return 'color';
  if (token.type === 'fontFamily') return 'font';
  if (token.type === 'fontWeight') return 'font-weight';
  if (token.type === 'opacity') return 'opacity';
  if (token.type === 'dimension') {
    if (token.scopes.includes('CORNER_RADIUS') || /radius/i.test(token.name)) return 'radius';
    if (token.scopes.includes('FONT_SIZE') || /font-?size|text/i.test(token.name)) return 'text';
    if (token.scopes.includes('LINE_HEIGHT')) return 'leading';
    if (token.scopes.includes('LETTER_SPACING')) return 'tracking';
    return 'spacing';
  }
  return 'token';
}

export function buildTailwind(
  model: TokenModel,
  options: { modeSelector?: ModeSelector } = {},
  warnings: ConversionWarning[] = [],
): OutputFile[] {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    for (const token of tokens) {
      const ns = namespace(token);
      const rest =
        token.slugPath[0] === ns || (ns === 'text' && token.slugPath[0] === 'font-size')
          ? token.slugPath.slice(1)
          : token.slugPath;
      let name = `--${ns}-${rest.join('-') || 'default'}`;
      if (taken.has(name)) {
        const qualified = `--${ns}-${collection.slug}-${rest.join('-')}`;
        warnings.push({
          code: 'slug-collision',
          message: `Tailwind name ${name} is taken; “${token.name}” of “${collection.name}” became ${qualified}.`,
          variableId: token.id,
          variableName: token.name,
          collectionName: collection.name,
        });
        name = qualified;
      }
      taken.add(name);
      names.set(token.id, cssIdent(name.slice(2)));
    }
  }
  const value = (token: ModelToken, v: TokenValue) => {
    if (v.kind === 'alias') {
      const target = names.get(v.targetId);
      return target ? `var(--${target})` : 'initial';
    }
    return cssLiteral(token, v.value, model.options.remUnits);
  };
  const theme: string[] = [];
  const blocks: string[] = [];
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    for (const token of tokens) {
      const v = token.values[collection.defaultModeId] ?? Object.values(token.values)[0];
      if (v) theme.push(`  --${names.get(token.id)}: ${value(token, v)};`);
    }
    for (const mode of collection.modes) {
      if (mode.id === collection.defaultModeId) continue;
      const lines = tokens
        .filter((t) => differsFromDefault(t, collection, mode.id))
        .map((t) => `    --${names.get(t.id)}: ${value(t, t.values[mode.id] as TokenValue)};`);
      if (!lines.length) continue;
      const selector = modeSelectorText(collection, mode, options.modeSelector ?? 'data-attribute');
      blocks.push(
        selector.startsWith('@media')
          ? `  ${selector} {\n    :root {\n  ${lines.join('\n  ')}\n    }\n  }`
          : `  ${selector} {\n${lines.join('\n')}\n  }`,
      );
    }
  }
  const contents =
    [
      `/* ${GENERATED} */`,
      `@theme {`,
      ...theme,
      `}`,
      ...(blocks.length ? ['', '@layer theme {', ...blocks, '}'] : []),
    ].join('\n') + '\n';
  return [{ path: 'tailwind.theme.css', contents, mediaType: 'text/css' }];
}
