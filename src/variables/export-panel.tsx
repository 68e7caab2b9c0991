/**
 * Choose formats and options, preview every generated file, copy it, download one file or a zip
 * of all, and see what changed since the last export before downloading.
 */
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { FigmaVariablesInput, FloatType } from '../tokens/model';
import type { OutputFile } from '../tokens/formats';
import { FORMAT_IDS, FORMATS, MODE_SELECTORS, modeSelectorLabel } from '../tokens/catalog';
import type { FormatId, ModeSelector } from '../tokens/catalog';
import type { TokenDiff } from '../tokens/diff/diff-exports';
import { Button } from '../ui/button';
import { Callout } from '../ui/callout';
import { Icon } from '../ui/icon';
import { Spinner } from '../ui/spinner';
import { formatBytes, formatCount } from '../ui/format';
import { useToast } from '../ui/toast';
import { loadDeprecations, loadDiff, loadFormats, loadReader, loadZip } from './core';
import { downloadBlob, readFiles } from './download';
import { loadLastExport, saveLastExport } from './last-export-store';
import { useTokenModel } from './use-token-model';
import { buildInWorker } from './convert-client';
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
  const [formats, setFormats] = useState<FormatId[]>(['dtcg', 'css']);
  const [modeSelector, setModeSelector] = useState<ModeSelector>('data-attribute');
  const [remUnits, setRemUnits] = useState(false);
  const [codeSyntax, setCodeSyntax] = useState(true);
  const [includeHidden, setIncludeHidden] = useState(true);
  const [keepRemoved, setKeepRemoved] = useState(false);
  const [previous, setPrevious] = useState<{
    label: string;
    files: { name: string; text: string }[];
  }>();
  const [activePath, setActivePath] = useState<string>();
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
    queryFn: async () => {
      const { buildFormat } = await loadFormats();
      if (!model.data)
        return {
          files: [] as OutputFile[],
          formatWarnings: [],
          diff: undefined as TokenDiff | undefined,
          kept: 0,
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
      if (previous) {
        const [{ readDtcgExport }, { diffExports }] = await Promise.all([loadReader(), loadDiff()]);
        const dtcg = buildFormat(model.data, 'dtcg', { bundle: true });
        diff = diffExports(
          readDtcgExport(previous.files),
          readDtcgExport(dtcg.map((f) => ({ name: f.path, text: f.contents }))),
        );
        if (keepRemoved && diff.removed.length) {
          const { applyDeprecations } = await loadDeprecations();
          const dtcgFiles = files.filter((f) => f.path.endsWith('.json'));
          const result = applyDeprecations(dtcgFiles, diff);
          kept = result.kept.length;
          files = [...result.files, ...files.filter((f) => !f.path.endsWith('.json'))];
        }
      }
      return { files, formatWarnings, diff, kept };
    },
  });

  const files = useMemo(() => outputs.data?.files ?? [], [outputs.data]);
  const active = files.find((f) => f.path === activePath) ?? files[0];
  const warnings = [...(model.data?.warnings ?? []), ...(outputs.data?.formatWarnings ?? [])];

  function toggle(format: FormatId) {
    setFormats((current) =>
      current.includes(format) ? current.filter((f) => f !== format) : [...current, format],
    );
  }

  async function remember() {
    try {
      const { buildFormat } = await loadFormats();
      if (model.data)
        await saveLastExport(sourceKey, buildFormat(model.data, 'dtcg', { bundle: true }));
    } catch {
      toast.show({
        tone: 'warning',
        title: 'Downloaded, but not remembered',
        body: 'This browser would not store the export, so the next diff has nothing to compare with.',
      });
    }
  }

  async function downloadOne(file: OutputFile) {
    downloadBlob(file.path.split('/').pop() ?? 'tokens.txt', file.contents, file.mediaType);
    await remember();
  }

  async function downloadZip() {
    const { zipSync, strToU8 } = await loadZip();
    const zipped = zipSync(
      Object.fromEntries(files.map((file) => [file.path, strToU8(file.contents)])),
    );
    downloadBlob(
      `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'tokens'}-tokens.zip`,
      zipped,
      'application/zip',
    );
    await remember();
  }

  async function copy(file: OutputFile) {
    try {
      await navigator.clipboard.writeText(file.contents);
      toast.show({ tone: 'success', title: `Copied ${file.path}` });
    } catch {
      toast.show({
        tone: 'danger',
        title: 'Copy failed',
        body: 'Your browser blocked clipboard access; select the code and copy it instead.',
      });
    }
  }

  async function uploadPrevious(list: FileList | null) {
    if (!list?.length) return;
    setPrevious({ label: [...list].map((f) => f.name).join(', '), files: await readFiles(list) });
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
            onChange={(event) => setModeSelector(event.target.value as ModeSelector)}
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
            onChange={(event) => setRemUnits(event.target.checked)}
          />{' '}
          Dimensions in rem
        </label>
        <label className="inline-control">
          <input
            type="checkbox"
            checked={codeSyntax}
            onChange={(event) => setCodeSyntax(event.target.checked)}
          />{' '}
          Use code syntax names from Figma
        </label>
        <label className="inline-control">
          <input
            type="checkbox"
            checked={includeHidden}
            onChange={(event) => setIncludeHidden(event.target.checked)}
          />{' '}
          Include hidden variables
        </label>
      </div>

      <section aria-labelledby="diff-heading" className="export__diff">
        <h3 id="diff-heading">Changes since the last sync</h3>
        <label className="ui-button ui-button--secondary ui-button--sm file-button">
          <Icon name="upload" /> Compare with a previous export…
          <input
            type="file"
            accept=".json,application/json"
            multiple
            className="visually-hidden"
            onChange={(event) => void uploadPrevious(event.target.files)}
          />
        </label>
        {!previous ? (
          <p className="files-muted">
            No previous export yet: download once, and the next export shows what changed.
          </p>
        ) : !diff ? (
          outputs.isError ? (
            <Callout tone="danger" title="The previous export could not be read">
              {outputs.error instanceof Error ? outputs.error.message : ''}
            </Callout>
          ) : (
            <Spinner label="Comparing" />
          )
        ) : (
          <>
            <p className="files-muted">Compared with {previous.label}</p>
            <ul className="diff-counts" aria-label="Change counts">
              <li>Added: {diff.counts.added}</li>
              <li>Removed: {diff.counts.removed}</li>
              <li>Renamed: {diff.counts.renamed}</li>
              <li>Changed: {diff.counts.changed}</li>
            </ul>
            {[
              ...diff.added.map((t) => `+ ${t.path}`),
              ...diff.removed.map((t) => `− ${t.path}`),
              ...diff.renamed.map((t) => `→ ${t.from.path} → ${t.path}`),
              ...diff.changed.map(
                (t) => `~ ${t.path} (${t.changes.map((c) => c.mode).join(', ')})`,
              ),
            ].length > 0 && (
              <details>
                <summary>Details</summary>
                <ul className="diff-list">
                  {diff.added.map((t) => (
                    <li key={`a${t.key}`}>Added {t.path}</li>
                  ))}
                  {diff.removed.map((t) => (
                    <li key={`r${t.key}`}>Removed {t.path}</li>
                  ))}
                  {diff.renamed.map((t) => (
                    <li key={`n${t.key}`}>
                      Renamed {t.from.path} → {t.path}
                    </li>
                  ))}
                  {diff.changed.map((t) => (
                    <li key={`c${t.key}`}>
                      Changed {t.path} in {t.changes.map((c) => c.mode).join(', ')}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            <label className="inline-control">
              <input
                type="checkbox"
                checked={keepRemoved}
                onChange={(event) => setKeepRemoved(event.target.checked)}
              />{' '}
              Keep removed tokens, marked $deprecated
              {keepRemoved && outputs.data ? ` (${outputs.data.kept} kept)` : ''}
            </label>
          </>
        )}
      </section>

      {warnings.length > 0 && (
        <details className="export__warnings">
          <summary>{formatCount(warnings.length)} conversion notes</summary>
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

      {model.isPending || outputs.isPending ? (
        <Spinner label="Converting variables" />
      ) : files.length === 0 ? (
        <p className="files-muted">Choose at least one format.</p>
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
              <div className="export__actions">
                <span className="files-muted">
                  {formatBytes(new TextEncoder().encode(active.contents).length)}
                </span>
                <Button size="sm" icon={<Icon name="copy" />} onClick={() => void copy(active)}>
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
              <pre className="code-block" tabIndex={0} aria-label={`Contents of ${active.path}`}>
                <code>
                  {active.contents.length > 200_000
                    ? `${active.contents.slice(0, 200_000)}\n… (preview truncated; the download is complete)`
                    : active.contents}
                </code>
              </pre>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
