import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { LinkProps } from 'react-router-dom';
import { buttonClassName } from './button';
import type { ButtonSize, ButtonVariant } from './button';

export interface LinkButtonProps extends LinkProps {
  variant?: ButtonVariant;
  size?: ButtonSize;
  icon?: ReactNode;
}

/** A router link that looks like a button: navigation stays a link for assistive tech. */
export function LinkButton({ variant, size, icon, children, className, ...rest }: LinkButtonProps) {
  return (
    <Link className={buttonClassName(variant, size, className)} {...rest}>
      {icon}
      {children}
    </Link>
  );
}
