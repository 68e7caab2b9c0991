import { useSyncExternalStore } from 'react';
import { Button } from '../ui/button';
import { formatCount } from '../ui/format';
import { cancelConversion, conversionProgress } from './convert-client';

/** What the conversion worker is doing, with a way to stop it. */
export function ConversionProgress() {
  const progress = useSyncExternalStore(conversionProgress.subscribe, conversionProgress.current);
  if (!progress) return null;
  return (
    <p role="status" className="files-muted">
      {progress.phase === 'converting'
        ? `Converting ${formatCount(progress.count)} variables…`
        : `Writing ${formatCount(progress.count)} formats…`}{' '}
      <Button size="sm" variant="ghost" onClick={cancelConversion}>
        Cancel
      </Button>
    </p>
  );
}
