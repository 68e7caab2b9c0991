/**
 * Bounds how long the app waits for a server. A request that never answers must end in an error
 * the user can act on ("try again"), not in a spinner forever.
 */

export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  readonly ms: number;

  constructor(ms: number, what: string) {
    super(`${what} did not answer within ${Math.round(ms / 1000)} s.`);
    this.ms = ms;
  }
}

export function isTimeoutError(error: unknown): error is TimeoutError {
  return error instanceof TimeoutError;
}

/**
 * Runs `work` with a signal that aborts after `ms` (or when `outer` aborts) and settles no later
 * than that, even when `work` ignores the signal (the Appwrite SDK takes none). A timer, not
 * `AbortSignal.timeout`, so fake clocks in tests control it.
 */
export function withDeadline<T>(
  what: string,
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
  outer?: AbortSignal,
): Promise<T> {
  const controller = new AbortController();
  if (outer?.aborted) return Promise.reject(outer.reason as unknown);
  return new Promise<T>((resolve, reject) => {
    const fail = (reason: unknown) => {
      controller.abort(reason);
      reject(reason);
    };
    const onOuterAbort = () => fail(outer?.reason);
    const timer = setTimeout(() => fail(new TimeoutError(ms, what)), ms);
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    const settle = () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    };
    work(controller.signal).then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(controller.signal.aborted ? (controller.signal.reason as unknown) : error);
      },
    );
  });
}
