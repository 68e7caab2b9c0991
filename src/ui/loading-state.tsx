import { Spinner } from './spinner';
import './ui.css';

/**
 * A loading placeholder that says what is happening, with optional progress for long work,
 * instead of a bare grey block.
 */
export function LoadingState({
  label,
  detail,
  progress,
}: {
  label: string;
  detail?: string;
  /** 0–1 when the work can tell how far it is. */
  progress?: number;
}) {
  return (
    <div className="ui-loading" role="status" aria-live="polite">
      <div className="ui-loading__row">
        <Spinner size={18} />
        <p className="ui-loading__label">{label}</p>
      </div>
      {detail && <p className="ui-loading__detail">{detail}</p>}
      {progress !== undefined && (
        <progress className="ui-loading__progress" max={1} value={progress} aria-label={label} />
      )}
    </div>
  );
}
