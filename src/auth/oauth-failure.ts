/**
 * Appwrite sends a failed OAuth sign-in back to the failure URL with `?error=<JSON {message, type,
 * code}>`. Users need to know what to do next, not Appwrite's internal type, so each known cause
 * maps to plain advice.
 */
export interface OAuthFailure {
  title: string;
  advice: string;
  /** Appwrite's own message, shown as detail for whoever has to fix the setup. */
  detail: string | undefined;
  cause:
    | 'denied'
    | 'invalid-scopes'
    | 'platform'
    | 'provider-disabled'
    | 'provider'
    | 'account'
    | 'malformed'
    | 'unknown';
}

interface AppwriteErrorPayload {
  message?: unknown;
  type?: unknown;
  code?: unknown;
}

export function parseOAuthFailure(
  raw: string | null,
  requestedScopes: readonly string[],
): OAuthFailure | undefined {
  if (raw === null) return undefined;
  let payload: AppwriteErrorPayload;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
    payload = parsed as AppwriteErrorPayload;
  } catch {
    return {
      cause: 'malformed',
      title: 'Sign-in did not complete',
      advice: 'The sign-in service sent back an error we could not read. Try signing in again.',
      detail: raw.slice(0, 300),
    };
  }
  const message = typeof payload.message === 'string' ? payload.message : '';
  const type = typeof payload.type === 'string' ? payload.type : '';
  const detail = message || undefined;

  if (/access_denied|denied/i.test(message)) {
    return {
      cause: 'denied',
      title: 'You declined access on Figma',
      advice:
        'Tokenport needs your permission to read your Figma files and variables. Sign in again and choose “Allow access”.',
      detail,
    };
  }
  if (/invalid scopes? for app|invalid_scope/i.test(message)) {
    return {
      cause: 'invalid-scopes',
      title: 'Figma rejected the requested permissions',
      advice: `The Figma app behind this Tokenport does not have every scope it asks for enabled. Whoever manages the Figma app should enable: ${requestedScopes.join(', ')} — or set VITE_FIGMA_SCOPES to the enabled ones (see the README).`,
      detail,
    };
  }
  if (
    type === 'project_invalid_success_url' ||
    type === 'project_invalid_failure_url' ||
    type === 'general_unknown_origin' ||
    /register your new client/i.test(message)
  ) {
    return {
      cause: 'platform',
      title: 'This address is not registered with Appwrite',
      advice: `Add “${typeof window === 'undefined' ? 'this host' : window.location.hostname}” as a Web platform in the Appwrite project, then sign in again.`,
      detail,
    };
  }
  if (type === 'project_provider_disabled') {
    return {
      cause: 'provider-disabled',
      title: 'Sign in with Figma is turned off',
      advice:
        'Enable the Figma OAuth provider (with the Figma app’s client ID and secret) in the Appwrite console under Auth → Settings.',
      detail,
    };
  }
  if (type.startsWith('user_oauth2_') || type === 'general_server_error') {
    return {
      cause: 'provider',
      title: 'Figma could not complete the sign-in',
      advice:
        'This is usually temporary. Try again; if it keeps happening, check the Figma app’s redirect URL.',
      detail,
    };
  }
  if (type.startsWith('user_')) {
    return {
      cause: 'account',
      title: 'Your account could not be signed in',
      advice:
        type === 'user_already_exists'
          ? 'Another account already uses this email address. Sign in with that account instead.'
          : 'Contact whoever runs this Tokenport if this keeps happening.',
      detail,
    };
  }
  return {
    cause: 'unknown',
    title: 'Sign-in did not complete',
    advice: 'Try signing in again.',
    detail,
  };
}
