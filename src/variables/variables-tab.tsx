import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { figmaQueries } from '../figma/queries';
import type { FloatType, ModelToken, TokenType } from '../tokens/model';
import { FigmaProblem } from '../figma/figma-problem';
import { EmptyState } from '../ui/empty-state';
import { Skeleton } from '../ui/skeleton';
import { TextField } from '../ui/text-field';
import { formatCount } from '../ui/format';
import { loadResolve } from './core';
import { useFloatOverrides } from './float-overrides';
import { isPlanLimited, PlanNotice } from './plan-notice';
import { useTokenModel } from './use-token-model';
import { ConversionProgress } from './conversion-progress';
import { ValueView } from './value-view';
import './variables.css';

const TYPE_LABELS: Record<TokenType, string> = {
  color: 'Colour',
  dimension: 'Dimension (px)',
  number: 'Number',
  fontWeight: 'Font weight',
  opacity: 'Opacity',
  fontFamily: 'Font family',
  string: 'String',
  boolean: 'Boolean',
};
const FLOAT_TYPES: FloatType[] = ['dimension', 'number', 'fontWeight', 'opacity'];
const ROW = 44;

export function VariablesTab() {
  const { fileKey = '' } = useParams();
  const variables = useQuery(figmaQueries.localVariables(fileKey));
  const { overrides, setOverride } = useFloatOverrides(fileKey);
  const model = useTokenModel(variables.data?.meta, {
    floatTypeOverrides: overrides,
    includeHidden: true,
    remUnits: false,
  });
  const resolver = useQuery({
    queryKey: ['tokens', 'resolver-module'],
    queryFn: loadResolve,
    staleTime: Infinity,
  });
  const [collectionId, setCollectionId] = useState<string>();
  const [query, setQuery] = useState('');
  const [type, setType] = useState<TokenType | 'all'>('all');
  const [showHidden, setShowHidden] = useState(true);
  const [showDetails, setShowDetails] = useState(false);
  const deferredQuery = useDeferredValue(query);
  const scrollRef = useRef<HTMLDivElement>(null);

  const current =
    model.data?.collections.find((c) => c.id === collectionId) ??
    model.data?.collections.find((c) => model.data?.tokens.some((t) => t.collectionId === c.id));
  const rows = useMemo(() => {
    if (!model.data || !current) return [];
    const needle = deferredQuery.trim().toLowerCase();
    return model.data.tokens.filter(
      (token) =>
        token.collectionId === current.id &&
        (showHidden || !token.hiddenFromPublishing) &&
        (type === 'all' || token.type === type) &&
        (!needle || token.name.toLowerCase().includes(needle)),
    );
  }, [model.data, current, deferredQuery, showHidden, type]);
  const resolve = useMemo(
    () => (model.data && resolver.data ? resolver.data.createResolver(model.data) : undefined),
    [model.data, resolver.data],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed to be called every render
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => (showDetails ? ROW + 24 : ROW),
    overscan: 10,
  });

  if (variables.isError)
    return isPlanLimited(variables.error) ? (
      <PlanNotice fileKey={fileKey} />
    ) : (
      <FigmaProblem error={variables.error} onRetry={() => void variables.refetch()} />
    );
  if (variables.isPending || model.isPending) {
    return (
      <div aria-busy="true" aria-label="Loading variables">
        <ConversionProgress />
        <Skeleton height={32} width={320} />
        <Skeleton height={280} radius="md" />
      </div>
    );
  }
  if (model.isError) return <FigmaProblem error={model.error} />;
  if (!current) {
    return (
      <EmptyState
        icon="file"
        title="This file has no local variables"
        body="Create variables in Figma’s Variables panel, or get tokens from this file’s styles."
      />
    );
  }
  const data = model.data;
  const templateColumns = `minmax(14rem, 1.4fr) repeat(${current.modes.length}, minmax(11rem, 1fr))`;
  const renderRow = (token: ModelToken) => (
    <>
      <div className="var-name" role="rowheader">
        <span className="var-name__text">{token.name}</span>
        <span className="var-name__meta">
          {token.resolvedType === 'FLOAT' ? (
            <label>
              <span className="visually-hidden">Type of {token.name}</span>
              <select
                value={token.type}
                title={`Inferred from ${token.typeReason}`}
                onChange={(event) => setOverride(token.id, event.target.value as FloatType)}
                className="var-type-select"
              >
                {FLOAT_TYPES.map((option) => (
                  <option key={option} value={option}>
                    {TYPE_LABELS[option]}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <span>{TYPE_LABELS[token.type]}</span>
          )}
          {token.hiddenFromPublishing && <span className="ui-badge">hidden</span>}
        </span>
        {showDetails && (
          <span className="var-details">
            scopes: {token.scopes.join(', ') || 'none'}
            {Object.entries(token.codeSyntax).map(
              ([platform, code]) => ` · ${platform}: ${String(code)}`,
            )}
          </span>
        )}
      </div>
      {current.modes.map((mode) => (
        <div key={mode.id} role="cell" className="var-cell">
          <ValueView
            model={data}
            token={token}
            value={token.values[mode.id]}
            resolved={resolve?.(token, mode.id)}
          />
        </div>
      ))}
    </>
  );

  return (
    <div className="variables">
      <div role="tablist" aria-label="Collections" className="collection-tabs">
        {data.collections
          .filter((c) => data.tokens.some((t) => t.collectionId === c.id))
          .map((c) => (
            <button
              key={c.id}
              role="tab"
              type="button"
              aria-selected={c.id === current.id}
              className="collection-tab"
              onClick={() => setCollectionId(c.id)}
            >
              {c.name}{' '}
              <span className="files-muted">
                {data.tokens.filter((t) => t.collectionId === c.id).length}
              </span>
            </button>
          ))}
      </div>
      <div className="variables__toolbar">
        <TextField
          label="Search variables"
          hideLabel
          type="search"
          placeholder="Search by name"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label className="inline-control">
          Type
          <select
            className="ui-field__input"
            value={type}
            onChange={(event) => setType(event.target.value as TokenType | 'all')}
          >
            <option value="all">All types</option>
            {Object.entries(TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-control">
          <input
            type="checkbox"
            checked={showHidden}
            onChange={(event) => setShowHidden(event.target.checked)}
          />{' '}
          Show hidden
        </label>
        <label className="inline-control">
          <input
            type="checkbox"
            checked={showDetails}
            onChange={(event) => setShowDetails(event.target.checked)}
          />{' '}
          Scopes and code syntax
        </label>
        <p className="files-muted" role="status">
          {formatCount(rows.length)} {rows.length === 1 ? 'variable' : 'variables'}
          {data.warnings.length > 0 &&
            ` · ${formatCount(data.warnings.length)} notes in the Tokens tab`}
        </p>
      </div>
      <div
        role="table"
        aria-label={`${current.name} variables`}
        aria-rowcount={rows.length + 1}
        className="var-table"
      >
        <div
          role="row"
          className="var-row var-row--head"
          style={{ gridTemplateColumns: templateColumns }}
        >
          <div role="columnheader">Name</div>
          {current.modes.map((mode) => (
            <div key={mode.id} role="columnheader">
              {mode.name}
              {mode.id === current.defaultModeId && <span className="files-muted"> (default)</span>}
            </div>
          ))}
        </div>
        <div ref={scrollRef} className="var-scroll" role="rowgroup">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const token = rows[item.index];
              if (!token) return null;
              return (
                <div
                  key={token.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className="var-row"
                  style={{
                    gridTemplateColumns: templateColumns,
                    transform: `translateY(${item.start}px)`,
                    height: item.size,
                  }}
                >
                  {renderRow(token)}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
