import { Suspense } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import type { GetTeamFoldersResponse } from '@figma/rest-api-spec';
import { paths } from '../lib/paths';
import { figmaQueries } from '../figma/queries';
import { isFigmaApiError } from '../figma/figma-api-error';
import { Card } from '../ui/card';
import { EmptyState } from '../ui/empty-state';
import { Icon } from '../ui/icon';
import { PageHeader } from '../ui/page-header';
import { sortedByName } from './natural-order';
import { PageSkeleton } from './page-skeleton';
import { ProjectCard } from './project-card';
import './files.css';

/** The projects load in the route's loader; a failure is the route's error screen. */
export function TeamPage() {
  const { teamId = '' } = useParams();
  // Read beside the projects, not through Suspense: folders are optional, and a scope Figma
  // refused must leave the projects on screen.
  const folders = useQuery({ ...figmaQueries.teamFolders(teamId), retry: false });
  return (
    <Suspense fallback={<PageSkeleton label="Loading the team’s projects" />}>
      <TeamProjects teamId={teamId} folders={folders} />
    </Suspense>
  );
}

function TeamProjects({
  teamId,
  folders,
}: {
  teamId: string;
  folders: UseQueryResult<GetTeamFoldersResponse>;
}) {
  const projects = useSuspenseQuery(figmaQueries.teamProjects(teamId));
  const folderNote =
    folders.isError && isFigmaApiError(folders.error) && folders.error.kind === 'scope'
      ? 'Folders need the folders:read permission, which this Figma app does not grant.'
      : undefined;
  return (
    <div className="files-page">
      <PageHeader
        title={projects.data.name}
        description="Projects in this team"
        breadcrumbs={<Link to={paths.home()}>Your files</Link>}
      />
      {projects.data.projects.length === 0 ? (
        <EmptyState
          icon="folder"
          title="This team has no projects you can see"
          body="Create a project in Figma, or ask the team’s admin to invite you."
        />
      ) : (
        <ul className="files-grid" aria-label="Projects">
          {sortedByName(projects.data.projects).map((project) => (
            <ProjectCard key={project.id} project={project} teamId={teamId} />
          ))}
        </ul>
      )}
      {folders.isSuccess && folders.data.folders.length > 0 && (
        <Card aria-labelledby="folders-heading">
          <h2 id="folders-heading" className="files-section-title">
            Folders
          </h2>
          <ul className="files-list">
            {sortedByName(folders.data.folders).map((folder) => (
              <li key={folder.id} className="files-list__row">
                <Link to={paths.folder(folder.id)} className="files-list__link">
                  <Icon name="folder" />
                  <span className="files-list__name">{folder.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {folderNote && <p className="files-muted">{folderNote}</p>}
    </div>
  );
}
