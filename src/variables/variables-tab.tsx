import { useDeferredValue, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { figmaQueries } from '../figma/queries';
import type { FigmaVariablesInput, ModelToken, TokenModel } from '../tokens/model';
import { FigmaProblem } from '../figma/figma-problem';
import { EmptyState } from '../ui/empty-state';
import { LoadingState } from '../ui/loading-state';
import { loadResolve } from './core';
import { useFloatOverrides } from './float-overrides';
import { PlanNotice } from './plan-notice';
import { useTokenModel } from './use-token-model';
import { ConversionProgress } from './conversion-progress';
import { CollectionTabs } from './collection-tabs';
import { VariablesToolbar } from './variables-toolbar';
import type { VariablesFilter } from './variables-toolbar';
import { VariablesTable } from './variables-table';
import { AfterFirstPaint } from '../ui/after-first-paint';
import './variables.css';
import type { MaybeLazy } from '../lib/json-blob';

const INITIAL_FILTER: VariablesFilter = {
  query: '',
  type: 'all',
  showHidden: true,
  showDetails: false,
};

function filterRows(model: TokenModel, collectionId: string, filter: VariablesFilter) {
  const needle = filter.query.trim().toLowerCase();
  return model.tokens.filter(
    (token: ModelToken) =>
      token.collectionId === collectionId &&
      (filter.showHidden || !token.hiddenFromPublishing) &&
      (filter.type === 'all' || token.type === filter.type) &&
      (!needle || token.name.toLowerCase().includes(needle)),
  );
}

/**
 * The variables are read once the file's header is on screen (see AfterFirstPaint); a failure is
 * the route's error screen.
 */
export function VariablesTab() {
  const { fileKey = '' } = useParams();
  return (
    <AfterFirstPaint fallback={<LoadingState label="Reading this file’s variables from Figma…" />}>
      <FileVariables fileKey={fileKey} />
    </AfterFirstPaint>
  );
}

function FileVariables({ fileKey }: { fileKey: string }) {
  const variables = useSuspenseQuery(figmaQueries.localVariables(fileKey));
  if (variables.data.kind === 'plan-limited') return <PlanNotice fileKey={fileKey} />;
  return <VariablesBrowser fileKey={fileKey} input={variables.data.meta} />;
}

function VariablesBrowser({
  fileKey,
  input,
}: {
  fileKey: string;
  input: MaybeLazy<FigmaVariablesInput>;
}) {
  const { overrides, setOverride } = useFloatOverrides(fileKey);
  // Converted in the worker once the variables are here, not in the loader: awaiting a
  // 5,000-variable conversion there would hold the navigation for seconds, and this query
  // reports the worker's progress (ConversionProgress) where a Suspense fallback could not.
  const model = useTokenModel(input, {
    floatTypeOverrides: overrides,
    includeHidden: true,
    remUnits: false,
  });
  const resolver = useQuery({
    queryKey: ['tokens', 'resolver-module'],
    queryFn: loadResolve,
    staleTime: Infinity,
  });
  // The first render of the table (thousands of rows filtered, a screenful built and measured) is
  // deferred: React then renders it in slices rather than in one long task after the model lands.
  const modelData = useDeferredValue(model.data);
  const [collectionId, setCollectionId] = useState<string>();
  const [filter, setFilter] = useState(INITIAL_FILTER);
  const deferredFilter = useDeferredValue(filter);

  const current =
    modelData?.collections.find((c) => c.id === collectionId) ??
    modelData?.collections.find((c) => modelData?.tokens.some((t) => t.collectionId === c.id));
  const rows = useMemo(
    () => (modelData && current ? filterRows(modelData, current.id, deferredFilter) : []),
    [modelData, current, deferredFilter],
  );
  const resolve = useMemo(
    () => (modelData && resolver.data ? resolver.data.createResolver(modelData) : undefined),
    [modelData, resolver.data],
  );

  if (model.isError) return <FigmaProblem error={model.error} />;
  // Also while a converted model waits for its (deferred) first render.
  if (model.isPending || !modelData)
    return (
      <>
        <ConversionProgress />
        <LoadingState label="Converting variables to tokens…" />
      </>
    );
  if (!current) {
    return (
      <EmptyState
        icon="file"
        title="This file has no local variables"
        body="Create variables in Figma’s Variables panel, or get tokens from this file’s styles."
      />
    );
  }
  return (
    <div className="variables">
      <CollectionTabs model={modelData} currentId={current.id} onSelect={setCollectionId} />
      <VariablesToolbar
        filter={filter}
        onChange={setFilter}
        count={rows.length}
        notes={modelData.warnings.length}
      />
      <VariablesTable
        model={modelData}
        collection={current}
        rows={rows}
        resolve={resolve}
        showDetails={filter.showDetails}
        onTypeChange={setOverride}
      />
    </div>
  );
}
