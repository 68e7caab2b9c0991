/**
 * The `next` parameter decides where the user lands after sign-in, so it is a classic open
 * redirect: only same-origin paths pass, anything else falls back to home.
 */
const AUTH_PAGES = ['/sign-in', '/auth/callback'];

export function safeNextPath(raw: string | null | undefined, origin: string): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  // Control characters and backslashes are how browsers get tricked into leaving the origin.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\\]/.test(raw)) return '/';
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return '/';
  }
  if (url.origin !== new URL(origin).origin) return '/';
  if (AUTH_PAGES.some((page) => url.pathname === page)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
