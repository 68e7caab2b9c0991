/**
 * The generated files for the chosen formats (built in the conversion worker, where the model
 * already is), and the diff against the baseline — with removed tokens kept as deprecated when the
 * user asks.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { FORMAT_IDS } from '../tokens/catalog';
import type { TokenDiff } from '../tokens/diff/diff-exports';
import type { ConversionWarning, TokenModel } from '../tokens/model';
import { buildInWorker, builtFile } from './convert-client';
import type { BuiltFile } from './convert-client';
import { loadDeprecations, loadDiff, loadReader } from './core';
import type { ExportChoices } from './export-choices';
import type { Baseline } from './use-export-baseline';

export interface ExportOutputs {
  files: BuiltFile[];
  formatWarnings: ConversionWarning[];
  diff: TokenDiff | undefined;
  /** Removed tokens kept as deprecated. */
  kept: number;
}

/**
 * The last result per kind of work, for one model and one set of choices: a new baseline (every
 * download saves one) changes the diff, not the files, so it must not build them again.
 */
const lastMade = new Map<string, { model: TokenModel; key: string; made: Promise<unknown> }>();

function onceFor<T>(kind: string, model: TokenModel, key: string, make: () => Promise<T>) {
  const last = lastMade.get(kind);
  if (last?.model === model && last.key === key) return last.made as Promise<T>;
  const made = make();
  lastMade.set(kind, { model, key, made });
  // A failure is not kept: the next ask tries again.
  made.catch(() => {
    if (lastMade.get(kind)?.made === made) lastMade.delete(kind);
  });
  return made;
}

/** The bundled DTCG export, written out in the worker (it can be megabytes of JSON). */
export function dtcgBundleTexts(model: TokenModel) {
  return onceFor('bundle', model, '', async () => {
    const { files } = await buildInWorker(model, ['dtcg'], { bundle: true });
    return Promise.all(
      files.map(async (f) => ({ path: f.path, mediaType: f.mediaType, contents: await f.text() })),
    );
  });
}

async function compare(model: TokenModel, previous: Baseline) {
  const [{ readDtcgExport }, { diffExports }, dtcg] = await Promise.all([
    loadReader(),
    loadDiff(),
    dtcgBundleTexts(model),
  ]);
  const before = readDtcgExport(previous.files);
  const now = readDtcgExport(dtcg.map((f) => ({ name: f.path, text: f.contents })));
  return diffExports(before, now, { previousMayBePartial: previous.uploaded === true });
}

async function keepRemovedAsDeprecated(files: BuiltFile[], diff: TokenDiff) {
  const { applyDeprecations } = await loadDeprecations();
  const dtcgFiles = await Promise.all(
    files
      .filter((f) => f.path.endsWith('.json'))
      .map(async (f) => ({ path: f.path, mediaType: f.mediaType, contents: await f.text() })),
  );
  const result = applyDeprecations(dtcgFiles, diff);
  return {
    kept: result.kept.length,
    files: [...result.files.map(builtFile), ...files.filter((f) => !f.path.endsWith('.json'))],
  };
}

async function buildOutputs(
  model: TokenModel,
  choices: ExportChoices,
  previous: Baseline | undefined,
  keepRemoved: boolean,
): Promise<ExportOutputs> {
  const { formats, modeSelector, codeSyntax } = choices;
  const chosen = FORMAT_IDS.filter((f) => formats.includes(f));
  const built = await onceFor(
    'files',
    model,
    JSON.stringify([chosen, modeSelector, codeSyntax]),
    () => buildInWorker(model, chosen, { modeSelector, codeSyntax }),
  );
  const outputs: ExportOutputs = {
    files: built.files,
    formatWarnings: built.warnings,
    diff: undefined,
    kept: 0,
  };
  if (!previous) return outputs;
  const diff = await compare(model, previous);
  if (!keepRemoved || !diff.removed.length) return { ...outputs, diff };
  return { ...outputs, diff, ...(await keepRemovedAsDeprecated(outputs.files, diff)) };
}

export function useExportOutputs(options: {
  sourceKey: string;
  model: TokenModel | undefined;
  /** When the model was converted: a new conversion is a new build. */
  modelUpdatedAt: number;
  choices: ExportChoices;
  previous: Baseline | undefined;
  keepRemoved: boolean;
}) {
  const { sourceKey, model, modelUpdatedAt, choices, previous, keepRemoved } = options;
  const { formats, modeSelector, codeSyntax, remUnits, includeHidden } = choices;
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- keyed by the source's identity and update time, not by the (large) input object
  return useQuery({
    queryKey: [
      'tokens',
      'outputs',
      sourceKey,
      formats,
      modeSelector,
      codeSyntax,
      remUnits,
      includeHidden,
      modelUpdatedAt,
      previous?.label,
      keepRemoved,
    ],
    enabled: model !== undefined,
    staleTime: Infinity,
    structuralSharing: false,
    // The file list stays while a changed option or baseline rebuilds it (its texts stay fetchable).
    placeholderData: keepPreviousData,
    queryFn: () => buildOutputs(model!, choices, previous, keepRemoved),
  });
}
