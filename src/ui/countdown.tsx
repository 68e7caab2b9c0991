import { useEffect, useState } from 'react';

/** Plain words for a wait: seconds and minutes count down, hours and days are stated. */
export function describeWait(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `about ${hours} hour${hours === 1 ? '' : 's'}`;
  return `about ${Math.round(hours / 24)} days`;
}

export function Countdown({
  until,
  onDone,
  prefix = 'Try again in',
}: {
  until: Date;
  onDone?: () => void;
  prefix?: string;
}) {
  const [now, setNow] = useState(() => Date.now());
  const remaining = until.getTime() - now;

  useEffect(() => {
    if (remaining <= 0) {
      onDone?.();
      return undefined;
    }
    const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, remaining));
    return () => clearTimeout(timer);
  }, [remaining, onDone]);

  return (
    <span role="timer" aria-live="off">
      {remaining > 0 ? `${prefix} ${describeWait(remaining)}` : 'You can try again now'}
    </span>
  );
}
