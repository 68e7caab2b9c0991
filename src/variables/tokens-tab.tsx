import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { figmaQueries } from '../figma/queries';
import { FigmaProblem } from '../figma/figma-problem';
import { Skeleton } from '../ui/skeleton';
import { EmptyState } from '../ui/empty-state';
import { ExportPanel } from './export-panel';
import { isPlanLimited, PlanNotice } from './plan-notice';
import { useFloatOverrides } from './float-overrides';

export function TokensTab() {
  const { fileKey = '' } = useParams();
  const variables = useQuery(figmaQueries.localVariables(fileKey));
  const file = useQuery(figmaQueries.file(fileKey, 2));
  const { overrides } = useFloatOverrides(fileKey);
  if (variables.isError)
    return isPlanLimited(variables.error) ? (
      <PlanNotice fileKey={fileKey} />
    ) : (
      <FigmaProblem error={variables.error} onRetry={() => void variables.refetch()} />
    );
  if (variables.isPending) return <Skeleton height={240} radius="md" />;
  if (Object.keys(variables.data.meta.variables).length === 0) {
    return (
      <EmptyState
        title="No variables to export"
        body="This file has no local variables. Try the Styles tab, or import a JSON file."
      />
    );
  }
  return (
    <ExportPanel
      sourceKey={`file:${fileKey}:variables`}
      floatTypeOverrides={overrides}
      input={variables.data.meta}
      title={file.data?.name ?? fileKey}
    />
  );
}
