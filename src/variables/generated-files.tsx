/**
 * The generated files in a file list beside the code: the one on screen is written out (in the
 * worker) and shown with its size, copy, download, and a zip of all. Only the file shown is ever
 * sent to the page.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
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

function useFileText(sourceKey: string, buildId: number, file: BuiltFile | undefined) {
  const text = useQuery({
    queryKey: ['tokens', 'file-text', sourceKey, buildId, file?.path],
    queryFn: () => file!.text(),
    enabled: file !== undefined,
    staleTime: Infinity,
    gcTime: 0,
    structuralSharing: false,
  });
  const bytes = useMemo(
    () => (text.data === undefined ? undefined : new TextEncoder().encode(text.data).length),
    [text.data],
  );
  return { text, bytes };
}

function FileActions({
  file,
  files,
  text,
  bytes,
  title,
  onDownloaded,
}: {
  file: BuiltFile;
  files: BuiltFile[];
  text: string | undefined;
  bytes: number | undefined;
  title: string;
  onDownloaded: () => Promise<void>;
}) {
  const toast = useToast();

  async function downloadOne() {
    downloadBlob(file.path.split('/').pop() ?? 'tokens.txt', await file.text(), file.mediaType);
    await onDownloaded();
  }

  async function downloadZip() {
    const { zipSync, strToU8 } = await loadZip();
    const texts = await Promise.all(files.map((each) => each.text()));
    const zipped = zipSync(
      Object.fromEntries(files.map((each, index) => [each.path, strToU8(texts[index] ?? '')])),
    );
    downloadBlob(zipName(title), zipped, 'application/zip');
    await onDownloaded();
  }

  async function copy(contents: string) {
    try {
      await navigator.clipboard.writeText(contents);
      toast.show({ tone: 'success', title: `Copied ${file.path}` });
    } catch {
      toast.show({
        tone: 'danger',
        title: 'Copy failed',
        body: 'Your browser blocked clipboard access; select the code and copy it instead.',
      });
    }
  }

  return (
    <div className="export__actions">
      {bytes !== undefined && <span className="export__muted">{formatBytes(bytes)}</span>}
      <Button
        size="sm"
        icon={<Icon name="copy" />}
        disabled={text === undefined}
        onClick={() => text !== undefined && void copy(text)}
      >
        Copy
      </Button>
      <Button size="sm" icon={<Icon name="download" />} onClick={() => void downloadOne()}>
        Download {file.path.split('/').pop()}
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
  );
}

function FileContents({ path, text }: { path: string; text: UseQueryResult<string> }) {
  if (text.isError)
    return (
      <Callout tone="danger" title={`${path} could not be written`}>
        <p>{text.error.message}</p>
      </Callout>
    );
  if (text.data === undefined) return <LoadingState label={`Writing ${path}…`} />;
  return (
    <pre className="code-block" tabIndex={0} aria-label={`Contents of ${path}`}>
      <Suspense fallback={<code>{preview(text.data)}</code>}>
        <HighlightedCode path={path} text={preview(text.data)} />
      </Suspense>
    </pre>
  );
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
  const [activePath, setActivePath] = useState<string>();
  const active = files.find((f) => f.path === activePath) ?? groupByFolder(files)[0]?.files[0];
  const { text, bytes } = useFileText(sourceKey, buildId, active);
  if (!active) return <div className="export__preview" />;

  return (
    <div className="export__preview">
      <FilePicker
        files={files.map((file) =>
          file === active && file.bytes === undefined ? { ...file, bytes } : file,
        )}
        selected={active.path}
        onSelect={setActivePath}
      />
      <section aria-label={active.path} className="export__panel">
        {savedBaseline && (
          <p className="export__saved" role="status">
            <Icon name="check" /> Downloaded and saved as the baseline: the next export shows what
            changed since now.
          </p>
        )}
        <FileActions
          file={active}
          files={files}
          text={text.data}
          bytes={bytes}
          title={title}
          onDownloaded={onDownloaded}
        />
        <FileContents path={active.path} text={text} />
      </section>
    </div>
  );
}
