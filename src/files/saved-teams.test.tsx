// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../testing/render';
import { APPWRITE, FIGMA, json, stubNetwork, withFigmaSession } from '../testing/network';
import type { StubbedNetwork } from '../testing/network';
import { ACME_TEAM_ID, STUDIO_TEAM_ID } from '../../test/emulator/seed';
import { EMULATOR_DEMO_TEAM_IDS } from '../config';
import { SavedTeams } from './saved-teams';

let network: StubbedNetwork;
let prefs: Record<string, unknown>;

beforeEach(() => {
  prefs = {};
  network = withFigmaSession(stubNetwork())
    .on('GET', `${APPWRITE}/account/prefs`, () => json(prefs))
    .on('PATCH', `${APPWRITE}/account/prefs`, async (request) => {
      prefs = ((await request.json()) as { prefs: Record<string, unknown> }).prefs;
      return json({ $id: 'user-1', name: 'Grace', email: 'grace@example.test', prefs });
    });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** The first render loads the Appwrite SDK, which can take longer than findBy's default second. */
const demoButton = () =>
  screen.findByRole('button', { name: 'Add the demo team' }, { timeout: 10_000 });

describe('SavedTeams on the emulator', () => {
  it('adds the demo team the user belongs to in one click', async () => {
    network
      .on('GET', `${FIGMA}/v1/teams/1100000000000000001/projects`, () =>
        json({ status: 404, err: 'Not found' }, 404),
      )
      .on('GET', `${FIGMA}/v1/teams/1100000000000000002/projects`, () =>
        json({ name: 'Studio Grace', projects: [] }),
      );
    renderWithProviders(<SavedTeams />);
    await userEvent.click(await demoButton());
    expect(await screen.findByRole('link', { name: 'Studio Grace' })).toHaveAttribute(
      'href',
      '/teams/1100000000000000002',
    );
    expect(prefs.teams).toEqual([{ id: '1100000000000000002', name: 'Studio Grace' }]);
    expect(screen.queryByRole('button', { name: 'Add the demo team' })).toBeNull();
  });

  it('says why when no demo team answers', async () => {
    network.on('GET', `${FIGMA}/v1/teams/`, () => json({ status: 404, err: 'Not found' }, 404));
    renderWithProviders(<SavedTeams />);
    await userEvent.click(await demoButton());
    expect(
      await screen.findByText('Figma has no team with that id that you belong to.'),
    ).toBeInTheDocument();
  });
});

it('knows the emulator’s demo teams', () => {
  expect([...EMULATOR_DEMO_TEAM_IDS].sort()).toEqual([ACME_TEAM_ID, STUDIO_TEAM_ID].sort());
});
