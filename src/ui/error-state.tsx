import type { ReactNode } from 'react';
import { Icon } from './icon';
import './ui.css';

/** What happened, and what to do next: every error screen in the app has both. */
export function ErrorState({
  title,
  body,
  action,
  headingLevel = 2,
}: {
  title: ReactNode;
  body?: ReactNode;
  action?: ReactNode;
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className="ui-state ui-state--error" role="alert">
      <Icon name="error" size={28} className="ui-state__icon" />
      <Heading className="ui-state__title">{title}</Heading>
      {body && <div className="ui-state__body">{body}</div>}
      {action && <div className="ui-state__action">{action}</div>}
    </div>
  );
}
