// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../testing/render';
import { APPWRITE, json, stubNetwork } from '../testing/network';
import { choicesFrom, DEFAULT_EXPORT_CHOICES, useExportChoices } from './export-choices';

afterEach(() => {
  vi.unstubAllGlobals();
});

function Probe() {
  const [choices, choose] = useExportChoices();
  return (
    <>
      <output aria-label="formats">{choices.formats.join(',')}</output>
      <output aria-label="selector">{choices.modeSelector}</output>
      <button onClick={() => choose({ formats: [...choices.formats, 'swift'] })}>Add Swift</button>
    </>
  );
}

describe('export choices', () => {
  it('start from the user’s saved choices and save each change to account prefs', async () => {
    let prefs: Record<string, unknown> = {
      teams: [{ id: '7', name: 'Acme' }],
      exportChoices: { formats: ['scss', 'tailwind'], modeSelector: 'class' },
    };
    stubNetwork()
      .on('GET', `${APPWRITE}/account/prefs`, () => json(prefs))
      .on('PATCH', `${APPWRITE}/account/prefs`, async (request) => {
        prefs = ((await request.json()) as { prefs: Record<string, unknown> }).prefs;
        return json({ $id: 'user-1', prefs });
      });
    renderWithProviders(<Probe />);
    const formats = screen.getByRole('status', { name: 'formats' });
    await waitFor(() => expect(formats).toHaveTextContent('scss,tailwind'), { timeout: 10_000 });
    expect(screen.getByRole('status', { name: 'selector' })).toHaveTextContent('class');

    await userEvent.click(screen.getByRole('button', { name: 'Add Swift' }));
    expect(formats).toHaveTextContent('scss,tailwind,swift');
    await waitFor(() =>
      expect(prefs.exportChoices).toMatchObject({ formats: ['scss', 'tailwind', 'swift'] }),
    );
    expect(prefs.teams).toEqual([{ id: '7', name: 'Acme' }]);
  });

  it('ignore what is not a known choice in stored prefs', () => {
    expect(
      choicesFrom({
        exportChoices: { formats: ['css', 'cobol'], modeSelector: '<x>', remUnits: 'yes' },
      }),
    ).toEqual({ ...DEFAULT_EXPORT_CHOICES, formats: ['css'] });
    expect(choicesFrom({ exportChoices: 'nonsense' })).toEqual(DEFAULT_EXPORT_CHOICES);
  });
});
