import { isFigmaApiError } from './figma-api-error';

/** Variables are Enterprise-only in Figma's API; every other plan still has two ways forward. */
export function isPlanLimited(error: unknown): boolean {
  return (
    isFigmaApiError(error) &&
    (error.kind === 'plan' ||
      (error.kind === 'scope' && error.requiredScope === 'file_variables:read') ||
      /incorrect account type/i.test(error.message))
  );
}
