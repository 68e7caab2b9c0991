/**
 * Connect a repository: the token (this tab only), repository, base branch, folder and the
 * formats to keep there. A failed check keeps every field as typed and says what to fix.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { FormatId } from '../tokens/formats';
import { Button } from '../ui/button';
import { Icon } from '../ui/icon';
import { TextField } from '../ui/text-field';
import { GitHubProblem } from './github-problem';
import { branchProblem, parseRepository } from './settings';
import type { RepositorySettings } from './settings';
import { TokenHelp } from './token-help';

export const FORMAT_LABELS: [FormatId, string][] = [
  ['dtcg', 'DTCG JSON'],
  ['css', 'CSS'],
  ['scss', 'SCSS'],
  ['js', 'JavaScript'],
  ['ts', 'TypeScript'],
  ['tailwind', 'Tailwind v4'],
  ['swift', 'Swift'],
  ['android-xml', 'Android XML'],
  ['compose', 'Jetpack Compose'],
];

export const loadEngine = () => import('./engine');

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
  const [token, setToken] = useState('');
  const [remember, setRemember] = useState(false);
  const [repository, setRepository] = useState(initial ? `${initial.owner}/${initial.repo}` : '');
  const [branch, setBranch] = useState(initial?.branch ?? 'main');
  const [folder, setFolder] = useState(initial?.folder ?? '');
  const [formats, setFormats] = useState<FormatId[]>(initial?.formats ?? ['dtcg', 'css']);
  const [touched, setTouched] = useState(false);

  const parsed = parseRepository(repository);
  const problems = {
    token: token.trim() || currentToken ? undefined : 'Paste a GitHub token.',
    repository: parsed ? undefined : 'Write the repository as owner/name, e.g. acme/design-tokens.',
    branch: branchProblem(branch),
    formats: formats.length ? undefined : 'Choose at least one format.',
  };
  const settings: RepositorySettings | undefined = parsed && {
    ...parsed,
    branch: branch.trim(),
    folder: folder.trim().replace(/^\/+|\/+$/g, ''),
    formats,
  };

  const check = useMutation({
    mutationFn: async (next: RepositorySettings) => {
      const engine = await loadEngine();
      const chosen = token.trim() || currentToken || '';
      const connection = await engine.connect(chosen, next);
      await onConnected(next, chosen, remember);
      return connection;
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (Object.values(problems).some(Boolean) || !settings) return;
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
      <fieldset className="export__formats">
        <legend>Formats kept in the repository</legend>
        {FORMAT_LABELS.map(([id, label]) => (
          <label key={id} className="inline-control">
            <input
              type="checkbox"
              checked={formats.includes(id)}
              onChange={() =>
                setFormats((current) =>
                  current.includes(id) ? current.filter((f) => f !== id) : [...current, id],
                )
              }
            />{' '}
            {label}
          </label>
        ))}
        {show(problems.formats) && <p className="ui-field__error">{problems.formats}</p>}
      </fieldset>
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
