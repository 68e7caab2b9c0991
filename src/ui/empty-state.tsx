import type { ReactNode } from 'react';
import { Icon } from './icon';
import type { IconName } from './icon';
import './ui.css';

export function EmptyState({
  icon = 'file',
  title,
  body,
  action,
  headingLevel = 2,
}: {
  icon?: IconName;
  title: ReactNode;
  body?: ReactNode;
  action?: ReactNode;
  /** 1 when the empty state is the whole page (not found), so the page still has its h1. */
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className="ui-state">
      <Icon name={icon} size={28} className="ui-state__icon" />
      <Heading className="ui-state__title">{title}</Heading>
      {body && <p className="ui-state__body">{body}</p>}
      {action && <div className="ui-state__action">{action}</div>}
    </div>
  );
}
