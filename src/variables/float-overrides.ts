import { useCallback, useState } from 'react';
import type { FloatType } from '../tokens/model';
import { FLOAT_TYPES_KEY_PREFIX } from '../lib/user-data-stores';
import { FLOAT_TYPES } from './type-labels';

const key = (fileKey: string) => `${FLOAT_TYPES_KEY_PREFIX}${fileKey}`;

/** Per-variable type overrides: a preference, not a secret, so localStorage per file. */
export function useFloatOverrides(fileKey: string) {
  const [overrides, setOverrides] = useState<Record<string, FloatType>>(() => {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(key(fileKey)) ?? '{}');
      // Stored by another version (or edited by hand): keep only types this version knows.
      if (typeof parsed !== 'object' || parsed === null) return {};
      return Object.fromEntries(
        Object.entries(parsed).filter((entry): entry is [string, FloatType] =>
          FLOAT_TYPES.includes(entry[1] as FloatType),
        ),
      );
    } catch {
      return {};
    }
  });
  const setOverride = useCallback(
    (variableId: string, type: FloatType | undefined) => {
      setOverrides((current) => {
        const next = { ...current };
        if (type) next[variableId] = type;
        else delete next[variableId];
        try {
          localStorage.setItem(key(fileKey), JSON.stringify(next));
        } catch {
          // Without storage the override lasts for this visit.
        }
        return next;
      });
    },
    [fileKey],
  );
  return { overrides, setOverride };
}
