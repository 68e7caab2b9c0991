/**
 * The generated files in a file list beside the code: the one on screen is written out (in the
 * worker) and shown with its size, copy, download, and a zip of all. Only the file shown is ever
 * sent to the page.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button } from '../ui/button';
import { Callout } from '../ui/callout';
import { Icon } from '../ui/icon';
import { LoadingState } from '../ui/loading-state';
import { formatBytes } from '../ui/format';
import { useToast } from '../ui/toast';
import type { BuiltFile } from './convert-client';
import { loadZip } from './core';
import { downloadBlob } from './download';
import { groupByFolder } from './file-groups';
import { FilePicker } from './file-picker';

const PREVIEW_LIMIT = 200_000;
const HighlightedCode = lazy(() => import('./highlighted-code'));

function preview(text: string) {
  return text.length > PREVIEW_LIMIT
    ? `${text.slice(0, PREVIEW_LIMIT)}\n… (preview truncated; the download is complete)`
    : text;
}

function zipName(title: string) {
  return `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'tokens'}-tokens.zip`;
}

export function GeneratedFiles({
  sourceKey,
  files,
  buildId,
  title,
  savedBaseline,
  onDownloaded,
}: {
  sourceKey: string;
  files: BuiltFile[];
  /** Identifies the build the files come from (their texts are fetched per build). */
  buildId: number;
  title: string;
  savedBaseline: boolean;
  onDownloaded: () => Promise<void>;
}) {
  const toast = useToast();
  const [activePath, setActivePath] = useState<string>();
  const active = files.find((f) => f.path === activePath) ?? groupByFolder(files)[0]?.files[0];
  const activeText = useQuery({
    queryKey: ['tokens', 'file-text', sourceKey, buildId, active?.path],
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

  async function downloadOne(file: BuiltFile) {
    downloadBlob(file.path.split('/').pop() ?? 'tokens.txt', await file.text(), file.mediaType);
    await onDownloaded();
  }

  async function downloadZip() {
    const { zipSync, strToU8 } = await loadZip();
    const texts = await Promise.all(files.map((file) => file.text()));
    const zipped = zipSync(
      Object.fromEntries(files.map((file, index) => [file.path, strToU8(texts[index] ?? '')])),
    );
    downloadBlob(zipName(title), zipped, 'application/zip');
    await onDownloaded();
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

  return (
    <div className="export__preview">
      {active && (
        <FilePicker
          files={files.map((file) =>
            file === active && file.bytes === undefined ? { ...file, bytes: activeBytes } : file,
          )}
          selected={active.path}
          onSelect={setActivePath}
        />
      )}
      {active && (
        <section aria-label={active.path} className="export__panel">
          {savedBaseline && (
            <p className="export__saved" role="status">
              <Icon name="check" /> Downloaded and saved as the baseline: the next export shows what
              changed since now.
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
              <Suspense fallback={<code>{preview(activeText.data)}</code>}>
                <HighlightedCode path={active.path} text={preview(activeText.data)} />
              </Suspense>
            </pre>
          )}
        </section>
      )}
    </div>
  );
}
