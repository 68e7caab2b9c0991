/** The variable ids a token value points at: an alias target, or a composed colour's links. */
import type { TokenValue } from './model.ts';

export function valueReferences(value: TokenValue): string[] {
  if (value.kind === 'alias') return [value.targetId];
  const composed = value.composed;
  if (!composed) return [];
  const ids: string[] = [];
  if (composed.color.kind === 'alias') ids.push(composed.color.targetId);
  if (composed.opacity.kind === 'alias') ids.push(composed.opacity.targetId);
  return ids;
}
