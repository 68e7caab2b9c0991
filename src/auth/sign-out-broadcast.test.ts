import { describe, expect, it } from 'vitest';
import { announceSignOut, onSignOutElsewhere } from './sign-out-broadcast';

describe('sign-out broadcast', () => {
  it('reaches every other listening tab', async () => {
    const heard: string[] = [];
    const both = Promise.all(
      ['tab B', 'tab C'].map(
        (tab) =>
          new Promise<() => void>((resolve) => {
            const stop = onSignOutElsewhere(() => {
              heard.push(tab);
              resolve(stop);
            });
          }),
      ),
    );
    announceSignOut();
    (await both).forEach((stop) => stop());
    expect(heard.sort()).toEqual(['tab B', 'tab C']);
  });

  it('a stopped listener hears nothing more', async () => {
    let stoppedHeard = 0;
    const stop = onSignOutElsewhere(() => void (stoppedHeard += 1));
    stop();
    // A second listener that is still on proves the message went out.
    const heard = new Promise<void>((resolve) => {
      const keep = onSignOutElsewhere(() => {
        keep();
        resolve();
      });
    });
    announceSignOut();
    await heard;
    expect(stoppedHeard).toBe(0);
  });
});
