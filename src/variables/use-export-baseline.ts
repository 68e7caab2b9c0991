/**
 * What the export is compared with: the last download in this browser, files the user uploads, or
 * the download just made ("saved as the baseline").
 */
import { useEffect, useState } from 'react';
import type { TokenModel } from '../tokens/model';
import { useToast } from '../ui/toast';
import type { PickedFile } from './json-file-picker';
import { loadLastExport, saveLastExport } from './last-export-store';
import { dtcgBundleTexts } from './use-export-outputs';

export interface Baseline {
  label: string;
  files: PickedFile[];
  /** Uploaded by the user, so perhaps only some of an export's files (a saved download is whole). */
  uploaded?: boolean;
}

export function useExportBaseline(sourceKey: string, model: TokenModel | undefined) {
  const toast = useToast();
  const [previous, setPrevious] = useState<Baseline>();
  const [savedBaseline, setSavedBaseline] = useState(false);

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

  /** After a download: what was just downloaded is what the next export is compared with. */
  async function rememberDownload() {
    try {
      if (!model) return;
      const baseline = await dtcgBundleTexts(model);
      await saveLastExport(sourceKey, baseline);
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

  function compareWithUpload(picked: PickedFile[]) {
    setSavedBaseline(false);
    setPrevious({ label: picked.map((f) => f.name).join(', '), files: picked, uploaded: true });
  }

  return { previous, savedBaseline, rememberDownload, compareWithUpload };
}
