import { afterEach, describe, expect, it, vi } from 'vitest';
import { APPWRITE, json, stubNetwork } from '../testing/network';
import {
  ACCOUNT_TIMEOUT_MS,
  currentUser,
  deleteCurrentSession,
  readFigmaSession,
  refreshFigmaSession,
} from './appwrite';
import { AccountError } from './account-error';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const appwriteError = (code: number, type: string) =>
  json({ message: `${type} message`, code, type, version: '1.9.6' }, code);

async function failureOf(promise: Promise<unknown>): Promise<AccountError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AccountError);
  return error as AccountError;
}

describe('the Appwrite adapter', () => {
  it('a guest is null, a user is the app’s own shape', async () => {
    const network = stubNetwork().on('GET', `${APPWRITE}/account`, () =>
      appwriteError(401, 'general_unauthorized_scope'),
    );
    await expect(currentUser()).resolves.toBeNull();
    network.on('GET', `${APPWRITE}/account`, () =>
      json({ $id: 'u1', name: 'Ada', email: 'ada@acme.test', prefs: {}, password: 'x' }),
    );
    await expect(currentUser()).resolves.toEqual({ id: 'u1', name: 'Ada', email: 'ada@acme.test' });
  });

  it('reads the refreshed session, including the non-ISO dates of Appwrite 1.9.x', async () => {
    stubNetwork().on('PATCH', `${APPWRITE}/account/sessions/s1`, () =>
      json({
        $id: 's1',
        $updatedAt: '2026-11-22 10:00:00.000',
        providerAccessToken: 'figu_1',
        providerAccessTokenExpiry: '2027-02-20 10:00:00.000',
      }),
    );
    await expect(refreshFigmaSession('s1')).resolves.toEqual({
      sessionId: 's1',
      accessToken: 'figu_1',
      expiresAt: Date.UTC(2027, 1, 20, 10),
      updatedAt: Date.UTC(2026, 10, 22, 10),
    });
  });

  it.each([
    [429, 'general_rate_limit_exceeded', 'rate-limited'],
    [400, 'user_oauth2_bad_request', 'figma-refused'],
    [401, 'user_oauth2_unauthorized', 'unauthorized'],
    [400, 'project_provider_unsupported', 'figma-refused'],
    [404, 'user_session_not_found', 'unauthorized'],
    [500, 'general_server_error', 'server'],
    [503, 'general_service_disabled', 'server'],
    [400, 'general_argument_invalid', 'rejected'],
  ])('translates %i %s into %s', async (status, type, kind) => {
    stubNetwork().on('PATCH', `${APPWRITE}/account/sessions/s1`, () => appwriteError(status, type));
    const error = await failureOf(refreshFigmaSession('s1'));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
  });

  it('a request that never reaches Appwrite is "network"', async () => {
    stubNetwork().on('GET', `${APPWRITE}/account/sessions/current`, () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await failureOf(readFigmaSession())).kind).toBe('network');
  });

  it('an Appwrite that never answers ends in "timeout" after ACCOUNT_TIMEOUT_MS', async () => {
    vi.useFakeTimers();
    stubNetwork().on('GET', `${APPWRITE}/account`, () => new Promise<Response>(() => undefined));
    const pending = failureOf(currentUser());
    await vi.advanceTimersByTimeAsync(ACCOUNT_TIMEOUT_MS);
    expect((await pending).kind).toBe('timeout');
  });

  it('signing out of a session that is already gone counts as done; other failures do not', async () => {
    const network = stubNetwork().on('DELETE', `${APPWRITE}/account/sessions/current`, () =>
      appwriteError(401, 'general_unauthorized_scope'),
    );
    await expect(deleteCurrentSession()).resolves.toBeUndefined();
    network.on('DELETE', `${APPWRITE}/account/sessions/current`, () =>
      appwriteError(500, 'general_server_error'),
    );
    expect((await failureOf(deleteCurrentSession())).kind).toBe('server');
  });
});
