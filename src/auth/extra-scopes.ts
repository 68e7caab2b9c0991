/**
 * Which optional Figma scopes this tab's sign-in asks for beyond the configured ones. Only the app
 * itself decides (the write-back toggle's "Grant write access"): the choice is kept in this tab's
 * sessionStorage across the OAuth round trip, never read from the URL, so a crafted link cannot
 * make Tokenport ask Figma for more than the configuration allows.
 */
const KEY = 'tokenport:extra-scopes';
/** The scopes a user action may add; anything else in storage is ignored. */
export const OPTIONAL_SCOPES: readonly string[] = ['file_variables:write'];

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function rememberExtraScopes(scopes: readonly string[]): void {
  const allowed = scopes.filter((scope) => OPTIONAL_SCOPES.includes(scope));
  const store = storage();
  if (!store) return;
  if (allowed.length === 0) store.removeItem(KEY);
  else store.setItem(KEY, allowed.join(' '));
}

export function rememberedExtraScopes(): string[] {
  const raw = storage()?.getItem(KEY) ?? '';
  return [...new Set(raw.split(' ').filter((scope) => OPTIONAL_SCOPES.includes(scope)))];
}
