/**
 * JS and TS modules: per collection, per mode, a nested object of resolved values. The tree is
 * built on null-prototype objects and printed with computed keys for `__proto__`, so a token
 * named `__proto__`, `constructor` or `toString` is an ordinary key both here and in the module.
 * Strings are JSON strings with `</` and U+2028/2029 escaped, so nothing can end the module or
 * an inline `<script>`.
 */
import type { LiteralTokenValue, ModelToken, TokenModel } from '../model.ts';
import { createValueResolver } from '../resolve.ts';
import { cssOfLiteral } from './css.ts';
import { createResolvedCss } from './resolved-css.ts';
import type { OutputFile } from './shared.ts';
import { collectionsWithTokens, GENERATED, hexRgba, plainNumber } from './shared.ts';
import { isColor } from '../color.ts';
import { intended } from '../number-text.ts';
import { createTree, insertLeaf, isTree } from './tree.ts';
import type { Tree } from './tree.ts';

type Leaf = string | number | boolean;

function jsValue(token: ModelToken, written: LiteralTokenValue, remUnits: boolean): Leaf {
  const value = written.value;
  // As CSS writes them: lengths, times, and what a DTCG file wrote in a form Figma does not hold
  // (a font stack, a colour in another space, a rem length).
  const cssForm =
    (written.fontStack && token.type === 'fontFamily') ||
    written.writtenColor ||
    ((token.type === 'dimension' || token.type === 'duration') && typeof value === 'number');
  if (cssForm) return cssOfLiteral(token, written, remUnits);
  if (isColor(value)) return hexRgba(value);
  // The number typed, not Figma's 32-bit noise (0.30000001192092896), as the other outputs write it.
  if (typeof value === 'number') return intended(plainNumber(token, value));
  return value as Leaf;
}

export function tokenTree(model: TokenModel): Tree<Leaf> {
  const resolve = createValueResolver(model);
  const resolveCss = createResolvedCss(model, model.options.remUnits);
  const tree = createTree<Leaf>();
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    for (const mode of collection.modes) {
      for (const token of tokens) {
        const at = [collection.slug, mode.slug, ...token.slugPath];
        if (token.resolvedType === 'COMPOSITE') {
          // As CSS writes it; a typography token an object of its properties' CSS values.
          const css = resolveCss(token, mode.id);
          if (typeof css === 'string') insertLeaf(tree, at, css);
          else if (css)
            for (const [property, text] of css) insertLeaf(tree, [...at, property], text);
          continue;
        }
        const value = resolve(token, mode.id);
        if (value !== undefined)
          insertLeaf(tree, at, jsValue(token, value, model.options.remUnits));
      }
    }
  }
  return tree;
}

export function jsString(value: string): string {
  return JSON.stringify(value)
    .replace(/<\//g, '<\\/')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** `__proto__: x` in an object literal sets the prototype; `["__proto__"]: x` makes a key. */
function jsKey(key: string): string {
  return key === '__proto__' ? `[${jsString(key)}]` : jsString(key);
}

function printTree(tree: Tree<Leaf>, indent: string): string {
  const inner = `${indent}  `;
  const entries = Object.keys(tree).map((key) => {
    const value = tree[key] as Tree<Leaf> | Leaf;
    const printed = isTree(value)
      ? printTree(value, inner)
      : typeof value === 'string'
        ? jsString(value)
        : String(value);
    return `${inner}${jsKey(key)}: ${printed}`;
  });
  return entries.length ? `{\n${entries.join(',\n')}\n${indent}}` : '{}';
}

export function buildJs(model: TokenModel, typescript: boolean): OutputFile[] {
  const body = printTree(tokenTree(model), '');
  const contents = typescript
    ? `// ${GENERATED}\nexport const tokens = ${body} as const;\n\nexport type Tokens = typeof tokens;\n`
    : `// ${GENERATED}\nexport const tokens = ${body};\n\nexport default tokens;\n`;
  return [
    {
      path: typescript ? 'tokens.ts' : 'tokens.js',
      contents,
      mediaType: typescript ? 'text/typescript' : 'text/javascript',
    },
  ];
}
