/**
 * The head of a file's overview: its variables are what Tokenport is for, so the overview says how
 * many there are, in which collections and modes, and leads to the export.
 */
import { Suspense, use } from 'react';
import { useLocation } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import type { LocalVariablesData } from '../figma/queries';
import { figmaQueries } from '../figma/queries';
import { FigmaProblem } from '../figma/figma-problem';
import { paths } from '../lib/paths';
import { formatPlural } from '../ui/format';
import { LinkButton } from '../ui/link-button';
import { LoadingState } from '../ui/loading-state';
import { ErrorBoundary } from '../ui/error-boundary';
import './files.css';

interface CollectionSummary {
  id: string;
  name: string;
  variables: number;
  modes: string[];
}

/** Only the file's own collections: the answer also lists library ones its variables alias. */
export function summariseCollections(
  meta: Awaited<ReturnType<LocalVariablesData['meta']['read']>>,
): CollectionSummary[] {
  const counts = new Map<string, number>();
  for (const variable of Object.values(meta.variables)) {
    if (variable.remote) continue;
    counts.set(variable.variableCollectionId, (counts.get(variable.variableCollectionId) ?? 0) + 1);
  }
  return Object.values(meta.variableCollections)
    .filter((collection) => !collection.remote)
    .map((collection) => ({
      id: collection.id,
      name: collection.name,
      variables: counts.get(collection.id) ?? 0,
      modes: collection.modes.map((mode) => mode.name),
    }));
}

function CollectionList({ collections }: { collections: readonly CollectionSummary[] }) {
  const total = collections.reduce((sum, collection) => sum + collection.variables, 0);
  return (
    <>
      <p className="variable-summary__total">
        {formatPlural(total, 'variable')} in {formatPlural(collections.length, 'collection')}
      </p>
      <ul className="variable-summary__collections">
        {collections.map((collection) => (
          <li key={collection.id}>
            <span className="variable-summary__name">{collection.name}</span>
            <span className="files-muted">
              {formatPlural(collection.variables, 'variable')} ·{' '}
              {formatPlural(collection.modes.length, 'mode')} ({collection.modes.join(', ')})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function VariableSummary({ fileKey }: { fileKey: string }) {
  const variables = useQuery(figmaQueries.localVariables(fileKey));
  const answer = variables.data;

  let body;
  if (variables.isPending) {
    body = <LoadingState label="Reading this file’s variables from Figma…" />;
  } else if (variables.isError) {
    body = (
      <>
        <FigmaProblem error={variables.error} onRetry={() => void variables.refetch()} />
        <SummaryActions fileKey={fileKey} hasVariables={false} />
      </>
    );
  } else if (answer?.kind === 'plan-limited') {
    body = (
      <>
        <p className="files-muted">
          Figma shares variables only with Enterprise plans. Tokens can still come from this file’s
          styles.
        </p>
        <SummaryActions fileKey={fileKey} hasVariables={false} />
      </>
    );
  } else if (answer) {
    // The answer's bytes are read here, for the counts: the overview is the one page that does.
    body = (
      <ErrorBoundary fallback={(error) => <FigmaProblem error={error} />}>
        <Suspense fallback={<LoadingState label="Counting this file’s variables…" />}>
          <CollectionsOf fileKey={fileKey} meta={answer.meta} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  return (
    <section className="variable-summary" aria-labelledby="variable-summary-heading">
      <h2 id="variable-summary-heading" className="files-section-title">
        Variables
      </h2>
      {body}
    </section>
  );
}

function CollectionsOf({ fileKey, meta }: { fileKey: string; meta: LocalVariablesData['meta'] }) {
  // read() keeps its promise, so every render asks for the same one.
  const collections = summariseCollections(use(meta.read()));
  return (
    <>
      {collections.length ? (
        <CollectionList collections={collections} />
      ) : (
        <p className="files-muted">This file has no variables of its own.</p>
      )}
      <SummaryActions fileKey={fileKey} hasVariables={collections.length > 0} />
    </>
  );
}

function SummaryActions({ fileKey, hasVariables }: { fileKey: string; hasVariables: boolean }) {
  // The file page's way back travels with its links.
  const { state } = useLocation();
  return (
    <div className="variable-summary__actions">
      {hasVariables ? (
        <>
          <LinkButton variant="primary" to={paths.fileTokens(fileKey)} state={state}>
            Export tokens
          </LinkButton>
          <LinkButton to={paths.fileVariables(fileKey)} state={state}>
            Browse variables
          </LinkButton>
        </>
      ) : (
        <LinkButton to={paths.fileStyles(fileKey)} state={state}>
          Tokens from styles
        </LinkButton>
      )}
    </div>
  );
}
