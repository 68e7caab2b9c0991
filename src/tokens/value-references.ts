/**
 * The token ids a value points at: an alias target, a composed colour's links, or the tokens a
 * composite's parts name.
 */
import type { TokenValue } from './model.ts';

export function valueReferences(value: TokenValue): string[] {
  if (value.kind === 'alias') return [value.targetId];
  if (value.kind === 'composite') return value.references.map((reference) => reference.targetId);
  const composed = value.composed;
  if (!composed) return [];
  const ids: string[] = [];
  if (composed.color.kind === 'alias') ids.push(composed.color.targetId);
  if (composed.opacity.kind === 'alias') ids.push(composed.opacity.targetId);
  return ids;
}
