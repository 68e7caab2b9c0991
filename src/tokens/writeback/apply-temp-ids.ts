/**
 * After Figma answers one POST with `tempIdToRealId`, replaces those temp ids everywhere in the
 * change set, so the remaining bodies of a split change set (and the preview) use real ids.
 */
import type { PostVariablesRequestBody } from '@figma/rest-api-spec';
import type { ChangeSet } from './types.ts';

function replaceIds<T>(value: T, map: Readonly<Record<string, string>>): T {
  if (Array.isArray(value)) return value.map((item: unknown) => replaceIds(item, map)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const isIdField =
      key === 'id' ||
      key === 'variableCollectionId' ||
      key === 'variableId' ||
      key === 'modeId' ||
      key === 'initialModeId';
    const replaced =
      isIdField && typeof child === 'string' && Object.prototype.hasOwnProperty.call(map, child)
        ? map[child]
        : replaceIds(child, map);
    Object.defineProperty(out, key, {
      value: replaced,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out as T;
}

export function applyTempIds(
  changeSet: ChangeSet,
  tempIdToRealId: Readonly<Record<string, string>>,
): ChangeSet {
  const bodies = changeSet.bodies.map((body) =>
    replaceIds<PostVariablesRequestBody>(body, tempIdToRealId),
  );
  const next: ChangeSet = {
    ...changeSet,
    bodies,
    preview: {
      counts: changeSet.preview.counts,
      rows: changeSet.preview.rows.map((row) =>
        Object.prototype.hasOwnProperty.call(tempIdToRealId, row.variableId)
          ? { ...row, variableId: tempIdToRealId[row.variableId]! }
          : row,
      ),
    },
  };
  if (changeSet.body) next.body = replaceIds(changeSet.body, tempIdToRealId);
  return next;
}
