/**
 * What went wrong on the OAuth return, in words that fit the flow in use and the step that failed.
 * Telling a token-flow user to "switch to the token flow" helps nobody: each cause gets the fixes
 * that can actually work for it.
 */
import type { AuthFlow } from '../config';

export interface CallbackProblem {
  title: string;
  advice: string;
  cause:
    | 'cookies-third-party'
    | 'cookies-blocked'
    | 'fallback-missing'
    | 'storage-blocked'
    | 'missing-code'
    | 'code-expired'
    | 'unreachable';
}

export interface CallbackSituation {
  flow: AuthFlow;
  /** Where the app runs and where Appwrite answers (hostnames). */
  appHost: string;
  endpointHost: string;
  /** Token flow: whether the SDK kept a fallback session, and whether it could. */
  fallbackKept: boolean;
  storageUsable: boolean;
}

/**
 * Browsers decide "third-party" by site: scheme + registrable domain. Without a public-suffix list
 * this takes the last two labels; localhost and IP addresses are each their own site.
 */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || /^[\d.]+$/.test(host) || host.includes(':')) return host;
  return host.split('.').slice(-2).join('.');
}

export function isCrossSite(appHost: string, endpointHost: string): boolean {
  return siteOf(appHost) !== siteOf(endpointHost);
}

const CUSTOM_DOMAIN = (app: string) =>
  `give Appwrite a custom domain under this site (for example appwrite.${siteOf(app)}; Appwrite console → Settings → Custom domains) and point VITE_APPWRITE_ENDPOINT at it`;

/** Signed in on Figma, but the session check afterwards found a guest. */
export function noSessionProblem(situation: CallbackSituation): CallbackProblem {
  const { flow, appHost, endpointHost } = situation;
  const crossSite = isCrossSite(appHost, endpointHost);
  if (flow === 'session' || (!crossSite && !situation.fallbackKept)) {
    if (flow === 'session' && crossSite) {
      return {
        cause: 'cookies-third-party',
        title: 'Signed in on Figma, but this browser dropped the session cookie',
        advice: `Appwrite (${endpointHost}) is on a different site from Tokenport (${appHost}), so its session cookie is a third-party cookie, and this browser blocks those. Two fixes work: ${CUSTOM_DOMAIN(appHost)} — the safer choice, as the session stays in an HttpOnly cookie — or build Tokenport for the token flow (VITE_APPWRITE_AUTH_FLOW=token). See “Choosing a sign-in flow” in the README.`,
      };
    }
    return {
      cause: 'cookies-blocked',
      title: 'Signed in on Figma, but this browser kept no session',
      advice: `Appwrite (${endpointHost}) is on this site, yet its session cookie was not kept: this browser blocks cookies for ${siteOf(appHost)}. Allow cookies for this site and sign in again.`,
    };
  }
  if (!situation.storageUsable) {
    return {
      cause: 'storage-blocked',
      title: 'Signed in on Figma, but this browser kept no session',
      advice: `Appwrite (${endpointHost}) is on another site, so Tokenport keeps its session in this site’s local storage, which this browser blocks. Allow site data for ${appHost}, or ${CUSTOM_DOMAIN(appHost)} so that a first-party cookie carries the session.`,
    };
  }
  return {
    cause: 'fallback-missing',
    title: 'Signed in on Figma, but Appwrite handed over no session',
    advice: situation.fallbackKept
      ? `Appwrite (${endpointHost}) did not accept the session it just created. Sign in again; if this repeats, check the server’s clock and the project’s session settings.`
      : `Appwrite (${endpointHost}) sent neither a cookie this browser keeps nor a fallback session (the X-Fallback-Cookies header). If a proxy sits in front of Appwrite, it must pass and expose that header; otherwise ${CUSTOM_DOMAIN(appHost)}.`,
  };
}

export const MISSING_CODE: CallbackProblem = {
  cause: 'missing-code',
  title: 'This sign-in link is incomplete',
  advice:
    'The page was opened without the one-time sign-in code Appwrite adds after Figma. Start again from the sign-in page.',
};

export const CODE_EXPIRED: CallbackProblem = {
  cause: 'code-expired',
  title: 'The sign-in link expired',
  advice:
    'The one-time sign-in code is valid for a minute and was already used or expired. Sign in again.',
};

export function unreachableProblem(endpointHost: string): CallbackProblem {
  return {
    cause: 'unreachable',
    title: 'Sign-in could not be completed',
    advice: `Tokenport could not reach Appwrite at ${endpointHost}. Check your connection and sign in again.`,
  };
}
