import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './content-security-policy.ts';

describe('buildContentSecurityPolicy', () => {
  const policy = buildContentSecurityPolicy({
    appwriteEndpoint: 'https://fra.cloud.appwrite.io/v1',
    figmaApiBase: 'https://api.figma.com',
  });
  const directive = (name: string) =>
    policy
      .split('; ')
      .find((part) => part.startsWith(`${name} `))
      ?.split(' ')
      .slice(1);

  it('allows no inline or foreign script', () => {
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('limits the network to the app, the Appwrite endpoint and the Figma API', () => {
    expect(directive('connect-src')).toEqual([
      "'self'",
      'https://fra.cloud.appwrite.io',
      'https://api.figma.com',
    ]);
  });

  it('forbids plugins and base-tag hijacking', () => {
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'self'"]);
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
