import type { ReactNode } from 'react';
import { Icon } from './icon';
import type { IconName } from './icon';
import './ui.css';

export type Tone = 'info' | 'warning' | 'danger' | 'success';
const ICONS: Record<Tone, IconName> = {
  info: 'info',
  warning: 'warning',
  danger: 'error',
  success: 'check',
};

export function Callout({
  tone = 'info',
  title,
  children,
  action,
}: {
  tone?: Tone;
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={`ui-callout ui-callout--${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      <Icon name={ICONS[tone]} size={18} className="ui-callout__icon" />
      <div className="ui-callout__body">
        <p className="ui-callout__title">{title}</p>
        {children && <div className="ui-callout__text">{children}</div>}
        {action && <div className="ui-callout__action">{action}</div>}
      </div>
    </div>
  );
}
