import type { HTMLAttributes } from 'react';
import './ui.css';

/** A surface; with an aria-label it becomes a named region landmark. */
export function Card({ className, ...rest }: HTMLAttributes<HTMLElement>) {
  const Tag = rest['aria-label'] || rest['aria-labelledby'] ? 'section' : 'div';
  return <Tag className={['ui-card', className].filter(Boolean).join(' ')} {...rest} />;
}
