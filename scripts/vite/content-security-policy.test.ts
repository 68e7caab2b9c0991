import { describe, expect, it } from 'vitest';
import {
  buildContentSecurityPolicy,
  buildSecurityHeaders,
  headersFile,
} from './content-security-policy.ts';

const ORIGINS = {
  appwriteEndpoint: 'https://fra.cloud.appwrite.io/v1',
  figmaApiBase: 'https://api.figma.com',
};

function directive(policy: string, name: string): string[] | undefined {
  return policy
    .split('; ')
    .find((part) => part.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);
}

describe('buildContentSecurityPolicy', () => {
  const policy = buildContentSecurityPolicy(ORIGINS);

  it('allows no inline or foreign script', () => {
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('limits the network to the app, the Appwrite endpoint and the Figma API', () => {
    expect(directive(policy, 'connect-src')).toEqual([
      "'self'",
      'https://fra.cloud.appwrite.io',
      'https://api.figma.com',
    ]);
  });

  it('draws images only from the app, data: and Figma, never any https host', () => {
    const images = directive(policy, 'img-src') ?? [];
    expect(images).not.toContain('https:');
    expect(images).not.toContain('blob:');
    expect(images).toEqual([
      "'self'",
      'data:',
      'https://s3-alpha.figma.com',
      'https://s3-alpha-sig.figma.com',
      'https://api.figma.com',
    ]);
  });

  it('runs workers only from same-origin files', () => {
    expect(directive(policy, 'worker-src')).toEqual(["'self'"]);
  });

  it('forbids plugins and base-tag hijacking', () => {
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'base-uri')).toEqual(["'self'"]);
  });

  it('leaves frame-ancestors out of the <meta> (browsers ignore it there and warn)', () => {
    expect(directive(policy, 'frame-ancestors')).toBeUndefined();
  });
});

describe('buildSecurityHeaders', () => {
  const headers = buildSecurityHeaders(ORIGINS);

  it('forbids framing in the header CSP and otherwise matches the <meta> policy', () => {
    const csp = headers['Content-Security-Policy'] ?? '';
    expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"]);
    expect(csp.replace("; frame-ancestors 'none'", '')).toBe(buildContentSecurityPolicy(ORIGINS));
    expect(headers['X-Frame-Options']).toBe('DENY');
  });

  it('sends no path or query as Referer, no sniffing, no powerful features', () => {
    expect(headers['Referrer-Policy']).toBe('strict-origin');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
  });

  it('writes the same headers in `_headers` syntax', () => {
    const lines = headersFile(ORIGINS).split('\n');
    expect(lines[0]).toBe('/*');
    for (const [name, value] of Object.entries(headers))
      expect(lines).toContain(`  ${name}: ${value}`);
  });
});

describe('buildContentSecurityPolicy with GitHub', () => {
  it('adds only the GitHub API origin to connect-src', () => {
    const policy = buildContentSecurityPolicy({
      appwriteEndpoint: 'https://fra.cloud.appwrite.io/v1',
      figmaApiBase: 'https://api.figma.com',
      githubApiBase: 'https://api.github.com/',
    });
    const connect = policy.split('; ').find((part) => part.startsWith('connect-src '));
    expect(connect).toBe(
      "connect-src 'self' https://fra.cloud.appwrite.io https://api.figma.com https://api.github.com",
    );
  });
});
