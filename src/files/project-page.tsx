import { useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { paths } from '../lib/paths';
import { figmaQueries } from '../figma/queries';
import { EmptyState } from '../ui/empty-state';
import { PageHeader } from '../ui/page-header';
import { FigmaProblem } from '../figma/figma-problem';
import { Breadcrumbs } from './breadcrumbs';
import type { Crumb } from './breadcrumbs';
import { FileList } from './file-list';
import { useTeamName } from './library';
import { PageSkeleton } from './page-skeleton';
import './files.css';

export function ProjectPage() {
  const { projectId = '' } = useParams();
  const [params] = useSearchParams();
  const teamId = params.get('team');
  const files = useQuery(figmaQueries.projectFiles(projectId));
  const teamName = useTeamName(teamId);
  const location = useLocation();

  if (files.isPending) return <PageSkeleton label="Loading the project’s files" />;
  if (files.isError)
    return (
      <FigmaProblem error={files.error} onRetry={() => void files.refetch()} headingLevel={1} />
    );
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
