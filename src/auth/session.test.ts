import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { authQueries, followSignOutElsewhere } from './session';
import { announceSignOut } from './sign-out-broadcast';
import { registerUserDataWiper } from './user-data';

describe('a sign-out in another tab', () => {
  it('forgets the user here, shows sign-in, and erases what this tab may still have saved', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(['figma', 'file', 'K'], { name: 'private' });
    let wiped = 0;
    const unregister = registerUserDataWiper('test-late-saves', () => void (wiped += 1));
    const signInShown = new Promise<void>((resolve) => {
      const stop = followSignOutElsewhere(queryClient, () => {
        stop();
        resolve();
      });
    });
    announceSignOut(Date.now(), 'another tab');
    await signInShown;
    await expect.poll(() => wiped).toBe(1);
    unregister();
    expect(queryClient.getQueryData(['figma', 'file', 'K'])).toBeUndefined();
    expect(queryClient.getQueryData(authQueries.currentUser().queryKey)).toBeNull();
  });
});
