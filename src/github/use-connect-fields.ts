/**
 * The connect form's fields as typed, what is wrong with them, and the settings they make once
 * valid. Fields keep what the user typed through a failed check.
 */
import { useState } from 'react';
import type { FormatId } from '../tokens/catalog';
import { branchProblem, parseRepository } from './settings';
import type { RepositorySettings } from './settings';

export function useConnectFields(initial: RepositorySettings | undefined, currentToken?: string) {
  const [token, setToken] = useState('');
  const [remember, setRemember] = useState(false);
  const [repository, setRepository] = useState(initial ? `${initial.owner}/${initial.repo}` : '');
  const [branch, setBranch] = useState(initial?.branch ?? 'main');
  const [folder, setFolder] = useState(initial?.folder ?? '');
  const [formats, setFormats] = useState<FormatId[]>(initial?.formats ?? ['dtcg', 'css']);

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
  return {
    values: { token, remember, repository, branch, folder, formats },
    set: { setToken, setRemember, setRepository, setBranch, setFolder, setFormats },
    problems,
    valid: !Object.values(problems).some(Boolean) && settings !== undefined,
    settings,
    /** The token to use: the one typed, else the one this tab already holds. */
    chosenToken: token.trim() || currentToken || '',
  };
}
