// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../testing/render';
import { DEFAULT_FIGMA_SCOPES } from '../config';
import { rememberExtraScopes } from './extra-scopes';
import { SignInPage } from './sign-in-page';

afterEach(() => window.sessionStorage.clear());

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
    expect(listedScopes()).toEqual([...DEFAULT_FIGMA_SCOPES]);
  });

  it('adds write access only when the app itself asked for it in this tab', () => {
    rememberExtraScopes(['file_variables:write', 'webhooks:write']);
    renderWithProviders(<SignInPage />, { route: '/sign-in?next=/' });
    expect(listedScopes()).toEqual([...DEFAULT_FIGMA_SCOPES, 'file_variables:write']);
  });
});
