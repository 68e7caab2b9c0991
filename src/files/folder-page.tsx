import { Link, useLocation, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { paths } from '../lib/paths';
import { figmaQueries } from '../figma/queries';
import { EmptyState } from '../ui/empty-state';
import { Icon } from '../ui/icon';
import { PageHeader } from '../ui/page-header';
import { FigmaProblem } from '../figma/figma-problem';
import { Breadcrumbs } from './breadcrumbs';
import { FileList } from './file-list';
import { sortedByName } from './natural-order';
import { PageSkeleton } from './page-skeleton';
import './files.css';

export function FolderPage() {
  const { folderId = '' } = useParams();
  const files = useQuery(figmaQueries.folderFiles(folderId));
  const children = useQuery({ ...figmaQueries.folderFolders(folderId), retry: false });
  const location = useLocation();

  if (files.isPending) return <PageSkeleton label="Loading the folder’s files" />;
  if (files.isError)
    return (
      <FigmaProblem error={files.error} onRetry={() => void files.refetch()} headingLevel={1} />
    );
  const subfolders = sortedByName(children.data?.folders ?? []);
  return (
    <div className="files-page">
      <PageHeader title={files.data.name} breadcrumbs={<Breadcrumbs trail={[]} />} />
      {subfolders.length > 0 && (
        <ul className="files-grid" aria-label="Folders">
          {subfolders.map((folder) => (
            <li key={folder.id}>
              <Link to={paths.folder(folder.id)} className="files-tile">
                <Icon name="folder" size={20} />
                <span className="files-list__name">{folder.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {files.data.files.length === 0 && subfolders.length === 0 ? (
        <EmptyState icon="folder" title="This folder is empty" />
      ) : files.data.files.length > 0 ? (
        <FileList
          files={files.data.files}
          trail={[{ label: files.data.name, to: location.pathname }]}
        />
      ) : null}
    </div>
  );
}
