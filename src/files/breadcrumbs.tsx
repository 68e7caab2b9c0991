/**
 * The places a page was reached through. A file page has no parent in Figma's file answer, so the
 * list that linked to it hands its trail over in the history entry (which survives a reload).
 */
import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../lib/paths';

export interface Crumb {
  label: string;
  to: string;
}

/** History state is whatever some page put there: only well-formed crumbs are kept. */
export function trailFrom(state: unknown): Crumb[] {
  const trail = (state as { trail?: unknown } | null)?.trail;
  if (!Array.isArray(trail)) return [];
  return trail.filter(
    (crumb): crumb is Crumb =>
      typeof crumb?.label === 'string' &&
      typeof crumb?.to === 'string' &&
      // Only in-app paths: a crafted state must not turn a crumb into a link elsewhere.
      crumb.to.startsWith('/') &&
      !crumb.to.startsWith('//'),
  );
}

export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  return (
    <>
      <Link to={paths.home()}>Your files</Link>
      {trail.map((crumb) => (
        <Fragment key={crumb.to}>
          {' / '}
          <Link to={crumb.to}>{crumb.label}</Link>
        </Fragment>
      ))}
    </>
  );
}
