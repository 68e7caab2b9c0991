import { describe, expect, it } from 'vitest';
import { parseOAuthFailure } from './oauth-failure';

const scopes = ['current_user:read', 'file_content:read'];
const encode = (payload: object) => JSON.stringify(payload);

describe('parseOAuthFailure', () => {
  it('returns nothing when there is no error parameter', () => {
    expect(parseOAuthFailure(null, scopes)).toBeUndefined();
  });

  it('explains a denied consent', () => {
    const failure = parseOAuthFailure(
      encode({
        message: 'The Figma OAuth2 provider returned an error: access_denied',
        type: 'user_oauth2_provider_error',
        code: 424,
      }),
      scopes,
    );
    expect(failure?.cause).toBe('denied');
    expect(failure?.advice).toMatch(/Allow access/);
  });

  it('lists the scopes to enable when Figma says the app lacks them', () => {
    const failure = parseOAuthFailure(
      encode({
        message: 'The Figma OAuth2 provider returned an error: Invalid scopes for app',
        type: 'user_oauth2_provider_error',
        code: 424,
      }),
      scopes,
    );
    expect(failure?.cause).toBe('invalid-scopes');
    expect(failure?.advice).toContain('current_user:read, file_content:read');
  });

  it('recognises an unregistered platform and a disabled provider', () => {
    expect(
      parseOAuthFailure(
        encode({
          message: 'Invalid `success` param',
          type: 'project_invalid_success_url',
          code: 400,
        }),
        scopes,
      )?.cause,
    ).toBe('platform');
    expect(
      parseOAuthFailure(
        encode({
          message: 'This provider is disabled.',
          type: 'project_provider_disabled',
          code: 412,
        }),
        scopes,
      )?.cause,
    ).toBe('provider-disabled');
  });

  it('survives malformed JSON and keeps hostile text as plain detail', () => {
    const failure = parseOAuthFailure('{"message": <script>alert(1)</script>', scopes);
    expect(failure?.cause).toBe('malformed');
    expect(failure?.detail).toContain('<script>');
  });
});
