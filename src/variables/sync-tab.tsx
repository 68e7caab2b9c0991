/**
 * Write-back: a DTCG file edited in code goes back to the Figma file's variables. A guided flow:
 * who may write is checked first (seat, plan), then each step says whether it is done: opt in,
 * grant Figma's write permission, upload, review before → after, confirm.
 */
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { prefsQueries, updatePrefs } from '../auth/prefs';
import { figmaQueries } from '../figma/queries';
import { Callout } from '../ui/callout';
import { InfoState } from '../ui/info-state';
import { LinkButton } from '../ui/link-button';
import { LoadingState } from '../ui/loading-state';
import { useToast } from '../ui/toast';
import { paths } from '../lib/paths';
import { PlanNotice } from './plan-notice';
import { GRANTED_PARAM, WriteAccessSteps } from './write-access-steps';
import { WriteChanges } from './write-changes';
import { AfterFirstPaint } from '../ui/after-first-paint';
import './variables.css';

/** The write-back opt-in and consent live in account prefs, so they follow the user. */
function useWriteBackPrefs() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const prefs = useSuspenseQuery(prefsQueries.prefs());
  const [pending, setPending] = useState<{ enabled?: boolean; granted?: boolean }>({});

  /** Optimistic: the step changes at once; a failed save puts it back. */
  async function save(patch: { writeBackEnabled?: boolean; writeAccessGranted?: boolean }) {
    setPending({ enabled: patch.writeBackEnabled, granted: patch.writeAccessGranted });
    try {
      await updatePrefs(queryClient, (current) => ({ ...current, ...patch }));
    } catch {
      toast.show({
        tone: 'danger',
        title: 'Could not save the setting',
        body: 'Check your connection and try again.',
      });
    } finally {
      setPending({});
    }
  }
  return {
    enabled: pending.enabled ?? prefs.data.writeBackEnabled === true,
    granted: pending.granted ?? prefs.data.writeAccessGranted === true,
    save,
  };
}

/**
 * The prefs load in the route's loader, the variables once the file's header is on screen (see
 * AfterFirstPaint); a failure is the route's error screen.
 */
export function SyncTab() {
  const { fileKey = '' } = useParams();
  return (
    <AfterFirstPaint fallback={<LoadingState label="Checking what you can change in this file…" />}>
      <SyncGate fileKey={fileKey} />
    </AfterFirstPaint>
  );
}

/** Who may write comes first: a viewer learns it whatever the variables answer holds. */
function SyncGate({ fileKey }: { fileKey: string }) {
  // The file layout's answer, already cached: no request of its own.
  const file = useSuspenseQuery(figmaQueries.file(fileKey, 2));
  if (file.data.role !== 'viewer') return <WriteBack fileKey={fileKey} />;
  return (
    <InfoState
      title="You can view this file, but not change it"
      body={
        <p>
          Writing variables needs an editor seat on this file. Ask its owner for edit access, or
          export the tokens and hand them to someone who has it.
        </p>
      }
      action={<LinkButton to={paths.fileTokens(fileKey)}>Export tokens</LinkButton>}
    />
  );
}

function WriteBack({ fileKey }: { fileKey: string }) {
  const location = useLocation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const variables = useSuspenseQuery(figmaQueries.localVariables(fileKey));
  const { enabled, granted, save } = useWriteBackPrefs();
  const [written, setWritten] = useState<number>();
  const justGranted = search.get(GRANTED_PARAM) === 'write';

  useEffect(() => {
    // Back from Figma's consent with the write permission: remember it, then tidy the address.
    if (!justGranted) return;
    void save({ writeBackEnabled: true, writeAccessGranted: true });
    navigate(location.pathname, { replace: true });
  }, [justGranted]); // eslint-disable-line react-hooks/exhaustive-deps -- once per return from Figma

  if (variables.data.kind === 'plan-limited') return <PlanNotice fileKey={fileKey} />;

  return (
    <div className="variables sync">
      <section aria-labelledby="sync-heading" className="sync__intro">
        <h2 id="sync-heading" className="files-section-title">
          Write tokens back to Figma
        </h2>
        {written !== undefined && (
          <Callout tone="success" title="Figma updated">
            <p>
              {written} {written === 1 ? 'variable' : 'variables'} written to Figma. The Variables
              tab shows the new values.
            </p>
          </Callout>
        )}
        <WriteAccessSteps
          enabled={enabled}
          onEnabledChange={(next) => void save({ writeBackEnabled: next })}
          granted={granted || justGranted}
          returnPath={location.pathname}
        />
      </section>
      {enabled && (
        <WriteChanges
          fileKey={fileKey}
          variables={{ data: variables.data, dataUpdatedAt: variables.dataUpdatedAt }}
          onWritten={setWritten}
        />
      )}
    </div>
  );
}
