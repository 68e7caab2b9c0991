/**
 * A strict Content-Security-Policy for the built app: no inline script, and the network reachable
 * only at the configured Appwrite endpoint and Figma API. Injected as a <meta> so it travels with
 * any static host (Appwrite Sites included); the dev server is left alone because HMR needs inline
 * scripts.
 */
import type { Plugin } from 'vite';

export interface CspOrigins {
  appwriteEndpoint: string;
  figmaApiBase: string;
  /** GitHub's REST API, reached only once a repository is connected. */
  githubApiBase?: string;
}

function origin(url: string): string {
  return new URL(url).origin;
}

export function buildContentSecurityPolicy({
  appwriteEndpoint,
  figmaApiBase,
  githubApiBase,
}: CspOrigins): string {
  const appwrite = origin(appwriteEndpoint);
  const figma = origin(figmaApiBase);
  const github = githubApiBase ? [origin(githubApiBase)] : [];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    // Figma avatars and rendered previews come from Figma's CDN/S3 hosts, which vary.
    'img-src': ["'self'", 'data:', 'blob:', 'https:', figma],
    'font-src': ["'self'"],
    'connect-src': ["'self'", appwrite, figma, ...github],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${[...new Set(values)].join(' ')}`)
    .join('; ');
}

export function contentSecurityPolicy(origins: CspOrigins): Plugin {
  return {
    name: 'tokenport:content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: buildContentSecurityPolicy(origins),
          },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
