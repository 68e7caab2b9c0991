import type { ChangeSetCounts } from '../tokens/writeback/types';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A write-back change set in one plain sentence, then what is deliberately left alone. */
export function summarizeChanges(counts: ChangeSetCounts): { sentence: string; kept?: string } {
  const parts: string[] = [];
  const { variables, collections, modes } = counts;
  if (variables.created) parts.push(`add ${plural(variables.created, 'variable')}`);
  if (variables.updated) parts.push(`update ${plural(variables.updated, 'variable')}`);
  if (variables.deleted) parts.push(`delete ${plural(variables.deleted, 'variable')}`);
  if (collections.created) parts.push(`add ${plural(collections.created, 'collection')}`);
  if (modes.created) parts.push(`add ${plural(modes.created, 'mode')}`);
  const list =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  return {
    sentence: list
      ? `Figma will ${list}, setting ${plural(counts.valuesChanged, 'value')}.`
      : 'Figma will change nothing.',
    ...(counts.notDeleted > 0
      ? {
          kept: `${plural(counts.notDeleted, 'variable')} in Figma but not in your file will stay as they are (deleting is off).`,
        }
      : {}),
  };
}
