import type { ComponentType } from 'react';
import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { figmaQueries } from '../figma/queries';
import { FigmaProblem } from '../figma/figma-problem';
import { Skeleton } from '../ui/skeleton';
import { EmptyState } from '../ui/empty-state';
import { ExportPanel } from './export-panel';
import { PlanNotice } from './plan-notice';
import { useFloatOverrides } from './float-overrides';
import type { FigmaVariablesInput } from '../tokens/model';

/** Props of the code-repository section, which the app composes in (src/github). */
export interface RepositorySectionProps {
  fileKey: string;
  input: FigmaVariablesInput;
  fileName: string;
  version?: string | undefined;
  lastModified?: string | undefined;
}

export function TokensTab({
  RepositorySection,
}: {
  RepositorySection?: ComponentType<RepositorySectionProps>;
}) {
  const { fileKey = '' } = useParams();
  const variables = useQuery(figmaQueries.localVariables(fileKey));
  const file = useQuery(figmaQueries.file(fileKey, 2));
  const { overrides } = useFloatOverrides(fileKey);
  if (variables.isError)
    return <FigmaProblem error={variables.error} onRetry={() => void variables.refetch()} />;
  if (variables.isPending) return <Skeleton height={240} radius="md" />;
  if (variables.data.kind === 'plan-limited') return <PlanNotice fileKey={fileKey} />;
  if (Object.keys(variables.data.meta.variables).length === 0) {
    return (
      <EmptyState
        title="No variables to export"
        body="This file has no local variables. Try the Styles tab, or import a JSON file."
      />
    );
  }
  return (
    <>
      <ExportPanel
        sourceKey={`file:${fileKey}:variables`}
        floatTypeOverrides={overrides}
        input={variables.data.meta}
        title={file.data?.name ?? fileKey}
      />
      {RepositorySection && (
        <RepositorySection
          fileKey={fileKey}
          input={variables.data.meta}
          fileName={file.data?.name ?? fileKey}
          version={file.data?.version}
          lastModified={file.data?.lastModified}
        />
      )}
    </>
  );
}
