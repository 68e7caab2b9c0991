/**
 * Connect a repository: the token (this tab only), repository, base branch, folder and the
 * formats to keep there. A failed check keeps every field as typed and says what to fix.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button } from '../ui/button';
import { Icon } from '../ui/icon';
import { TextField } from '../ui/text-field';
import { FormatChecklist } from './format-checklist';
import { GitHubProblem } from './github-problem';
import { loadEngine } from './load-engine';
import type { RepositorySettings } from './settings';
import { TokenHelp } from './token-help';
import { useConnectFields } from './use-connect-fields';

export function ConnectForm({
  initial,
  currentToken,
  onConnected,
  onCancel,
}: {
  initial?: RepositorySettings;
  /** The tab's token when only the repository settings are being changed. */
  currentToken?: string | undefined;
  onConnected: (settings: RepositorySettings, token: string, remember: boolean) => Promise<void>;
  onCancel?: () => void;
}) {
  const fields = useConnectFields(initial, currentToken);
  const { token, remember, repository, branch, folder, formats } = fields.values;
  const { setToken, setRemember, setRepository, setBranch, setFolder, setFormats } = fields.set;
  const { problems, settings } = fields;
  const [touched, setTouched] = useState(false);

  const check = useMutation({
    mutationFn: async (next: RepositorySettings) => {
      const engine = await loadEngine();
      const chosen = fields.chosenToken;
      const connection = await engine.connect(chosen, next);
      await onConnected(next, chosen, remember);
      return connection;
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!fields.valid || !settings) return;
    check.mutate(settings);
  }

  const show = (message: string | undefined) => (touched ? message : undefined);
  return (
    <form className="gh-connect" onSubmit={submit} noValidate aria-labelledby="gh-connect-heading">
      <h3 id="gh-connect-heading">Connect a GitHub repository</h3>
      <p className="files-muted">
        The repository becomes the baseline of the diff, and a sync opens a pull request you review
        before anything is merged.
      </p>
      <TokenHelp />
      <TextField
        label="GitHub token"
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={token}
        onChange={(event) => setToken(event.target.value)}
        hint={
          currentToken
            ? 'Leave empty to keep the token this tab already holds.'
            : 'A fine-grained personal access token with Contents and Pull requests: Read and write.'
        }
        error={show(problems.token)}
      />
      <label className="inline-control">
        <input
          type="checkbox"
          checked={remember}
          onChange={(event) => setRemember(event.target.checked)}
        />{' '}
        Remember the token for this tab (until it is closed or you sign out)
      </label>
      <TextField
        label="Repository"
        value={repository}
        placeholder="owner/name"
        spellCheck={false}
        onChange={(event) => setRepository(event.target.value)}
        error={show(problems.repository)}
      />
      <div className="gh-connect__row">
        <TextField
          label="Base branch"
          value={branch}
          spellCheck={false}
          onChange={(event) => setBranch(event.target.value)}
          error={show(problems.branch)}
        />
        <TextField
          label="Folder"
          value={folder}
          placeholder="(repository root)"
          spellCheck={false}
          onChange={(event) => setFolder(event.target.value)}
          hint="Where the token files live, e.g. design-tokens."
        />
      </div>
      <FormatChecklist formats={formats} onChange={setFormats} error={show(problems.formats)} />
      {check.isError && (
        <GitHubProblem
          error={check.error}
          repo={repository}
          branch={branch}
          onRetry={() => settings && check.mutate(settings)}
        />
      )}
      <div className="gh-connect__actions">
        <Button
          type="submit"
          variant="primary"
          icon={<Icon name="branch" />}
          disabled={check.isPending}
        >
          {check.isPending ? 'Checking…' : 'Connect repository'}
        </Button>
        {onCancel && (
          <Button type="button" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
