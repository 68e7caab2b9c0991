import { Suspense } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useSuspenseQuery } from '@tanstack/react-query';
import { paths } from '../lib/paths';
import { figmaQueries } from '../figma/queries';
import { EmptyState } from '../ui/empty-state';
import { PageHeader } from '../ui/page-header';
import { Breadcrumbs } from './breadcrumbs';
import type { Crumb } from './breadcrumbs';
import { FileList } from './file-list';
import { useTeamName } from './library';
import { PageSkeleton } from './page-skeleton';
import './files.css';

/** The files load in the route's loader; a failure is the route's error screen. */
export function ProjectPage() {
  const { projectId = '' } = useParams();
  const [params] = useSearchParams();
  const teamId = params.get('team');
  const teamName = useTeamName(teamId);
  return (
    <Suspense fallback={<PageSkeleton label="Loading the project’s files" />}>
      <ProjectFiles projectId={projectId} teamId={teamId} teamName={teamName} />
    </Suspense>
  );
}

function ProjectFiles({
  projectId,
  teamId,
  teamName,
}: {
  projectId: string;
  teamId: string | null;
  teamName: string | undefined;
}) {
  const files = useSuspenseQuery(figmaQueries.projectFiles(projectId));
  const location = useLocation();
  const teamTrail: Crumb[] = teamId ? [{ label: teamName ?? 'Team', to: paths.team(teamId) }] : [];
  const here = { label: files.data.name, to: location.pathname + location.search };
  return (
    <div className="files-page">
      <PageHeader title={files.data.name} breadcrumbs={<Breadcrumbs trail={teamTrail} />} />
      {files.data.files.length === 0 ? (
        <EmptyState
          icon="file"
          title="No files in this project yet"
          body="Files created in this Figma project will show up here."
        />
      ) : (
        <FileList files={files.data.files} trail={[...teamTrail, here]} />
      )}
    </div>
  );
}
