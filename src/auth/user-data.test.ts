// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import {
  claimBrowserFor,
  registerUserDataWiper,
  releaseBrowser,
  removeLocalKeys,
  wipeUserData,
} from './user-data';
import { FLOAT_TYPES_KEY_PREFIX } from '../lib/user-data-stores';

const unregister: (() => void)[] = [];
beforeEach(() => localStorage.clear());
afterEach(() => {
  unregister.splice(0).forEach((remove) => remove());
  localStorage.clear();
});

describe('wipeUserData', () => {
  it('clears the query cache, the float-type overrides and every registered wiper, nothing else', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(['figma', 'me'], { email: 'ada@acme.test' });
    localStorage.setItem(`${FLOAT_TYPES_KEY_PREFIX}FILE1`, '{"v1":"opacity"}');
    localStorage.setItem(`${FLOAT_TYPES_KEY_PREFIX}FILE2`, '{}');
    localStorage.setItem('tokenport.theme', 'dark');
    const wiped: string[] = [];
    unregister.push(registerUserDataWiper('persisted-cache', () => void wiped.push('cache')));
    unregister.push(
      registerUserDataWiper('async-store', async () => {
        await Promise.resolve();
        wiped.push('async');
      }),
    );

    await wipeUserData(queryClient);

    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(localStorage.getItem(`${FLOAT_TYPES_KEY_PREFIX}FILE1`)).toBeNull();
    expect(localStorage.getItem(`${FLOAT_TYPES_KEY_PREFIX}FILE2`)).toBeNull();
    expect(localStorage.getItem('tokenport.theme')).toBe('dark');
    expect(wiped.sort()).toEqual(['async', 'cache']);
  });

  it('runs every wiper even when one fails, then reports the failure', async () => {
    let ranAfterFailure = false;
    unregister.push(
      registerUserDataWiper('broken', () => {
        throw new Error('store refused');
      }),
    );
    unregister.push(registerUserDataWiper('healthy', () => void (ranAfterFailure = true)));
    localStorage.setItem(`${FLOAT_TYPES_KEY_PREFIX}FILE1`, '{}');

    const error = await wipeUserData().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AggregateError);
    expect((error as AggregateError).errors.map((e: Error) => e.message)).toEqual([
      'store refused',
    ]);
    expect(ranAfterFailure).toBe(true);
    expect(localStorage.getItem(`${FLOAT_TYPES_KEY_PREFIX}FILE1`)).toBeNull();
  });

  it('an unregistered wiper is no longer called; re-registering a name replaces the wiper', async () => {
    const calls: string[] = [];
    const remove = registerUserDataWiper('w', () => void calls.push('first'));
    unregister.push(registerUserDataWiper('w', () => void calls.push('second')));
    remove(); // stale removal must not drop the replacement
    await wipeUserData();
    expect(calls).toEqual(['second']);
  });
});

describe('removeLocalKeys', () => {
  it('removes every key under the prefixes, including adjacent ones (index shifting)', () => {
    for (let i = 0; i < 5; i += 1) localStorage.setItem(`p.${i}`, 'x');
    localStorage.setItem('q.keep', 'x');
    removeLocalKeys(['p.']);
    expect(Object.keys(localStorage)).toEqual(['q.keep']);
  });
});

describe('claimBrowserFor', () => {
  it('wipes what the previous user left only when a different user signs in', async () => {
    const wipes: number[] = [];
    unregister.push(registerUserDataWiper('count', () => void wipes.push(1)));

    await claimBrowserFor('ada');
    await claimBrowserFor('ada');
    expect(wipes).toHaveLength(0);

    localStorage.setItem(`${FLOAT_TYPES_KEY_PREFIX}ADAFILE`, '{"v":"opacity"}');
    await claimBrowserFor('grace');
    expect(wipes).toHaveLength(1);
    expect(localStorage.getItem(`${FLOAT_TYPES_KEY_PREFIX}ADAFILE`)).toBeNull();

    releaseBrowser();
    await claimBrowserFor('ada');
    expect(wipes).toHaveLength(1);
  });
});
