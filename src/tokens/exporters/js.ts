/**
 * JS and TS modules: per collection, per mode, a nested object of resolved values. Keys and
 * strings go through JSON.stringify, so no name or value can break out of the module.
 */
import type { Literal, ModelToken, TokenModel } from '../model.ts';
import { createResolver } from '../resolve.ts';
import { cssLiteral } from './css.ts';
import type { OutputFile } from './shared.ts';
import { collectionsWithTokens, GENERATED, hexRgba } from './shared.ts';
import { isColor } from '../color.ts';

type Tree = { [key: string]: Tree | string | number | boolean };

function jsValue(token: ModelToken, value: Literal, remUnits: boolean): string | number | boolean {
  if (isColor(value)) return hexRgba(value);
  if (token.type === 'dimension' && typeof value === 'number')
    return cssLiteral(token, value, remUnits);
  return value as string | number | boolean;
}

function insert(tree: Tree, path: string[], value: string | number | boolean) {
  let node = tree;
  path.slice(0, -1).forEach((segment) => {
    const next = node[segment];
    if (typeof next !== 'object') node[segment] = {};
    node = node[segment] as Tree;
  });
  node[path[path.length - 1] ?? 'value'] = value;
}

export function tokenTree(model: TokenModel): Tree {
  const resolve = createResolver(model);
  const tree: Tree = {};
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    for (const mode of collection.modes) {
      for (const token of tokens) {
        const literal = resolve(token, mode.id);
        if (literal !== undefined)
          insert(
            tree,
            [collection.slug, mode.slug, ...token.slugPath],
            jsValue(token, literal, model.options.remUnits),
          );
      }
    }
  }
  return tree;
}

export function buildJs(model: TokenModel, typescript: boolean): OutputFile[] {
  const body = JSON.stringify(tokenTree(model), null, 2);
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
