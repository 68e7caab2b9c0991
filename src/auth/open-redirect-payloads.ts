/**
 * Open-redirect probes for the `next` parameter, shared by the unit tests and the browser suite so
 * both hold the same list. Every entry must leave the user on the app's own origin. Each one is a
 * trick that some browser or router has been known to turn into another host.
 */
export const EVIL_HOST = 'evil.example';

export const OPEN_REDIRECT_PAYLOADS: readonly string[] = [
  // Absolute and scheme-relative URLs.
  `https://${EVIL_HOST}/steal`,
  `http://${EVIL_HOST}`,
  `//${EVIL_HOST}`,
  `///${EVIL_HOST}`,
  `////${EVIL_HOST}/a`,
  `https:${EVIL_HOST}`,
  `https:/${EVIL_HOST}`,
  // Dot segments that collapse into a network path once normalised.
  `/.//${EVIL_HOST}`,
  `/..//${EVIL_HOST}`,
  `/./..//${EVIL_HOST}`,
  `/a/../..//${EVIL_HOST}`,
  `/%2e%2e//${EVIL_HOST}`,
  `/%2E//${EVIL_HOST}`,
  `/.%2e//${EVIL_HOST}`,
  `/%2e//${EVIL_HOST}`,
  // Backslashes, which the URL parser reads as slashes.
  `/\\${EVIL_HOST}`,
  `\\\\${EVIL_HOST}`,
  `/\\/${EVIL_HOST}`,
  `/.\\/${EVIL_HOST}`,
  `/..\\\\${EVIL_HOST}`,
  // Tabs, newlines and other control characters, which the parser strips.
  `/\t/${EVIL_HOST}`,
  `/\n/${EVIL_HOST}`,
  `/\r\n/${EVIL_HOST}`,
  `\t//${EVIL_HOST}`,
  ` //${EVIL_HOST}`,
  `/\u0000/${EVIL_HOST}`,
  // Script and data URLs.
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  // Credentials and host confusion.
  `//app@${EVIL_HOST}`,
  `https://localhost@${EVIL_HOST}`,
  `//@${EVIL_HOST}`,
  // Encoded slashes that a second decode would turn into a network path.
  `%2f%2f${EVIL_HOST}`,
  `//%5c${EVIL_HOST}`,
  // Unicode look-alikes of the slash and full stop.
  `//\uff0f${EVIL_HOST}`,
  `\u2215\u2215${EVIL_HOST}`,
  // Loops back into the sign-in pages.
  '/sign-in?next=/',
  '/auth/callback?userId=x&secret=y',
  '/SIGN-IN/',
];
