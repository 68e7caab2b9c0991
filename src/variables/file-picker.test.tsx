// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FilePicker } from './file-picker';

const FILES = [
  { path: 'tokens/primitives.tokens.json' },
  { path: 'tokens.css', bytes: 2048 },
  { path: 'android/res/values/tokens.xml', bytes: 300 },
  { path: 'android/res/values-night/tokens.xml', bytes: 310 },
];

function Picker() {
  const [selected, setSelected] = useState('tokens.css');
  return (
    <>
      <FilePicker files={FILES} selected={selected} onSelect={setSelected} />
      <output aria-label="shown">{selected}</output>
    </>
  );
}

const option = (name: string) =>
  screen
    .getByRole('listbox', { name: 'Generated files' })
    .querySelector<HTMLElement>(`[data-path="${name}"]`);
const shown = () => screen.getByRole('status', { name: 'shown' });

describe('FilePicker', () => {
  it('lists files under their folders with the sizes it knows', () => {
    render(<Picker />);
    const night = within(screen.getByRole('listbox', { name: 'Generated files' })).getByRole(
      'group',
      { name: 'android/res/values-night/' },
    );
    expect(within(night).getByRole('option', { name: 'tokens.xml' })).toBe(
      option('android/res/values-night/tokens.xml'),
    );
    expect(option('tokens.css')).toHaveAccessibleDescription('2.0 kB');
    expect(option('tokens/primitives.tokens.json')).not.toHaveAccessibleDescription();
    expect(option('tokens.css')).toHaveAttribute('aria-selected', 'true');
  });

  it('moves focus with arrows, Home and End, and shows a file only on Enter or Space', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    await user.tab();
    expect(option('tokens.css')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(option('tokens/primitives.tokens.json')).toHaveFocus();
    expect(shown()).toHaveTextContent('tokens.css');
    await user.keyboard('{Enter}');
    expect(shown()).toHaveTextContent('tokens/primitives.tokens.json');
    await user.keyboard('{End}');
    expect(option('android/res/values-night/tokens.xml')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(option('android/res/values-night/tokens.xml')).toHaveFocus();
    await user.keyboard('{Home}{ArrowUp} ');
    expect(option('tokens.css')).toHaveFocus();
    expect(shown()).toHaveTextContent('tokens.css');
    expect(option('tokens.css')).toHaveAttribute('aria-selected', 'true');
  });

  it('has a grouped select for narrow screens that shows the chosen file', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    const select = screen.getByRole('combobox', { name: 'File' });
    expect(select.querySelector('optgroup[label="android/res/values/"]')).not.toBeNull();
    await user.selectOptions(select, 'android/res/values/tokens.xml (300 B)');
    expect(shown()).toHaveTextContent('android/res/values/tokens.xml');
  });
});
