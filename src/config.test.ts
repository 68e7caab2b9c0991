import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

function problemsOf(env: Record<string, string>) {
  const result = parseConfig(env);
  return result.ok ? [] : result.problems.map((p) => p.variable);
}

describe('parseConfig', () => {
  it('defaults to the bundled emulator when nothing is configured', () => {
    const result = parseConfig({});
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({
        appwriteEndpoint: 'http://localhost:8787/v1',
        appwriteProjectId: 'tokenport-demo',
        figmaApiBase: 'http://localhost:8788',
        authFlow: 'session',
        figmaTokenRefresh: 'when-needed',
        isEmulator: true,
      }),
    });
  });

  it('uses the real Figma API once a real Appwrite endpoint is configured', () => {
    const result = parseConfig({
      VITE_APPWRITE_ENDPOINT: 'https://fra.cloud.appwrite.io/v1/',
      VITE_APPWRITE_PROJECT_ID: 'tokenport-prod',
      VITE_APPWRITE_AUTH_FLOW: 'token',
      VITE_FIGMA_TOKEN_REFRESH: 'always',
    });
    expect(result.ok && result.config).toMatchObject({
      appwriteEndpoint: 'https://fra.cloud.appwrite.io/v1',
      figmaApiBase: 'https://api.figma.com',
      authFlow: 'token',
      figmaTokenRefresh: 'always',
      isEmulator: false,
    });
  });

  it('names every invalid variable', () => {
    expect(
      problemsOf({
        VITE_APPWRITE_ENDPOINT: 'fra.cloud.appwrite.io',
        VITE_APPWRITE_PROJECT_ID: 'no spaces allowed',
        VITE_APPWRITE_AUTH_FLOW: 'cookie',
        VITE_FIGMA_API_BASE: 'ftp://api.figma.com',
        VITE_FIGMA_TOKEN_REFRESH: 'sometimes',
      }),
    ).toEqual([
      'VITE_APPWRITE_ENDPOINT',
      'VITE_APPWRITE_PROJECT_ID',
      'VITE_FIGMA_API_BASE',
      'VITE_APPWRITE_AUTH_FLOW',
      'VITE_FIGMA_TOKEN_REFRESH',
    ]);
  });

  it('requires a project id with a real endpoint', () => {
    expect(problemsOf({ VITE_APPWRITE_ENDPOINT: 'https://cloud.appwrite.io/v1' })).toEqual([
      'VITE_APPWRITE_PROJECT_ID',
    ]);
  });

  it('refuses the retired files:read scope and malformed scopes', () => {
    const result = parseConfig({ VITE_FIGMA_SCOPES: 'files:read file_content:read <script>' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.message).join(' ')).toMatch(/retired/);
      expect(result.problems.map((p) => p.message).join(' ')).toMatch(/malformed/);
    }
  });

  it('accepts comma- or space-separated scopes and removes duplicates', () => {
    const result = parseConfig({
      VITE_FIGMA_SCOPES: 'file_content:read, file_content:read projects:read',
    });
    expect(result.ok && result.config.figmaScopes).toEqual(['file_content:read', 'projects:read']);
  });

  it('asks for folders:read on the emulator (its demo has folders), not by default against Figma', () => {
    const demo = parseConfig({});
    expect(demo.ok && demo.config.figmaScopes).toContain('folders:read');
    const real = parseConfig({
      VITE_APPWRITE_ENDPOINT: 'https://fra.cloud.appwrite.io/v1',
      VITE_APPWRITE_PROJECT_ID: 'p',
    });
    expect(real.ok && real.config.figmaScopes).not.toContain('folders:read');
  });
});

describe('parseConfig: GitHub API base', () => {
  it('is the emulator by default, api.github.com with a real endpoint, and validated when set', () => {
    const local = parseConfig({});
    expect(local.ok && local.config.githubApiBase).toBe('http://localhost:8789');
    const real = parseConfig({
      VITE_APPWRITE_ENDPOINT: 'https://cloud.appwrite.io/v1',
      VITE_APPWRITE_PROJECT_ID: 'tokenport-prod',
    });
    expect(real.ok && real.config.githubApiBase).toBe('https://api.github.com');
    expect(problemsOf({ VITE_GITHUB_API_BASE: 'api.github.com' })).toEqual([
      'VITE_GITHUB_API_BASE',
    ]);
  });
});
