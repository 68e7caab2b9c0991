import type { ComponentType } from 'react';
import { useParams } from 'react-router-dom';
import { useSuspenseQuery } from '@tanstack/react-query';
import { figmaQueries } from '../figma/queries';
import { Skeleton } from '../ui/skeleton';
import { EmptyState } from '../ui/empty-state';
import { ExportPanel } from './export-panel';
import { PlanNotice } from './plan-notice';
import { useFloatOverrides } from './float-overrides';
import type { FigmaVariablesInput } from '../tokens/model';
import { AfterFirstPaint } from '../ui/after-first-paint';
import type { MaybeLazy } from '../lib/json-blob';

/** Props of the code-repository section, which the app composes in (src/github). */
export interface RepositorySectionProps {
  fileKey: string;
  input: MaybeLazy<FigmaVariablesInput>;
  fileName: string;
  version?: string | undefined;
  lastModified?: string | undefined;
}

interface TokensTabProps {
  RepositorySection?: ComponentType<RepositorySectionProps> | undefined;
}

/**
 * The variables are read once the file's header is on screen (see AfterFirstPaint); a failure is
 * the route's error screen.
 */
export function TokensTab({ RepositorySection }: TokensTabProps) {
  const { fileKey = '' } = useParams();
  return (
    <AfterFirstPaint fallback={<Skeleton height={240} radius="md" />}>
      <FileTokens fileKey={fileKey} RepositorySection={RepositorySection} />
    </AfterFirstPaint>
  );
}

function FileTokens({ fileKey, RepositorySection }: TokensTabProps & { fileKey: string }) {
  const variables = useSuspenseQuery(figmaQueries.localVariables(fileKey));
  // The file layout's answer, already cached: no request of its own.
  const file = useSuspenseQuery(figmaQueries.file(fileKey, 2));
  const { overrides } = useFloatOverrides(fileKey);
  if (variables.data.kind === 'plan-limited') return <PlanNotice fileKey={fileKey} />;
  const input = variables.data.meta;
  return (
    <ExportPanel
      sourceKey={`file:${fileKey}:variables`}
      floatTypeOverrides={overrides}
      input={input}
      title={file.data.name}
      whenEmpty={
        <EmptyState
          title="No variables to export"
          body="This file has no local variables. Try the Styles tab, or import a JSON file."
        />
      }
    >
      {RepositorySection && (
        <RepositorySection
          fileKey={fileKey}
          input={input}
          fileName={file.data.name}
          version={file.data.version}
          lastModified={file.data.lastModified}
        />
      )}
    </ExportPanel>
  );
}
