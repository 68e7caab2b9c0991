import type { ReactNode } from 'react';
import { Icon } from './icon';
import type { IconName } from './icon';
import './ui.css';

export function EmptyState({
  icon = 'file',
  title,
  body,
  action,
}: {
  icon?: IconName;
  title: ReactNode;
  body?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="ui-state">
      <Icon name={icon} size={28} className="ui-state__icon" />
      <h2 className="ui-state__title">{title}</h2>
      {body && <p className="ui-state__body">{body}</p>}
      {action && <div className="ui-state__action">{action}</div>}
    </div>
  );
}
