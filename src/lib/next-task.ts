/**
 * Resolves in a later task, so the work after it is not part of the current one. Every task past
 * 50 ms blocks input (Lighthouse counts the excess as blocking time); splitting start-up work
 * across tasks lets the browser paint and answer input in between. `scheduler.yield()` resumes
 * ahead of other queued work where the browser has it; elsewhere a zero timeout does the same job.
 */
type YieldingScheduler = { yield?: () => Promise<void> };

export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
