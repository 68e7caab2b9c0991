import { Suspense } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { GetFolderFoldersResponse } from '@figma/rest-api-spec';
import { paths } from '../lib/paths';
import { figmaQueries } from '../figma/queries';
import { EmptyState } from '../ui/empty-state';
import { Icon } from '../ui/icon';
import { PageHeader } from '../ui/page-header';
import { Breadcrumbs } from './breadcrumbs';
import { FileList } from './file-list';
import { sortedByName } from './natural-order';
import { PageSkeleton } from './page-skeleton';
import './files.css';

/** The files load in the route's loader; a failure is the route's error screen. */
export function FolderPage() {
  const { folderId = '' } = useParams();
  // Read beside the files, not through Suspense: subfolders are optional, as on the team page.
  const subfolders = useQuery({ ...figmaQueries.folderFolders(folderId), retry: false });
  return (
    <Suspense fallback={<PageSkeleton label="Loading the folder’s files" />}>
      <FolderFiles folderId={folderId} subfolderList={subfolders.data} />
    </Suspense>
  );
}

function FolderFiles({
  folderId,
  subfolderList,
}: {
  folderId: string;
  subfolderList: GetFolderFoldersResponse | undefined;
}) {
  const files = useSuspenseQuery(figmaQueries.folderFiles(folderId));
  const location = useLocation();
  const subfolders = sortedByName(subfolderList?.folders ?? []);
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
