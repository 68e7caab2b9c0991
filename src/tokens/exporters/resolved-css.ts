/**
 * A token's value in one mode as CSS text with every alias and part reference resolved, for the
 * outputs that hold resolved values per mode (SCSS mode maps, JS): a composite's parts become
 * their targets' own text in the mode the chain reads.
 */
import type { CompositeType, ModelToken, TokenModel } from '../model.ts';
import { createEndResolver, createModeMapper } from '../resolve.ts';
import { compositeCss } from './composite-css.ts';
import type { TypographyProperty } from './composite-css.ts';
import { cssOfLiteral } from './css.ts';

export type ResolvedCss = string | Map<TypographyProperty, string>;

/** Composites nest (a border's style a strokeStyle token): deeper is surely a loop. */
const MAX_DEPTH = 16;

export function createResolvedCss(model: TokenModel, remUnits: boolean) {
  const end = createEndResolver(model);
  const modeFor = createModeMapper(model);
  type Origin = { token: ModelToken; modeId: string };
  const text = (
    token: ModelToken,
    modeId: string,
    depth: number,
    origin: Origin = { token, modeId },
  ): ResolvedCss | undefined => {
    const found = end(token, modeId, origin);
    if (!found || depth > MAX_DEPTH) return undefined;
    // Written as the asking token's type, as JS writes resolved values (a number aliased by a
    // dimension is a length there).
    if (found.value.kind === 'literal') return cssOfLiteral(token, found.value, remUnits);
    if (found.token.resolvedType !== 'COMPOSITE') return undefined;
    return compositeCss(found.token.type as CompositeType, found.value, (targetId, property) => {
      const target = model.byId.get(targetId);
      if (!target) return undefined;
      // A part is read in the mode the whole reading started in, as an alias chain is.
      const written = text(target, modeFor(origin.token, origin.modeId, target), depth + 1, origin);
      if (property) return written instanceof Map ? written.get(property) : undefined;
      return typeof written === 'string' ? written : undefined;
    });
  };
  return (token: ModelToken, modeId: string) => text(token, modeId, 0);
}
