/**
 * The Tokens tab's format and option choices, kept in the user's account prefs so the next file
 * (and the next browser) starts from them instead of the defaults. Prefs are untrusted JSON: each
 * field is checked, and a bad one falls back to its default.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { prefsQueries, updatePrefs } from '../auth/prefs';
import type { TokenportPrefs } from '../auth/prefs';
import { FORMAT_IDS, MODE_SELECTORS } from '../tokens/catalog';
import type { FormatId, ModeSelector } from '../tokens/catalog';

export interface ExportChoices {
  formats: FormatId[];
  modeSelector: ModeSelector;
  remUnits: boolean;
  codeSyntax: boolean;
  includeHidden: boolean;
}

export const DEFAULT_EXPORT_CHOICES: ExportChoices = {
  formats: ['dtcg', 'css'],
  modeSelector: 'data-attribute',
  remUnits: false,
  codeSyntax: true,
  includeHidden: true,
};

const PREFS_KEY = 'exportChoices';

const isFormat = (value: unknown): value is FormatId =>
  (FORMAT_IDS as readonly unknown[]).includes(value);
const isModeSelector = (value: unknown): value is ModeSelector =>
  (MODE_SELECTORS as readonly unknown[]).includes(value);

export function choicesFrom(prefs: TokenportPrefs | undefined): ExportChoices {
  const stored = prefs?.[PREFS_KEY] as Partial<Record<keyof ExportChoices, unknown>> | undefined;
  if (typeof stored !== 'object' || stored === null) return DEFAULT_EXPORT_CHOICES;
  const flag = (key: 'remUnits' | 'codeSyntax' | 'includeHidden') =>
    typeof stored[key] === 'boolean' ? stored[key] : DEFAULT_EXPORT_CHOICES[key];
  return {
    formats: Array.isArray(stored.formats)
      ? FORMAT_IDS.filter((id) =>
          (stored.formats as unknown[]).some((f) => f === id && isFormat(f)),
        )
      : DEFAULT_EXPORT_CHOICES.formats,
    modeSelector: isModeSelector(stored.modeSelector)
      ? stored.modeSelector
      : DEFAULT_EXPORT_CHOICES.modeSelector,
    remUnits: flag('remUnits'),
    codeSyntax: flag('codeSyntax'),
    includeHidden: flag('includeHidden'),
  };
}

/**
 * The stored choices until the user changes one here; each change is saved (best effort: a failed
 * prefs write costs only the memory, never the export).
 */
export function useExportChoices() {
  const queryClient = useQueryClient();
  const prefs = useQuery(prefsQueries.prefs());
  const [changed, setChanged] = useState<ExportChoices>();
  const choices = changed ?? choicesFrom(prefs.data);

  function update(patch: Partial<ExportChoices>) {
    const next = { ...choices, ...patch };
    setChanged(next);
    updatePrefs(queryClient, (current) => ({ ...current, [PREFS_KEY]: next })).catch(
      () => undefined,
    );
  }
  return [choices, update] as const;
}
