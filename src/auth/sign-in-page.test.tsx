// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../testing/render';
import { getConfig } from '../config';
import { rememberExtraScopes } from './extra-scopes';
import { SignInPage } from './sign-in-page';

afterEach(() => window.sessionStorage.clear());

/** The scopes this build asks for (the emulator's demo adds folders:read to the defaults). */
const configured = () => [...getConfig().figmaScopes];

function listedScopes(): string[] {
  const list = screen.getByRole('region', { name: 'Tokenport will ask Figma to read' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('code')?.textContent ?? '');
}

describe('SignInPage scopes', () => {
  it('ignores a `scopes` parameter in the link', () => {
    renderWithProviders(<SignInPage />, {
      route: '/sign-in?scopes=file_variables:write%20webhooks:write&next=/',
    });
    expect(listedScopes()).toEqual(configured());
  });

  it('adds write access only when the app itself asked for it in this tab', () => {
    rememberExtraScopes(['file_variables:write', 'webhooks:write']);
    renderWithProviders(<SignInPage />, { route: '/sign-in?next=/' });
    expect(listedScopes()).toEqual([...configured(), 'file_variables:write']);
  });
});
