import { useState } from 'react';
import { isFigmaApiError } from '../figma/figma-api-error';
import { FigmaProblem } from '../figma/figma-problem';
import { useWriteVariables } from '../figma/use-write-variables';
import type { ChangeSet } from '../tokens/writeback/types';
import { Button } from '../ui/button';
import { Callout } from '../ui/callout';
import { applyTempIds } from '../tokens/writeback/apply-temp-ids';

/** Step 3 of write-back: confirm, send through the mutation, and say what happened. */
export function WriteConfirm({
  fileKey,
  plan,
  onWritten,
}: {
  fileKey: string;
  plan: ChangeSet;
  onWritten: (count: number) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const write = useWriteVariables(fileKey);
  const count = plan.preview.rows.length;

  function send() {
    write.mutate(
      {
        bodies: plan.bodies,
        withRealIds: (bodies, tempIdToRealId) =>
          applyTempIds({ ...plan, bodies: [...bodies] }, tempIdToRealId).bodies,
      },
      { onSuccess: () => onWritten(count) },
    );
  }

  return (
    <>
      {confirming ? (
        <div className="sync__confirm" role="group" aria-label="Confirm write-back">
          <p>
            Send {count} variable {count === 1 ? 'change' : 'changes'} to Figma now?
          </p>
          <Button variant="primary" loading={write.isPending} onClick={send}>
            Confirm and write to Figma
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)} disabled={write.isPending}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="primary" onClick={() => setConfirming(true)}>
          Apply {count} {count === 1 ? 'change' : 'changes'}
        </Button>
      )}
      {write.isError &&
        (isFigmaApiError(write.error) && write.error.kind === 'bad-request' ? (
          <Callout tone="danger" title="Figma refused the changes — nothing was changed">
            <p>
              Figma said: “{write.error.message}”. Its updates are all-or-nothing, so the file is as
              it was.
            </p>
          </Callout>
        ) : (
          <FigmaProblem error={write.error} />
        ))}
    </>
  );
}
