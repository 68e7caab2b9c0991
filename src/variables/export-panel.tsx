/**
 * Choose formats and options, preview every generated file, copy it, download one file or a zip
 * of all, and see what changed since the last export before downloading.
 */
import { useDeferredValue, useState } from 'react';
import type { ReactNode } from 'react';
import type { MaybeLazy } from '../lib/json-blob';
import type { FigmaVariablesInput, FloatType, TokenModel } from '../tokens/model';
import { Callout } from '../ui/callout';
import { LoadingState } from '../ui/loading-state';
import { formatCount } from '../ui/format';
import { DiffSection } from './diff-section';
import { useExportChoices } from './export-choices';
import { ExportOptions } from './export-options';
import { GeneratedFiles } from './generated-files';
import { useExportBaseline } from './use-export-baseline';
import { useExportOutputs } from './use-export-outputs';
import { useTokenModel } from './use-token-model';
import './variables.css';

/** Stable, so panels without overrides share the Variables tab's converted model. */
const NO_OVERRIDES: Record<string, FloatType> = {};

export function ExportPanel({
  sourceKey,
  input,
  title,
  floatTypeOverrides,
  whenEmpty,
  children,
}: {
  sourceKey: string;
  input: MaybeLazy<FigmaVariablesInput>;
  title: string;
  /** The Variables tab's per-variable type choices, so both tabs use one model. */
  floatTypeOverrides?: Record<string, FloatType>;
  /**
   * Shown instead of the panel (and its `children`) when the input has no variables: known only
   * once converted, as a lazy input is not parsed on the main thread to count them.
   */
  whenEmpty?: ReactNode;
  /** Sections that belong with the panel, such as the code repository's. */
  children?: ReactNode;
}) {
  const [choices, choose] = useExportChoices();
  const [keepRemoved, setKeepRemoved] = useState(false);
  const model = useTokenModel(input, {
    floatTypeOverrides: floatTypeOverrides ?? NO_OVERRIDES,
    includeHidden: choices.includeHidden,
    remUnits: choices.remUnits,
  });
  const baseline = useExportBaseline(sourceKey, model.data);
  const outputs = useExportOutputs({
    sourceKey,
    model: model.data,
    modelUpdatedAt: model.dataUpdatedAt,
    choices,
    previous: baseline.previous,
    keepRemoved,
  });
  // Rendered from deferred values, as the Variables table is: what a 5,000-variable model or its
  // files first put on screen is rendered by React in slices, not in one long task as they land.
  const shownModel = useDeferredValue(model.data);
  const shownOutputs = useDeferredValue(outputs.data);
  const shownBuildId = useDeferredValue(outputs.dataUpdatedAt);
  const files = shownOutputs?.files ?? [];
  if (whenEmpty !== undefined && shownModel && isEmptyModel(shownModel)) return whenEmpty;
  const warnings = [...(shownModel?.warnings ?? []), ...(shownOutputs?.formatWarnings ?? [])];

  return (
    <>
      <div className="export">
        <ExportOptions choices={choices} choose={choose} collections={shownModel?.collections} />

        <DiffSection
          baselineLabel={baseline.previous?.label}
          diff={shownOutputs?.diff}
          error={outputs.isError ? outputs.error : undefined}
          keepRemoved={keepRemoved}
          kept={shownOutputs?.kept}
          onKeepRemovedChange={setKeepRemoved}
          onUpload={baseline.compareWithUpload}
        />

        {warnings.length > 0 && (
          <details className="export__warnings">
            <summary>
              {formatCount(warnings.length)} conversion {warnings.length === 1 ? 'note' : 'notes'}
            </summary>
            <ul>
              {warnings.map((warning, index) => (
                <li key={index}>{warning.message}</li>
              ))}
            </ul>
          </details>
        )}
        {shownModel?.errors.map((error) => (
          <Callout key={error.message} tone="danger" title="Alias cycle">
            <p>{error.message}. These variables are left out until the cycle is broken in Figma.</p>
          </Callout>
        ))}

        {model.isPending || (model.data && !shownModel) ? (
          <LoadingState label="Converting variables to tokens…" />
        ) : outputs.isPending || (outputs.data && !shownOutputs) ? (
          <LoadingState label="Writing the files for the formats you chose…" />
        ) : files.length === 0 ? (
          <p className="export__muted">Choose at least one format.</p>
        ) : (
          <GeneratedFiles
            sourceKey={sourceKey}
            files={files}
            buildId={shownBuildId}
            title={title}
            savedBaseline={baseline.savedBaseline}
            onDownloaded={baseline.rememberDownload}
          />
        )}
      </div>
      {children}
    </>
  );
}

/** Nothing converted and nothing said about why: the input has no variables at all. */
function isEmptyModel(model: TokenModel): boolean {
  return model.tokens.length === 0 && model.warnings.length === 0 && model.errors.length === 0;
}
