// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Avatar } from './avatar';
import { CheckboxGroup } from './checkbox-group';
import { Countdown, describeWait } from './countdown';
import { TextField } from './text-field';
import { ThemeSwitcher } from './theme-switcher';
import { ErrorState } from './error-state';

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('ThemeSwitcher', () => {
  it('is a radio group that arrow keys move through, applying and remembering the theme', async () => {
    render(<ThemeSwitcher />);
    const system = screen.getByRole('radio', { name: 'System theme' });
    expect(system).toHaveAttribute('aria-checked', 'true');
    system.focus();
    await userEvent.keyboard('{ArrowRight}');
    const light = screen.getByRole('radio', { name: 'Light theme' });
    expect(light).toHaveAttribute('aria-checked', 'true');
    expect(light).toHaveFocus();
    expect(document.documentElement.dataset.theme).toBe('light');
    await userEvent.keyboard('{ArrowRight}');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('tokenport.theme')).toBe('dark');
  });
});

describe('Countdown', () => {
  it('states long waits in words', () => {
    expect(describeWait(42_000)).toBe('42 s');
    expect(describeWait(5 * 60_000)).toBe('5 min');
    expect(describeWait(3 * 3_600_000)).toBe('about 3 hours');
    expect(describeWait(396_749_000)).toBe('about 5 days');
  });

  it('counts down every second and says when it is over', async () => {
    vi.useFakeTimers();
    const onDone = vi.fn();
    render(<Countdown until={new Date(Date.now() + 2000)} onDone={onDone} />);
    expect(screen.getByRole('timer')).toHaveTextContent('Try again in 2 s');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('Try again in 1 s');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again now');
    expect(onDone).toHaveBeenCalled();
  });
});

describe('Avatar', () => {
  it('falls back to initials when the picture fails, keeping an accessible name', () => {
    render(<Avatar src="https://example.invalid/a.png" name="Ada Lovelace" />);
    fireEvent.error(screen.getByRole('img', { name: 'Ada Lovelace' }));
    expect(screen.getByRole('img', { name: 'Ada Lovelace' })).toHaveTextContent('AL');
  });
});

describe('TextField', () => {
  it('announces its hint, then its error, with the input', () => {
    const { rerender } = render(<TextField label="Team link" hint="Paste the address" />);
    expect(screen.getByRole('textbox', { name: 'Team link' })).toHaveAccessibleDescription(
      'Paste the address',
    );
    rerender(
      <TextField label="Team link" hint="Paste the address" error="That is not a team link" />,
    );
    const input = screen.getByRole('textbox', { name: 'Team link' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('That is not a team link');
  });
});

describe('CheckboxGroup', () => {
  const options = [
    { value: 'css', label: 'CSS' },
    { value: 'scss', label: 'SCSS' },
    { value: 'swift', label: 'Swift' },
  ] as const;

  it('adds a checked value at the end, removes an unchecked one, and announces its error', async () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <CheckboxGroup legend="Formats" options={options} chosen={['swift']} onChange={onChange} />,
    );
    const group = screen.getByRole('group', { name: 'Formats' });
    expect(screen.getByRole('checkbox', { name: 'Swift' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'CSS' }));
    expect(onChange).toHaveBeenLastCalledWith(['swift', 'css']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Swift' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(group).not.toHaveAttribute('aria-describedby');

    rerender(
      <CheckboxGroup
        legend="Formats"
        options={options}
        chosen={[]}
        onChange={onChange}
        error="Choose at least one format."
      />,
    );
    expect(group).toHaveAccessibleDescription('Choose at least one format.');
  });
});

describe('ErrorState', () => {
  it('renders untrusted text as text', () => {
    const { container } = render(
      <ErrorState title="<img src=x onerror=alert(1)>" body="<script>alert(1)</script>" />,
    );
    expect(
      screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' }),
    ).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
  });
});
