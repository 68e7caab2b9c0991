/**
 * The `next` parameter decides where the user lands after sign-in, so it is a classic open
 * redirect. Checking the raw string is not enough: browsers normalise dot segments, percent-encoded
 * dots, backslashes and stripped tabs/newlines, and `/.//evil.example` becomes the network path
 * `//evil.example`. So the value is normalised with the URL parser first, and the path we hand on
 * is parsed once more and must still resolve to this origin.
 */
const AUTH_PAGES = new Set(['/sign-in', '/auth/callback']);
const HOME = '/';
/** Long enough for any real deep link; longer values are someone probing. */
const MAX_LENGTH = 2048;

function sameOrigin(path: string, origin: string): URL | undefined {
  try {
    const url = new URL(path, origin);
    return url.origin === origin ? url : undefined;
  } catch {
    return undefined;
  }
}

export function safeNextPath(raw: string | null | undefined, origin: string): string {
  if (typeof raw !== 'string' || raw === '' || raw.length > MAX_LENGTH) return HOME;
  // Only paths: an absolute URL, even of this origin, is never what the app itself produces.
  if (!raw.startsWith('/')) return HOME;
  // The app never writes control characters or backslashes into `next`; the parser would silently
  // drop or flip them, which is exactly how a value that looks local ends up elsewhere.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return HOME;
  let base: string;
  try {
    base = new URL(origin).origin;
  } catch {
    return HOME;
  }
  const url = sameOrigin(raw, base);
  if (!url) return HOME;
  const candidate = `${url.pathname}${url.search}${url.hash}`;
  // `/.//evil.example` normalises to the path `//evil.example`, which a navigation would read as
  // another host: the result itself must stay on this origin, and must not start like a network path.
  if (candidate.startsWith('//') || candidate.startsWith('/\\')) return HOME;
  const again = sameOrigin(candidate, base);
  if (!again || `${again.pathname}${again.search}${again.hash}` !== candidate) return HOME;
  const page = url.pathname.replace(/\/+$/, '').toLowerCase();
  if (AUTH_PAGES.has(page)) return HOME;
  return candidate;
}
