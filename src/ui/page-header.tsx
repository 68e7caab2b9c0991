import type { ReactNode } from 'react';
import './ui.css';

export function PageHeader({
  title,
  description,
  actions,
  breadcrumbs,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  breadcrumbs?: ReactNode;
}) {
  return (
    <header className="ui-page-header">
      {breadcrumbs && (
        <nav aria-label="Breadcrumbs" className="ui-page-header__crumbs">
          {breadcrumbs}
        </nav>
      )}
      <div className="ui-page-header__row">
        <div>
          <h1 className="ui-page-header__title">{title}</h1>
          {description && <p className="ui-page-header__description">{description}</p>}
        </div>
        {actions && <div className="ui-page-header__actions">{actions}</div>}
      </div>
    </header>
  );
}
