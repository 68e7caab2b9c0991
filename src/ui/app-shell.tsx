import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { Icon } from './icon';
import './ui.css';

/**
 * The page frame. On wide screens the navigation and the account controls sit in the bar; below
 * 720 px they fold into a menu behind one button, so the bar never grows wider than the viewport.
 * `navKey` (the current path) closes the menu after a navigation. `busy` marks the page region
 * (`data-busy`) while its data loads or revalidates: what tests and tools wait on to know the page
 * settled. Not `aria-busy`: the content already shown stays fully available to assistive technology.
 */
export function AppShell({
  home,
  badge,
  nav,
  user,
  navKey,
  busy = false,
  children,
}: {
  home: ReactNode;
  badge?: string;
  nav?: ReactNode;
  user?: ReactNode;
  navKey?: string;
  busy?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [closedAt, setClosedAt] = useState(navKey);
  const menuId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  if (closedAt !== navKey) {
    setClosedAt(navKey);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return undefined;
    const close = (event: globalThis.MouseEvent) => {
      const bar = toggle.current?.closest('.ui-shell__bar');
      if (bar && !bar.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('click', close);
    return () => document.removeEventListener('click', close);
  }, [open]);

  function onMenuKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  }
  function onMenuClick(event: MouseEvent) {
    if ((event.target as HTMLElement).closest('a')) setOpen(false);
  }
  const hasMenu = Boolean(nav || user);

  return (
    <div className="ui-shell">
      <a className="ui-skip-link" href="#main">
        Skip to content
      </a>
      <header className="ui-shell__bar" onKeyDown={onMenuKeyDown}>
        <div className="ui-shell__brand">
          <Icon name="figma" size={18} />
          {home}
          {badge && <span className="ui-badge">{badge}</span>}
        </div>
        {hasMenu && (
          <button
            ref={toggle}
            type="button"
            className="ui-shell__menu-toggle"
            aria-expanded={open}
            aria-controls={menuId}
            onClick={() => setOpen((value) => !value)}
          >
            <Icon name={open ? 'close' : 'menu'} size={18} />
            Menu
          </button>
        )}
        {hasMenu && (
          // The click handler only closes the menu after one of its links is followed.
          <div id={menuId} className="ui-shell__menu" data-open={open} onClick={onMenuClick}>
            {nav}
            <div className="ui-shell__user">{user}</div>
          </div>
        )}
      </header>
      <main id="main" className="ui-shell__main" tabIndex={-1} data-busy={busy || undefined}>
        {children}
      </main>
    </div>
  );
}
