import type { ReactNode } from 'react';
import { Icon } from './icon';
import './ui.css';

/**
 * An expected limit, not a failure (a plan that does not include a feature, a seat that cannot
 * write): calm information with the next step, never the red error style.
 */
export function InfoState({
  title,
  body,
  action,
}: {
  title: ReactNode;
  body?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <section
      className="ui-state ui-state--info"
      aria-label={typeof title === 'string' ? title : undefined}
    >
      <Icon name="info" size={28} className="ui-state__icon" />
      <h2 className="ui-state__title">{title}</h2>
      {body && <div className="ui-state__body">{body}</div>}
      {action && <div className="ui-state__action">{action}</div>}
    </section>
  );
}
