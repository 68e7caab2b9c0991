/**
 * Write-back: a DTCG file edited in code goes back to the Figma file's variables. Opt-in, previewed
 * row by row, sent only on confirmation, in one atomic request (or Figma-valid parts, said so).
 */
import { useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { PostVariablesResponse, VariableValue } from '@figma/rest-api-spec';
import { prefsQueries, updatePrefs } from '../auth/prefs';
import { startFigmaSignIn } from '../auth/session';
import { figmaClient } from '../figma/client';
import { figmaQueries } from '../figma/queries';
import { isFigmaApiError } from '../figma/figma-api-error';
import { FigmaProblem } from '../figma/figma-problem';
import type { ChangeSet } from '../tokens/writeback/types';
import { Button } from '../ui/button';
import { Callout } from '../ui/callout';
import { Icon } from '../ui/icon';
import { Skeleton } from '../ui/skeleton';
import { useToast } from '../ui/toast';
import { loadReader, loadWriteback } from './core';
import { readFiles } from './download';
import { isPlanLimited, PlanNotice } from './plan-notice';
import { colorText } from './value-view';
import './variables.css';

function describe(value: VariableValue | undefined): string {
  if (value === undefined) return '—';
  if (typeof value === 'object' && value !== null) {
    if ('type' in value && value.type === 'VARIABLE_ALIAS') return `→ ${value.id}`;
    if ('r' in value) return colorText(value.r, value.g, value.b, 'a' in value ? value.a : 1);
  }
  return String(value);
}

/** Input errors name the file and the JSON path where reading stopped. */
function describeInputError(error: Error): string {
  const { file, jsonPath } = error as Error & { file?: string; jsonPath?: string };
  return file ? `${file} at ${jsonPath ?? '$'}: ${error.message}` : error.message;
}

export function SyncTab() {
  const { fileKey = '' } = useParams();
  const location = useLocation();
  const queryClient = useQueryClient();
  const toast = useToast();
  const prefs = useQuery(prefsQueries.prefs());
  const variables = useQuery(figmaQueries.localVariables(fileKey));
  const [allowDelete, setAllowDelete] = useState(false);
  const [uploaded, setUploaded] = useState<{ name: string; text: string }[]>();
  const [confirming, setConfirming] = useState(false);
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<unknown>();
  const [pendingEnabled, setPendingEnabled] = useState<boolean>();
  const enabled = pendingEnabled ?? prefs.data?.writeBackEnabled === true;

  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- keyed by the source's identity and update time, not by the (large) input object
  const changeSet = useQuery({
    queryKey: ['tokens', 'change-set', fileKey, uploaded, allowDelete, variables.dataUpdatedAt],
    enabled: Boolean(uploaded && variables.data),
    staleTime: Infinity,
    structuralSharing: false,
    retry: false,
    queryFn: async (): Promise<ChangeSet> => {
      const [{ readDtcgExport }, { buildChangeSet }] = await Promise.all([
        loadReader(),
        loadWriteback(),
      ]);
      return buildChangeSet(
        variables.data?.meta ?? { variables: {}, variableCollections: {} },
        readDtcgExport(uploaded ?? []),
        { allowDelete },
      );
    },
  });

  /** Optimistic: the switch moves at once, even while other prefs writes land; a failed save puts it back. */
  async function setEnabled(next: boolean) {
    setPendingEnabled(next);
    try {
      await updatePrefs(queryClient, (current) => ({ ...current, writeBackEnabled: next }));
    } catch {
      toast.show({
        tone: 'danger',
        title: 'Could not save the setting',
        body: 'Check your connection and try again.',
      });
    } finally {
      setPendingEnabled(undefined);
    }
  }

  async function apply(plan: ChangeSet) {
    setApplying(true);
    setApplyError(undefined);
    try {
      const { applyTempIds } = await import('../tokens/writeback/apply-temp-ids');
      let remaining = plan;
      for (let index = 0; index < remaining.bodies.length; index++) {
        const body = remaining.bodies[index];
        const reply = await figmaClient().post<PostVariablesResponse>(
          `/v1/files/${encodeURIComponent(fileKey)}/variables`,
          body,
        );
        remaining = applyTempIds(remaining, reply.meta?.tempIdToRealId ?? {});
      }
      toast.show({
        tone: 'success',
        title: 'Figma updated',
        body: `${plan.preview.rows.length} variables written to Figma.`,
      });
      setUploaded(undefined);
      setConfirming(false);
      await queryClient.invalidateQueries({
        queryKey: figmaQueries.localVariables(fileKey).queryKey,
      });
    } catch (error) {
      setApplyError(error);
    } finally {
      setApplying(false);
    }
  }

  if (variables.isError && isPlanLimited(variables.error)) return <PlanNotice fileKey={fileKey} />;
  if (prefs.isPending || variables.isPending) return <Skeleton height={200} radius="md" />;
  if (variables.isError)
    return <FigmaProblem error={variables.error} onRetry={() => void variables.refetch()} />;

  const plan = changeSet.data;
  return (
    <div className="variables sync">
      <section aria-labelledby="sync-heading" className="sync__intro">
        <h2 id="sync-heading" className="files-section-title">
          Write tokens back to Figma
        </h2>
        <label className="inline-control">
          <input
            type="checkbox"
            role="switch"
            checked={enabled}
            onChange={(event) => void setEnabled(event.target.checked)}
          />{' '}
          Enable write-back for my account
        </label>
        {enabled && (
          <Callout
            tone="info"
            title="Writing needs an Enterprise plan, an editor seat on this file, and write permission"
            action={
              <Button
                size="sm"
                icon={<Icon name="figma" />}
                onClick={() =>
                  startFigmaSignIn({
                    next: location.pathname,
                    extraScopes: ['file_variables:write'],
                  })
                }
              >
                Grant write access
              </Button>
            }
          >
            <p>
              Figma asks you once to allow Tokenport to change variables (the file_variables:write
              permission). Nothing is sent until you review the changes and confirm.
            </p>
          </Callout>
        )}
      </section>

      {enabled && (
        <section aria-labelledby="upload-heading">
          <h3 id="upload-heading">1. Upload the edited token file</h3>
          <label className="ui-button ui-button--secondary ui-button--md file-button">
            <Icon name="upload" /> Choose DTCG files (bundle, or resolver and sets)…
            <input
              type="file"
              accept=".json,application/json"
              multiple
              className="visually-hidden"
              onChange={(event) => {
                const list = event.target.files;
                if (list?.length) void readFiles(list).then(setUploaded);
              }}
            />
          </label>
          <label className="inline-control">
            <input
              type="checkbox"
              checked={allowDelete}
              onChange={(event) => setAllowDelete(event.target.checked)}
            />{' '}
            Also delete variables missing from the file
          </label>
        </section>
      )}

      {enabled && uploaded && (
        <section aria-labelledby="preview-heading">
          <h3 id="preview-heading">2. Review the changes</h3>
          {changeSet.isPending ? (
            <Skeleton height={120} radius="md" />
          ) : changeSet.isError ? (
            <Callout tone="danger" title="That file cannot be written to Figma">
              <p>{describeInputError(changeSet.error)}</p>
            </Callout>
          ) : plan ? (
            <>
              {plan.errors.length > 0 && (
                <Callout
                  tone="danger"
                  title="Figma would refuse these changes — nothing will be sent"
                >
                  <ul>
                    {plan.errors.map((problem, index) => (
                      <li key={index}>{problem.message}</li>
                    ))}
                  </ul>
                </Callout>
              )}
              {plan.empty && plan.errors.length === 0 ? (
                <Callout tone="success" title="Figma already matches this file">
                  <p>There is nothing to write.</p>
                </Callout>
              ) : (
                <>
                  <p className="files-muted" role="status">
                    Variables: {plan.preview.counts.variables.created} to create,{' '}
                    {plan.preview.counts.variables.updated} to update,{' '}
                    {plan.preview.counts.variables.deleted} to delete ·{' '}
                    {plan.preview.counts.valuesChanged} values · collections{' '}
                    {plan.preview.counts.collections.created} new · modes{' '}
                    {plan.preview.counts.modes.created} new
                    {plan.preview.counts.notDeleted > 0 &&
                      ` · ${plan.preview.counts.notDeleted} kept (deletes are off)`}
                  </p>
                  {plan.split && (
                    <Callout tone="warning" title="Sent in parts">
                      {plan.splitReason}
                    </Callout>
                  )}
                  <table className="change-table">
                    <caption className="visually-hidden">Changes to send to Figma</caption>
                    <thead>
                      <tr>
                        <th scope="col">Variable</th>
                        <th scope="col">Change</th>
                        <th scope="col">Mode</th>
                        <th scope="col">Before</th>
                        <th scope="col">After</th>
                      </tr>
                    </thead>
                    <tbody>
                      {plan.preview.rows.flatMap((row) =>
                        (row.changes.length
                          ? row.changes
                          : [{ mode: '—', old: undefined, new: undefined }]
                        ).map((change, index) => (
                          <tr key={`${row.variableId}-${index}`}>
                            <th scope="row">
                              {index === 0 ? `${row.collection} / ${row.name}` : ''}
                            </th>
                            <td>
                              {index === 0 ? row.action.toLowerCase() : ''}
                              {index === 0 && row.fields.length
                                ? ` (${row.fields.map((f) => f.field).join(', ')})`
                                : ''}
                            </td>
                            <td>{change.mode}</td>
                            <td>{describe(change.old)}</td>
                            <td>{describe(change.new)}</td>
                          </tr>
                        )),
                      )}
                    </tbody>
                  </table>
                  {plan.errors.length === 0 &&
                    (confirming ? (
                      <div className="sync__confirm" role="group" aria-label="Confirm write-back">
                        <p>Send {plan.preview.rows.length} variable changes to Figma now?</p>
                        <Button
                          variant="primary"
                          loading={applying}
                          onClick={() => void apply(plan)}
                        >
                          Confirm and write to Figma
                        </Button>
                        <Button
                          variant="ghost"
                          onClick={() => setConfirming(false)}
                          disabled={applying}
                        >
                          Cancel
                        </Button>
                      </div>
                    ) : (
                      <Button variant="primary" onClick={() => setConfirming(true)}>
                        Apply {plan.preview.rows.length} changes
                      </Button>
                    ))}
                </>
              )}
            </>
          ) : null}
          {applyError !== undefined &&
            (isFigmaApiError(applyError) && applyError.kind === 'bad-request' ? (
              <Callout tone="danger" title="Figma refused the changes — nothing was changed">
                <p>
                  Figma said: “{applyError.message}”. Its updates are all-or-nothing, so the file is
                  as it was.
                </p>
              </Callout>
            ) : (
              <FigmaProblem error={applyError} />
            ))}
        </section>
      )}
    </div>
  );
}
