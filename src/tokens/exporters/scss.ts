/**
 * SCSS: one `$variable` per token with its default-mode value (aliases as `$target`, emitted
 * after their targets), and a map per multi-mode collection with every mode resolved.
 */
import type { ModelToken, TokenModel } from '../model.ts';
import { createResolver } from '../resolve.ts';
import { cssLiteral } from './css.ts';
import type { OutputFile } from './shared.ts';
import { collectionsWithTokens, GENERATED } from './shared.ts';

function scssName(model: TokenModel, token: ModelToken): string {
  const collection = model.collections.find((c) => c.id === token.collectionId);
  return `$${[collection?.slug ?? 'tokens', ...token.slugPath].join('-')}`;
}

/** Targets before the tokens that alias them: SCSS variables must exist before use. */
function topological(model: TokenModel): ModelToken[] {
  const out: ModelToken[] = [];
  const done = new Set<string>();
  const visit = (token: ModelToken) => {
    if (done.has(token.id)) return;
    done.add(token.id);
    const collection = model.collections.find((c) => c.id === token.collectionId);
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

export function buildScss(model: TokenModel): OutputFile[] {
  const resolve = createResolver(model);
  const lines = [`// ${GENERATED}`, ''];
  for (const token of topological(model)) {
    const collection = model.collections.find((c) => c.id === token.collectionId);
    const value = collection
      ? (token.values[collection.defaultModeId] ?? Object.values(token.values)[0])
      : undefined;
    if (!value) continue;
    const target = value.kind === 'alias' ? model.byId.get(value.targetId) : undefined;
    const literal =
      value.kind === 'literal'
        ? cssLiteral(token, value.value, model.options.remUnits)
        : target
          ? scssName(model, target)
          : undefined;
    if (literal) lines.push(`${scssName(model, token)}: ${literal};`);
  }
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    if (collection.modes.length < 2) continue;
    lines.push('', `$${collection.slug}-modes: (`);
    for (const mode of collection.modes) {
      lines.push(`  '${mode.slug}': (`);
      for (const token of tokens) {
        const literal = resolve(token, mode.id);
        if (literal !== undefined)
          lines.push(
            `    '${token.slugPath.join('-')}': ${cssLiteral(token, literal, model.options.remUnits)},`,
          );
      }
      lines.push('  ),');
    }
    lines.push(');');
  }
  return [{ path: '_tokens.scss', contents: lines.join('\n') + '\n', mediaType: 'text/x-scss' }];
}
