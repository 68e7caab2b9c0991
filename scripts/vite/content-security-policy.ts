/**
 * The app's security policy in one place: a strict Content-Security-Policy (no inline script, the
 * network reachable only at the configured Appwrite endpoint and Figma API, images only from Figma)
 * and the response headers a host must send with every page.
 *
 * The CSP also travels as a <meta> in index.html so that any static host (Appwrite Sites included)
 * gets it; but `frame-ancestors` (clickjacking) is ignored in a <meta>, so the headers are the real
 * deployment contract: `vite preview` sends them (the e2e tests check them), and the README shows
 * how a proxy in front of Appwrite Sites sends them. The dev server is left alone because HMR
 * needs inline scripts.
 */
import type { Plugin } from 'vite';

export interface CspOrigins {
  appwriteEndpoint: string;
  figmaApiBase: string;
  /** GitHub's REST API, reached only once a repository is connected. */
  githubApiBase?: string;
}

/**
 * Figma's own image hosts: avatars (`img_url`) and file thumbnails (`thumbnail_url`, signed S3
 * URLs). Nothing else on https may be drawn: an injected <img> must not be able to call out.
 */
export const FIGMA_IMAGE_HOSTS = ['https://s3-alpha.figma.com', 'https://s3-alpha-sig.figma.com'];

/** Same-origin only: keeps a referrer for Appwrite's origin checks, never a path or query. */
export const REFERRER_POLICY = 'strict-origin';

function origin(url: string): string {
  return new URL(url).origin;
}

function directives({
  appwriteEndpoint,
  figmaApiBase,
  githubApiBase,
}: CspOrigins): Record<string, string[]> {
  const appwrite = origin(appwriteEndpoint);
  const figma = origin(figmaApiBase);
  const github = githubApiBase ? [origin(githubApiBase)] : [];
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    // The Figma API origin serves images only in the emulator, which stands in for Figma's CDN.
    'img-src': ["'self'", 'data:', ...FIGMA_IMAGE_HOSTS, figma],
    'font-src': ["'self'"],
    'connect-src': ["'self'", appwrite, figma, ...github],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    // Vite builds Web Workers as same-origin files; nothing needs blob: or data: workers.
    'worker-src': ["'self'"],
  };
}

function serialise(policy: Record<string, string[]>): string {
  return Object.entries(policy)
    .map(([name, values]) => `${name} ${[...new Set(values)].join(' ')}`)
    .join('; ');
}

/** The policy as a <meta> may carry it (no frame-ancestors: browsers ignore it there). */
export function buildContentSecurityPolicy(origins: CspOrigins): string {
  return serialise(directives(origins));
}

/** Every response header the host must send with the app's pages and files. */
export function buildSecurityHeaders(origins: CspOrigins): Record<string, string> {
  return {
    'Content-Security-Policy': serialise({
      ...directives(origins),
      'frame-ancestors': ["'none'"],
    }),
    'Referrer-Policy': REFERRER_POLICY,
    'X-Content-Type-Options': 'nosniff',
    // Old browsers without frame-ancestors.
    'X-Frame-Options': 'DENY',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Netlify / Cloudflare Pages `_headers` syntax, emitted next to the build for hosts that read it. */
export function headersFile(origins: CspOrigins): string {
  const lines = Object.entries(buildSecurityHeaders(origins)).map(
    ([name, value]) => `  ${name}: ${value}`,
  );
  return ['/*', ...lines, ''].join('\n');
}

export function contentSecurityPolicy(origins: CspOrigins): Plugin {
  return {
    name: 'tokenport:content-security-policy',
    transformIndexHtml: {
      order: 'pre',
      handler(_html, context) {
        // Before any asset tag: the token flow's one-minute secret is in the callback page's URL,
        // and the page's own asset requests must not carry it as Referer.
        const referrer = {
          tag: 'meta',
          attrs: { name: 'referrer', content: REFERRER_POLICY },
          injectTo: 'head-prepend' as const,
        };
        // The dev server runs inline HMR scripts, so only built pages carry the policy.
        if (context.server) return [referrer];
        return [
          referrer,
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
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(origins) });
    },
    configurePreviewServer(server) {
      const headers = buildSecurityHeaders(origins);
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}
