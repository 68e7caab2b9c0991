/**
 * Tailwind CSS v4: tokens in `@theme` under Tailwind's namespaces (`--color-*`, `--spacing-*`,
 * `--radius-*`, `--text-*`, `--font-*`, `--font-weight-*`, `--shadow-*`, `--ease-*`), so utilities
 * like `bg-bg-surface` and `shadow-card` exist; composites without a namespace are `--token-*`; other modes override the same variables in plain selector blocks.
 */
import type { ModeSelector } from '../catalog.ts';
import { modeSelectorText } from '../catalog.ts';
import type { ConversionWarning, ModelCollection, ModelToken, TokenModel } from '../model.ts';
import { cssIdent } from '../names.ts';
import type { CodeSyntaxOption } from './code-syntax.ts';
import { codeSyntaxName } from './code-syntax.ts';
import { cssDeclarations, propertyKey } from './css.ts';
import type { Declaration } from './mode-blocks.ts';
import {
  defaultValue,
  planModeBlocks,
  renderRule,
  warnSharedModeSelectors,
} from './mode-blocks.ts';
import { NameScope, tokenOwner } from './name-scope.ts';
import type { OutputFile } from './shared.ts';
import { collectionsWithTokens, GENERATED } from './shared.ts';

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
  // Composites Tailwind has a namespace for: `shadow-*`, `ease-*`, `text-*` (a typography
  // token's size, with its line height, letter spacing and weight as `--text-*--…`).
  if (token.type === 'shadow') return 'shadow';
  if (token.type === 'cubicBezier') return 'ease';
  if (token.type === 'typography') return 'text';
  return 'token';
}

/**
 * A typography token's other variables, after Tailwind's `--text-*` convention: line height,
 * letter spacing and weight beside the size; the family in `--font-*`, for `font-*`.
 */
function typographyNames(
  token: ModelToken,
  collection: ModelCollection,
  textName: string,
  rest: string,
  scope: NameScope,
  names: Map<string, string>,
) {
  const claim = (wanted: string) =>
    scope.claim(
      `--${cssIdent(wanted)}`,
      tokenOwner(token, collection),
      (suffix) => `--${cssIdent(`${wanted}-${suffix}`)}`,
    );
  names.set(propertyKey(token.id, 'fontSize'), textName);
  names.set(propertyKey(token.id, 'lineHeight'), claim(`${textName.slice(2)}--line-height`));
  names.set(propertyKey(token.id, 'letterSpacing'), claim(`${textName.slice(2)}--letter-spacing`));
  names.set(propertyKey(token.id, 'fontWeight'), claim(`${textName.slice(2)}--font-weight`));
  names.set(propertyKey(token.id, 'fontFamily'), claim(`font-${rest}`));
}

/** Tailwind variable names (without `--`), unique in the file; a codeSyntax WEB name is used when it sits in the token's namespace. */
function tailwindNames(
  model: TokenModel,
  options: CodeSyntaxOption,
  warnings: ConversionWarning[],
): Map<string, string> {
  const scope = new NameScope('Tailwind', warnings);
  const names = new Map<string, string>();
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    for (const token of tokens) {
      const ns = namespace(token);
      const designed = codeSyntaxName(token, 'WEB', options);
      const rest =
        token.slugPath[0] === ns || (ns === 'text' && token.slugPath[0] === 'font-size')
          ? token.slugPath.slice(1)
          : token.slugPath;
      const raw = designed?.startsWith(`${ns}-`)
        ? designed
        : `${ns}-${rest.join('-') || 'default'}`;
      const qualified = `${ns}-${collection.slug}-${rest.join('-') || 'default'}`;
      // A clash first tries the collection-qualified name, then a stable suffix.
      const name =
        scope.has(`--${cssIdent(raw)}`) && !scope.has(`--${cssIdent(qualified)}`) ? qualified : raw;
      const claimed = scope.claim(
        `--${cssIdent(name)}`,
        tokenOwner(token, collection),
        (suffix) => `--${cssIdent(`${name}-${suffix}`)}`,
      );
      names.set(token.id, claimed);
      if (token.type === 'typography')
        typographyNames(token, collection, claimed, rest.join('-') || 'default', scope, names);
    }
  }
  return names;
}

export function buildTailwind(
  model: TokenModel,
  options: CodeSyntaxOption & { modeSelector?: ModeSelector } = {},
  warnings: ConversionWarning[] = [],
): OutputFile[] {
  const selector = options.modeSelector ?? 'data-attribute';
  const names = tailwindNames(model, options, warnings);
  const declarations = ({ token, value: v }: Declaration) =>
    cssDeclarations(token, v, names, model.options.remUnits).map(
      ([name, text]) => `${name}: ${text};`,
    );
  const theme: string[] = [];
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    for (const token of tokens) {
      const v = defaultValue(token, collection);
      if (v) theme.push(...declarations({ token, value: v }));
    }
  }
  const planned = planModeBlocks(model, (collection, mode) =>
    modeSelectorText(collection, mode, selector).startsWith('@media'),
  );
  warnSharedModeSelectors(planned, (c, m) => modeSelectorText(c, m, selector), warnings);
  const blocks = planned.flatMap(({ collection, mode, rules }) =>
    rules.map((rule) =>
      renderRule(
        [
          modeSelectorText(collection, mode, selector),
          ...(rule.also ? [modeSelectorText(rule.also.collection, rule.also.mode, selector)] : []),
        ],
        rule.declarations.flatMap(declarations),
        '  ',
      ),
    ),
  );
  const contents =
    [
      `/* ${GENERATED} */`,
      `@theme {`,
      ...theme.map((line) => `  ${line}`),
      `}`,
      ...(blocks.length ? ['', '@layer theme {', ...blocks, '}'] : []),
    ].join('\n') + '\n';
  return [{ path: 'tailwind.theme.css', contents, mediaType: 'text/css' }];
}
