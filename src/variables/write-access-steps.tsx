import { startFigmaSignIn } from '../auth/session';
import { Button } from '../ui/button';
import { Icon } from '../ui/icon';

/** Where Figma sends the user back after the write consent: the sync tab, marked as granted. */
export const GRANTED_PARAM = 'granted';

/**
 * The two set-up steps of write-back, each saying whether it is done: the account opt-in, then
 * Figma's consent for the file_variables:write permission.
 */
export function WriteAccessSteps({
  enabled,
  onEnabledChange,
  granted,
  returnPath,
}: {
  enabled: boolean;
  onEnabledChange: (next: boolean) => void;
  granted: boolean;
  returnPath: string;
}) {
  const grant = () =>
    startFigmaSignIn({
      next: `${returnPath}?${GRANTED_PARAM}=write`,
      extraScopes: ['file_variables:write'],
    });
  return (
    <ol className="sync-steps">
      <li className="sync-step" data-done={enabled}>
        <StepMark done={enabled} />
        <div className="sync-step__body">
          <label className="inline-control">
            <input
              type="checkbox"
              role="switch"
              checked={enabled}
              onChange={(event) => onEnabledChange(event.target.checked)}
            />{' '}
            Enable write-back for my account
          </label>
          <p className="sync-step__hint">
            {enabled
              ? 'On. Nothing is sent until you review the changes and confirm.'
              : 'Off by default, so nobody changes a Figma file by accident.'}
          </p>
        </div>
      </li>
      {enabled && (
        <li className="sync-step" data-done={granted}>
          <StepMark done={granted} />
          <div className="sync-step__body">
            {granted ? (
              <>
                <p className="sync-step__title">Write access granted</p>
                <p className="sync-step__hint">
                  Figma allowed Tokenport to change variables (file_variables:write).{' '}
                  <button type="button" className="link-button" onClick={grant}>
                    Ask Figma again
                  </button>
                </p>
              </>
            ) : (
              <>
                <p className="sync-step__title">
                  Writing needs an Enterprise plan, an editor seat on this file, and write
                  permission
                </p>
                <p className="sync-step__hint">
                  Figma asks you once to allow Tokenport to change variables (the
                  file_variables:write permission), then brings you back here.
                </p>
                <Button size="sm" icon={<Icon name="figma" />} onClick={grant}>
                  Grant write access
                </Button>
              </>
            )}
          </div>
        </li>
      )}
    </ol>
  );
}

export function StepMark({ done }: { done: boolean }) {
  return (
    <span className="sync-step__mark" aria-hidden="true">
      {done ? <Icon name="check" size={14} /> : null}
    </span>
  );
}
