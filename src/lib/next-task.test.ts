import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from './next-task';

describe('nextTask', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('resolves only after the current task has run out of microtasks', async () => {
    const order: string[] = [];
    const next = nextTask().then(() => order.push('next task'));
    for (let i = 0; i < 20; i++) await Promise.resolve();
    order.push('current task');
    await next;
    expect(order).toEqual(['current task', 'next task']);
  });

  it("uses the browser's scheduler.yield() where it has one", async () => {
    const yieldToMain = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldToMain });
    await nextTask();
    expect(yieldToMain).toHaveBeenCalledTimes(1);
  });
});
