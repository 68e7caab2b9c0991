/**
 * Appwrite's fallback session (research/appwrite.md §2, §5.3, §6, §7, §8.3; 1.9.6 `domainVerification`
 * and the `user` resource): when the request's Origin (else Referer) is not on the API host's
 * registrable domain, session-creating replies repeat the session in `X-Fallback-Cookies` (a CORS
 * fetch can read it; the web SDK keeps it in `localStorage.cookieFallback` and sends it back as a
 * request header), and a deleted current session answers `X-Fallback-Cookies: []`.
 *
 * Appwrite calls the domains "verified" only when both registrable domains are equal **and not
 * empty**; hosts outside the public-suffix list (localhost, IP addresses) have an empty one, so a
 * local Appwrite always sends the fallback — the emulator does the same.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * Multi-label public suffixes the demo and tests meet; anything else is treated as a one-label
 * suffix (`example.com` → registrable `example.com`).
 */
const MULTI_LABEL_SUFFIXES = new Set(['co.uk', 'org.uk', 'com.au', 'co.jp', 'com.br', 'github.io']);

/** `fra.cloud.appwrite.io` → `appwrite.io`; `localhost`, IPs and single labels → `''`. */
export function registrableDomain(hostname: string): string {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === '' || isIP(host) !== 0) return '';
  const labels = host.split('.');
  if (labels.length < 2) return '';
  const lastTwo = labels.slice(-2).join('.');
  if (MULTI_LABEL_SUFFIXES.has(lastTwo)) {
    return labels.length >= 3 ? labels.slice(-3).join('.') : '';
  }
  return lastTwo;
}

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Appwrite's `domainVerification`, negated: true when the reply must carry the fallback. */
export function needsFallbackCookies(input: {
  origin?: string | undefined;
  referer?: string | undefined;
  apiHostname: string;
}): boolean {
  const requester = registrableDomain(hostOf(input.origin) || hostOf(input.referer));
  const api = registrableDomain(input.apiHostname);
  return !(requester === api && requester !== '');
}

export function needsFallbackFor(req: IncomingMessage): boolean {
  const header = (name: string) => {
    const value = req.headers[name];
    return typeof value === 'string' ? value : undefined;
  };
  return needsFallbackCookies({
    origin: header('origin'),
    referer: header('referer'),
    apiHostname: hostOf(`http://${header('host') ?? ''}`),
  });
}

/** The session value from the request's `X-Fallback-Cookies` JSON, if it holds one for the key. */
export function sessionFromFallbackHeader(
  header: string | string[] | undefined,
  cookieName: string,
): string | undefined {
  if (typeof header !== 'string' || header === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(header);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    const value = (parsed as Record<string, unknown>)[cookieName];
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}
