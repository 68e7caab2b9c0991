import { useState } from 'react';
import type { LocalVariablesData } from '../figma/queries';
import { Callout } from '../ui/callout';
import { LoadingState } from '../ui/loading-state';
import { ChangeReview } from './change-review';
import { InputErrorDetails } from '../ui/input-error-details';
import { JsonFilePicker } from './json-file-picker';
import type { PickedFile } from './json-file-picker';
import { useChangeSet } from './use-change-set';
import { WriteConfirm } from './write-confirm';
import { StepMark } from './write-access-steps';

/** Steps 3–5 of write-back: upload the edited tokens, review the changes, confirm. */
export function WriteChanges({
  fileKey,
  variables,
  onWritten,
}: {
  fileKey: string;
  variables: { data: LocalVariablesData | undefined; dataUpdatedAt: number };
  onWritten: (count: number) => void;
}) {
  const [uploaded, setUploaded] = useState<PickedFile[]>();
  const [allowDelete, setAllowDelete] = useState(false);
  const changeSet = useChangeSet(fileKey, variables, uploaded, allowDelete);
  const plan = changeSet.data;

  return (
    <ol className="sync-steps sync-steps--continued">
      <li className="sync-step" data-done={Boolean(uploaded)}>
        <StepMark done={Boolean(uploaded)} />
        <section className="sync-step__body" aria-labelledby="upload-heading">
          <h3 id="upload-heading" className="sync-step__title">
            Upload the edited token file
          </h3>
          {/* A short label: the longer one ran past a phone's screen. */}
          <JsonFilePicker onPick={setUploaded}>Choose token files…</JsonFilePicker>
          {!uploaded && (
            <p className="sync-step__hint">
              DTCG: a bundle, or the resolver and its sets. Figma’s own “Export variables” files
              work too: variables are matched by their ids.
            </p>
          )}
          {uploaded && (
            <p className="sync-step__hint">{uploaded.map((file) => file.name).join(', ')}</p>
          )}
          <label className="inline-control">
            <input
              type="checkbox"
              checked={allowDelete}
              onChange={(event) => setAllowDelete(event.target.checked)}
            />{' '}
            Also delete variables missing from the file
          </label>
        </section>
      </li>
      {uploaded && (
        <li className="sync-step" data-done={Boolean(plan && plan.errors.length === 0)}>
          <StepMark done={Boolean(plan && plan.errors.length === 0)} />
          <section className="sync-step__body" aria-labelledby="preview-heading">
            <h3 id="preview-heading" className="sync-step__title">
              Review the changes
            </h3>
            {changeSet.isPending ? (
              <LoadingState label="Comparing your file with the variables in Figma…" />
            ) : changeSet.isError ? (
              <Callout tone="danger" title="That file cannot be written to Figma">
                <InputErrorDetails error={changeSet.error} />
              </Callout>
            ) : plan?.empty && plan.errors.length === 0 ? (
              <Callout tone="success" title="Figma already matches this file">
                <p>There is nothing to write.</p>
              </Callout>
            ) : plan ? (
              <>
                <ChangeReview plan={plan} />
                {plan.errors.length === 0 && (
                  <WriteConfirm
                    fileKey={fileKey}
                    plan={plan}
                    onWritten={(count) => {
                      setUploaded(undefined);
                      onWritten(count);
                    }}
                  />
                )}
              </>
            ) : null}
          </section>
        </li>
      )}
    </ol>
  );
}
