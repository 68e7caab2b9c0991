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
            }, tab);
          }),
      ),
    );
    announceSignOut(Date.now(), 'tab A');
    (await both).forEach((stop) => stop());
    expect(heard.sort()).toEqual(['tab B', 'tab C']);
  });

  it('neither a stopped listener nor the announcing tab itself hears it', async () => {
    let stoppedHeard = 0;
    let selfHeard = 0;
    const stop = onSignOutElsewhere(() => void (stoppedHeard += 1), 'tab B');
    stop();
    const self = onSignOutElsewhere(() => void (selfHeard += 1), 'tab A');
    // A listener that is still on, registered last, proves the message went out and was delivered.
    const heard = new Promise<void>((resolve) => {
      const keep = onSignOutElsewhere(() => {
        keep();
        resolve();
      }, 'tab C');
    });
    announceSignOut(Date.now(), 'tab A');
    await heard;
    self();
    expect(stoppedHeard).toBe(0);
    expect(selfHeard).toBe(0);
  });
});
