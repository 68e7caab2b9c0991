import type { ReactNode } from 'react';
import { Icon } from './icon';
import './ui.css';

export function AppShell({
  home,
  badge,
  nav,
  user,
  children,
}: {
  home: ReactNode;
  badge?: string;
  nav?: ReactNode;
  user?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="ui-shell">
      <a className="ui-skip-link" href="#main">
        Skip to content
      </a>
      <header className="ui-shell__bar">
        <div className="ui-shell__brand">
          <Icon name="figma" size={18} />
          {home}
          {badge && <span className="ui-badge">{badge}</span>}
        </div>
        {nav}
        <div className="ui-shell__user">{user}</div>
      </header>
      <main id="main" className="ui-shell__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
