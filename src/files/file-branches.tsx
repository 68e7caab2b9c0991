/**
 * A Figma file's branches, read from the file answer the page already has (`branch_data=true`
 * rides on that one call). A branch key is a file key, so each branch opens as a file page.
 */
import { Link, useLocation } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import type { GetFileResponse } from '@figma/rest-api-spec';
import { paths } from '../lib/paths';
import { figmaQueries } from '../figma/queries';
import { Card } from '../ui/card';
import { Icon } from '../ui/icon';
import { formatRelativeTime } from '../ui/format';
import { trailFrom } from './breadcrumbs';
import { compareNames } from './natural-order';
import './files.css';
import { fullDateOnHover } from '../ui/full-date-on-hover';

type Branch = NonNullable<GetFileResponse['branches']>[number];

export function FileBranches({
  fileKey,
  fileName,
  branches,
}: {
  fileKey: string;
  fileName: string;
  branches: readonly Branch[];
}) {
  const location = useLocation();
  // A branch page leads back through the main file it was opened from.
  const trail = [...trailFrom(location.state), { label: fileName, to: paths.file(fileKey) }];
  const sorted = [...branches].sort((a, b) => compareNames(a.name, b.name));
  return (
    <Card aria-labelledby="branches-heading">
      <h2 id="branches-heading" className="files-section-title">
        Branches
      </h2>
      <ul className="files-list">
        {sorted.map((branch) => {
          const modified = new Date(branch.last_modified);
          return (
            <li key={branch.key} className="files-list__row">
              <Link to={paths.file(branch.key)} state={{ trail }} className="files-list__link">
                <Icon name="branch" />
                <span className="files-list__name">{branch.name}</span>
              </Link>
              <span className="files-muted" onPointerEnter={fullDateOnHover(modified)}>
                edited {formatRelativeTime(modified)}
              </span>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

/**
 * Shown on a branch's page. The main file's name is known only if this browser has its answer
 * cached; asking Figma for it would spend a Tier-1 call on a label.
 */
export function BranchOf({ mainFileKey }: { mainFileKey: string }) {
  const queryClient = useQueryClient();
  const mainName = queryClient.getQueryData(figmaQueries.file(mainFileKey, 2).queryKey)?.name;
  return (
    <p className="files-muted file-header__branch-of">
      <Icon name="branch" /> Branch of{' '}
      <Link to={paths.file(mainFileKey)}>{mainName ?? 'its main file'}</Link>
    </p>
  );
}
