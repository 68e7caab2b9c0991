/**
 * Choose formats and options, preview every generated file, copy it, download one file or a zip
 * of all, and see what changed since the last export before downloading.
 */
import { useEffect, useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FigmaVariablesInput, FloatType } from '../tokens/model';
import { FORMAT_IDS, FORMATS, MODE_SELECTORS, modeSelectorLabel } from '../tokens/catalog';
import type { FormatId, ModeSelector } from '../tokens/catalog';
import type { TokenDiff } from '../tokens/diff/diff-exports';
import { Button } from '../ui/button';
import { Callout } from '../ui/callout';
import { Icon } from '../ui/icon';
import { LoadingState } from '../ui/loading-state';
import { formatBytes, formatCount } from '../ui/format';
import { useToast } from '../ui/toast';
import { DiffSection } from './diff-section';
import { loadDeprecations, loadDiff, loadFormats, loadReader, loadZip } from './core';
import { downloadBlob } from './download';
import { loadLastExport, saveLastExport } from './last-export-store';
import { useExportChoices } from './export-choices';
import { useTokenModel } from './use-token-model';
import { buildInWorker, builtFile } from './convert-client';
import type { BuiltFile } from './convert-client';
import './variables.css';

/** Stable, so panels without overrides share the Variables tab's converted model. */
const NO_OVERRIDES: Record<string, FloatType> = {};

export function ExportPanel({
  sourceKey,
  input,
  title,
  floatTypeOverrides,
}: {
  sourceKey: string;
  input: FigmaVariablesInput;
  title: string;
  /** The Variables tab's per-variable type choices, so both tabs use one model. */
  floatTypeOverrides?: Record<string, FloatType>;
}) {
  const toast = useToast();
  const [choices, choose] = useExportChoices();
  const { formats, modeSelector, remUnits, codeSyntax, includeHidden } = choices;
  const [keepRemoved, setKeepRemoved] = useState(false);
  const [previous, setPrevious] = useState<{
    label: string;
    files: { name: string; text: string }[];
  }>();
  const [activePath, setActivePath] = useState<string>();
  const [savedBaseline, setSavedBaseline] = useState(false);
  const model = useTokenModel(input, {
    floatTypeOverrides: floatTypeOverrides ?? NO_OVERRIDES,
    includeHidden,
    remUnits,
  });

  useEffect(() => {
    let cancelled = false;
    loadLastExport(sourceKey)
      .then((stored) => {
        if (!cancelled && stored)
          setPrevious({
            label: `last export in this browser (${new Date(stored.savedAt).toLocaleString()})`,
            files: stored.files.map((f) => ({ name: f.path, text: f.contents })),
          });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [sourceKey]);

  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- keyed by the source's identity and update time, not by the (large) input object
  const outputs = useQuery({
    queryKey: [
      'tokens',
      'outputs',
      sourceKey,
      formats,
      modeSelector,
      codeSyntax,
      remUnits,
      includeHidden,
      model.dataUpdatedAt,
      previous?.label,
      keepRemoved,
    ],
    enabled: model.isSuccess,
    staleTime: Infinity,
    structuralSharing: false,
    // The file list stays while a changed option or baseline rebuilds it (its texts stay fetchable).
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const { buildFormat } = await loadFormats();
      if (!model.data)
        return {
          files: [] as BuiltFile[],
          formatWarnings: [],
          diff: undefined as TokenDiff | undefined,
          kept: 0,
          missing: [] as string[],
        };
      // Built in the conversion worker, where the model already is.
      const built = await buildInWorker(
        model.data,
        FORMAT_IDS.filter((f) => formats.includes(f)),
        { modeSelector, codeSyntax },
      );
      const formatWarnings = built.warnings;
      let files = built.files;
      let diff: TokenDiff | undefined;
      let kept = 0;
      let missing: string[] = [];
      if (previous) {
        const [{ readDtcgExport }, { diffExports }] = await Promise.all([loadReader(), loadDiff()]);
        const dtcg = buildFormat(model.data, 'dtcg', { bundle: true });
        const before = readDtcgExport(previous.files);
        const now = readDtcgExport(dtcg.map((f) => ({ name: f.path, text: f.contents })));
        diff = diffExports(before, now);
        // One file of a multi-file export holds some collections only: the rest would all read
        // as "added", so name what the comparison is missing.
        const seen = new Set(before.collections.map((c) => c.slug));
        missing = now.collections.filter((c) => !seen.has(c.slug)).map((c) => c.name);
        if (keepRemoved && diff.removed.length) {
          const { applyDeprecations } = await loadDeprecations();
          const dtcgFiles = await Promise.all(
            files
              .filter((f) => f.path.endsWith('.json'))
              .map(async (f) => ({
                path: f.path,
                mediaType: f.mediaType,
                contents: await f.text(),
              })),
          );
          const result = applyDeprecations(dtcgFiles, diff);
          kept = result.kept.length;
          files = [
            ...result.files.map(builtFile),
            ...files.filter((f) => !f.path.endsWith('.json')),
          ];
        }
      }
      return { files, formatWarnings, diff, kept, missing };
    },
  });

  const files = useMemo(() => outputs.data?.files ?? [], [outputs.data]);
  const active = files.find((f) => f.path === activePath) ?? files[0];
  // Only the file on screen is written out (in the worker) and sent here.
  // The outputs' update time identifies the build the text comes from.
  const activeText = useQuery({
    queryKey: ['tokens', 'file-text', sourceKey, outputs.dataUpdatedAt, active?.path],
    queryFn: () => active!.text(),
    enabled: active !== undefined,
    staleTime: Infinity,
    gcTime: 0,
    structuralSharing: false,
  });
  const activeBytes = useMemo(
    () =>
      activeText.data === undefined ? undefined : new TextEncoder().encode(activeText.data).length,
    [activeText.data],
  );
  const warnings = [...(model.data?.warnings ?? []), ...(outputs.data?.formatWarnings ?? [])];

  function toggle(format: FormatId) {
    choose({
      formats: formats.includes(format)
        ? formats.filter((f) => f !== format)
        : [...formats, format],
    });
  }

  async function remember() {
    try {
      const { buildFormat } = await loadFormats();
      if (!model.data) return;
      const baseline = buildFormat(model.data, 'dtcg', { bundle: true });
      await saveLastExport(sourceKey, baseline);
      // What was just downloaded is now what the next export is compared with.
      setPrevious({
        label: `this download, saved as the baseline (${new Date().toLocaleString()})`,
        files: baseline.map((f) => ({ name: f.path, text: f.contents })),
      });
      setSavedBaseline(true);
    } catch {
      toast.show({
        tone: 'warning',
        title: 'Downloaded, but not remembered',
        body: 'This browser would not store the export, so the next diff has nothing to compare with.',
      });
    }
  }

  async function downloadOne(file: BuiltFile) {
    downloadBlob(file.path.split('/').pop() ?? 'tokens.txt', await file.text(), file.mediaType);
    await remember();
  }

  async function downloadZip() {
    const { zipSync, strToU8 } = await loadZip();
    const texts = await Promise.all(files.map((file) => file.text()));
    const zipped = zipSync(
      Object.fromEntries(files.map((file, index) => [file.path, strToU8(texts[index] ?? '')])),
    );
    downloadBlob(
      `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'tokens'}-tokens.zip`,
      zipped,
      'application/zip',
    );
    await remember();
  }

  async function copy(path: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      toast.show({ tone: 'success', title: `Copied ${path}` });
    } catch {
      toast.show({
        tone: 'danger',
        title: 'Copy failed',
        body: 'Your browser blocked clipboard access; select the code and copy it instead.',
      });
    }
  }

  const diff = outputs.data?.diff;
  return (
    <div className="export">
      <fieldset className="export__formats">
        <legend>Formats</legend>
        {FORMAT_IDS.map((format) => (
          <label key={format} className="inline-control">
            <input
              type="checkbox"
              checked={formats.includes(format)}
              onChange={() => toggle(format)}
            />{' '}
            {FORMATS[format].label}
          </label>
        ))}
      </fieldset>
      <div className="export__options">
        <label className="inline-control">
          Mode selector
          <select
            className="ui-field__input"
            value={modeSelector}
            onChange={(event) => choose({ modeSelector: event.target.value as ModeSelector })}
          >
            {MODE_SELECTORS.map((selector) => (
              <option key={selector} value={selector}>
                {modeSelectorLabel(selector, model.data?.collections)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-control">
          <input
            type="checkbox"
            checked={remUnits}
            onChange={(event) => choose({ remUnits: event.target.checked })}
          />{' '}
          Dimensions in rem
        </label>
        <label className="inline-control">
          <input
            type="checkbox"
            checked={codeSyntax}
            onChange={(event) => choose({ codeSyntax: event.target.checked })}
          />{' '}
          Use code syntax names from Figma
        </label>
        <label className="inline-control">
          <input
            type="checkbox"
            checked={includeHidden}
            onChange={(event) => choose({ includeHidden: event.target.checked })}
          />{' '}
          Include hidden variables
        </label>
      </div>

      <DiffSection
        baselineLabel={previous?.label}
        diff={diff}
        error={outputs.isError ? outputs.error : undefined}
        missing={outputs.data?.missing ?? []}
        keepRemoved={keepRemoved}
        kept={outputs.data?.kept}
        onKeepRemovedChange={setKeepRemoved}
        onUpload={(picked) => {
          setSavedBaseline(false);
          setPrevious({ label: picked.map((f) => f.name).join(', '), files: picked });
        }}
      />

      {warnings.length > 0 && (
        <details className="export__warnings">
          <summary>
            {formatCount(warnings.length)} conversion {warnings.length === 1 ? 'note' : 'notes'}
          </summary>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
        </details>
      )}
      {model.data?.errors.map((error) => (
        <Callout key={error.message} tone="danger" title="Alias cycle">
          <p>{error.message}. These variables are left out until the cycle is broken in Figma.</p>
        </Callout>
      ))}

      {model.isPending ? (
        <LoadingState label="Converting variables to tokens…" />
      ) : outputs.isPending ? (
        <LoadingState label="Writing the files for the formats you chose…" />
      ) : files.length === 0 ? (
        <p className="export__muted">Choose at least one format.</p>
      ) : (
        <div className="export__preview">
          <div className="export__files" role="tablist" aria-label="Generated files">
            {files.map((file) => (
              <button
                key={file.path}
                type="button"
                role="tab"
                aria-selected={file === active}
                className="collection-tab"
                onClick={() => setActivePath(file.path)}
              >
                {file.path}
              </button>
            ))}
          </div>
          {active && (
            <div role="tabpanel" aria-label={active.path} className="export__panel">
              {savedBaseline && (
                <p className="export__saved" role="status">
                  <Icon name="check" /> Downloaded and saved as the baseline: the next export shows
                  what changed since now.
                </p>
              )}
              <div className="export__actions">
                {activeBytes !== undefined && (
                  <span className="export__muted">{formatBytes(activeBytes)}</span>
                )}
                <Button
                  size="sm"
                  icon={<Icon name="copy" />}
                  disabled={activeText.data === undefined}
                  onClick={() =>
                    activeText.data !== undefined && void copy(active.path, activeText.data)
                  }
                >
                  Copy
                </Button>
                <Button
                  size="sm"
                  icon={<Icon name="download" />}
                  onClick={() => void downloadOne(active)}
                >
                  Download {active.path.split('/').pop()}
                </Button>
                <Button
                  size="sm"
                  variant="primary"
                  icon={<Icon name="download" />}
                  onClick={() => void downloadZip()}
                >
                  Download all (.zip)
                </Button>
              </div>
              {activeText.isError ? (
                <Callout tone="danger" title={`${active.path} could not be written`}>
                  <p>{activeText.error.message}</p>
                </Callout>
              ) : activeText.data === undefined ? (
                <LoadingState label={`Writing ${active.path}…`} />
              ) : (
                <pre className="code-block" tabIndex={0} aria-label={`Contents of ${active.path}`}>
                  <code>
                    {activeText.data.length > 200_000
                      ? `${activeText.data.slice(0, 200_000)}\n… (preview truncated; the download is complete)`
                      : activeText.data}
                  </code>
                </pre>
              )}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
