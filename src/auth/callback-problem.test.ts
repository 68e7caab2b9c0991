import { describe, expect, it } from 'vitest';
import { isCrossSite, noSessionProblem } from './callback-problem';
import type { CallbackSituation } from './callback-problem';

const crossSite: CallbackSituation = {
  flow: 'session',
  appHost: 'tokens.example.com',
  endpointHost: 'fra.cloud.appwrite.io',
  fallbackKept: false,
  storageUsable: true,
};

describe('isCrossSite', () => {
  it.each([
    ['tokens.example.com', 'fra.cloud.appwrite.io', true],
    ['tokens.example.com', 'appwrite.example.com', false],
    ['127.0.0.1', 'localhost', true],
    ['localhost', 'localhost', false],
  ])('%s with Appwrite on %s: %s', (app, endpoint, expected) => {
    expect(isCrossSite(app, endpoint)).toBe(expected);
  });
});

describe('noSessionProblem', () => {
  it('cookie flow across sites names both real fixes and the hosts involved', () => {
    const problem = noSessionProblem(crossSite);
    expect(problem.cause).toBe('cookies-third-party');
    expect(problem.advice).toContain('fra.cloud.appwrite.io');
    expect(problem.advice).toContain('appwrite.example.com');
    expect(problem.advice).toContain('VITE_APPWRITE_AUTH_FLOW=token');
  });

  it('cookie flow on one site does not send the user to another flow', () => {
    const problem = noSessionProblem({ ...crossSite, endpointHost: 'appwrite.example.com' });
    expect(problem.cause).toBe('cookies-blocked');
    expect(problem.advice).not.toMatch(/token flow|VITE_APPWRITE_AUTH_FLOW/);
  });

  it('never tells a token-flow user to switch to the token flow', () => {
    for (const situation of [
      { ...crossSite, flow: 'token' as const },
      { ...crossSite, flow: 'token' as const, storageUsable: false },
      { ...crossSite, flow: 'token' as const, fallbackKept: true },
      { ...crossSite, flow: 'token' as const, endpointHost: 'appwrite.example.com' },
    ]) {
      const problem = noSessionProblem(situation);
      expect(problem.advice, problem.cause).not.toMatch(/token flow|VITE_APPWRITE_AUTH_FLOW/);
    }
  });

  it('token flow: tells apart blocked storage, a missing fallback and a rejected one', () => {
    const token = { ...crossSite, flow: 'token' as const };
    expect(noSessionProblem({ ...token, storageUsable: false }).cause).toBe('storage-blocked');
    const missing = noSessionProblem(token);
    expect(missing.cause).toBe('fallback-missing');
    expect(missing.advice).toContain('X-Fallback-Cookies');
    expect(noSessionProblem({ ...token, fallbackKept: true }).advice).toMatch(/did not accept/);
  });
});
