/**
 * The Tokens tab's repository section: connect a GitHub repository, then see the export diffed
 * against the base branch and open (or update) one pull request. Settings follow the user in
 * Appwrite prefs; the token stays in this tab.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { prefsQueries } from '../auth/prefs';
import type { FigmaVariablesInput } from '../tokens/model';
import { Callout } from '../ui/callout';
import { ConnectForm } from './connect-form';
import { saveSettings, settingsFor } from './settings';
import type { RepositorySettings } from './settings';
import { SyncView } from './sync-view';
import { clearGitHubToken, setGitHubToken, useGitHubToken } from './token-store';
import './github.css';
import type { MaybeLazy } from '../lib/json-blob';

export interface RepositoryPanelProps {
  fileKey: string;
  input: MaybeLazy<FigmaVariablesInput>;
  fileName: string;
  /** Figma's version id and last-modified time of the file, for the pull request body. */
  version?: string | undefined;
  lastModified?: string | undefined;
}

export function RepositoryPanel({
  fileKey,
  input,
  fileName,
  version,
  lastModified,
}: RepositoryPanelProps) {
  const queryClient = useQueryClient();
  const prefs = useQuery(prefsQueries.prefs());
  const token = useGitHubToken();
  // What this tab connected, so a failed prefs write never loses the user's choices.
  const [local, setLocal] = useState<RepositorySettings>();
  const [editing, setEditing] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const settings = local ?? settingsFor(prefs.data, fileKey);

  async function connected(next: RepositorySettings, newToken: string, remember: boolean) {
    setGitHubToken(newToken, remember);
    setLocal(next);
    setEditing(false);
    try {
      await saveSettings(queryClient, fileKey, next);
      setSaveFailed(false);
    } catch {
      setSaveFailed(true);
    }
  }

  return (
    <section className="gh-panel" aria-labelledby="gh-panel-heading">
      <h2 id="gh-panel-heading" className="gh-panel__heading">
        Code repository
      </h2>
      {saveFailed && (
        <Callout tone="warning" title="Connected for this tab only">
          Your account did not save the repository settings, so another browser will not know them.
          They stay in use here.
        </Callout>
      )}
      {!settings || !token || editing ? (
        <>
          {settings && !token && !editing && (
            <p className="files-muted">
              This file syncs to {settings.owner}/{settings.repo}. Paste your GitHub token again:
              Tokenport keeps it for this tab only.
            </p>
          )}
          <ConnectForm
            key={settings ? `${settings.owner}/${settings.repo}` : 'new'}
            {...(settings ? { initial: settings } : {})}
            currentToken={editing ? token : undefined}
            onConnected={connected}
            {...(editing ? { onCancel: () => setEditing(false) } : {})}
          />
        </>
      ) : (
        <SyncView
          settings={settings}
          token={token}
          fileKey={fileKey}
          input={input}
          source={{
            fileKey,
            fileName,
            ...(version ? { version } : {}),
            ...(lastModified ? { lastModified } : {}),
          }}
          onEdit={() => setEditing(true)}
          onForget={clearGitHubToken}
        />
      )}
    </section>
  );
}
