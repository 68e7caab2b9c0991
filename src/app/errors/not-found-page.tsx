import { EmptyState } from '../../ui/empty-state';
import { LinkButton } from '../../ui/link-button';
import { paths } from '../../lib/paths';

export function NotFoundPage() {
  return (
    <EmptyState
      icon="file"
      title="Page not found"
      headingLevel={1}
      body="This address does not match any page in Tokenport."
      action={<LinkButton to={paths.home()}>Go to your files</LinkButton>}
    />
  );
}
