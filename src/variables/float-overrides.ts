import { useCallback, useState } from 'react';
import type { FloatType } from '../tokens/model';
import { FLOAT_TYPES_KEY_PREFIX } from '../lib/user-data-stores';

const key = (fileKey: string) => `${FLOAT_TYPES_KEY_PREFIX}${fileKey}`;

/** Per-variable type overrides: a preference, not a secret, so localStorage per file. */
export function useFloatOverrides(fileKey: string) {
  const [overrides, setOverrides] = useState<Record<string, FloatType>>(() => {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(key(fileKey)) ?? '{}');
      return typeof parsed === 'object' && parsed !== null
        ? (parsed as Record<string, FloatType>)
        : {};
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
