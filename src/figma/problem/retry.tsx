import { useState } from 'react';
import { Button } from '../../ui/button';
import { Countdown } from '../../ui/countdown';
import { Icon } from '../../ui/icon';

/** Waits longer than this are stated in words instead of counted down. */
export const COUNTDOWN_LIMIT_MS = 15 * 60_000;

export function RetryButton({
  onRetry,
  label = 'Try again',
}: {
  onRetry?: (() => void) | undefined;
  label?: string;
}) {
  if (!onRetry) return null;
  return (
    <Button variant="primary" icon={<Icon name="refresh" />} onClick={onRetry}>
      {label}
    </Button>
  );
}

/** A countdown to `until`, then an enabled Retry; a long wait is stated as a time instead. */
export function WaitThenRetry({
  until,
  onRetry,
}: {
  until: Date;
  onRetry?: (() => void) | undefined;
}) {
  const [shownAt] = useState(() => Date.now());
  const [ready, setReady] = useState(() => until.getTime() <= shownAt);
  if (until.getTime() - shownAt > COUNTDOWN_LIMIT_MS) {
    return <p>You can try again at {until.toLocaleString()}.</p>;
  }
  return (
    <>
      <p>
        <Countdown until={until} onDone={() => setReady(true)} />
      </p>
      {onRetry && (
        <Button
          variant="primary"
          icon={<Icon name="refresh" />}
          onClick={onRetry}
          disabled={!ready}
        >
          Retry
        </Button>
      )}
    </>
  );
}
