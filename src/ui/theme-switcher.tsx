import { useState } from 'react';
import { Icon } from './icon';
import type { IconName } from './icon';
import { readThemePreference, storeThemePreference } from './theme/apply-theme';
import type { ThemePreference } from './theme/apply-theme';
import './ui.css';

const OPTIONS: { value: ThemePreference; label: string; icon: IconName }[] = [
  { value: 'system', label: 'System theme', icon: 'monitor' },
  { value: 'light', label: 'Light theme', icon: 'sun' },
  { value: 'dark', label: 'Dark theme', icon: 'moon' },
];

/** A radio group (arrow keys move between options) that switches the colour theme. */
export function ThemeSwitcher() {
  const [preference, setPreference] = useState<ThemePreference>(readThemePreference);
  function choose(value: ThemePreference) {
    setPreference(value);
    storeThemePreference(value);
  }
  return (
    <div role="radiogroup" aria-label="Colour theme" className="ui-segmented">
      {OPTIONS.map((option, index) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={preference === option.value}
          aria-label={option.label}
          title={option.label}
          tabIndex={preference === option.value ? 0 : -1}
          className="ui-segmented__option"
          onClick={() => choose(option.value)}
          onKeyDown={(event) => {
            const delta =
              event.key === 'ArrowRight' || event.key === 'ArrowDown'
                ? 1
                : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
                  ? -1
                  : 0;
            if (!delta) return;
            event.preventDefault();
            const next = OPTIONS[(index + delta + OPTIONS.length) % OPTIONS.length];
            if (next) {
              choose(next.value);
              (
                event.currentTarget.parentElement?.children[OPTIONS.indexOf(next)] as
                  HTMLElement | undefined
              )?.focus();
            }
          }}
        >
          <Icon name={option.icon} />
        </button>
      ))}
    </div>
  );
}
