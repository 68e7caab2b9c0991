/**
 * Repository settings per Figma file, kept in Appwrite account prefs so they follow the user to
 * another browser. Never the token: that stays in this tab (token-store.ts).
 */
import type { QueryClient } from '@tanstack/react-query';
import { updatePrefs } from '../auth/prefs';
import type { TokenportPrefs } from '../auth/prefs';
import type { FormatId } from '../tokens/formats';
import { FORMAT_IDS } from '../tokens/catalog';

export interface RepositorySettings {
  owner: string;
  repo: string;
  branch: string;
  /** Folder the outputs live in, '' for the repository root. */
  folder: string;
  formats: FormatId[];
}

const PREFS_KEY = 'githubRepositories';
const NAME = /^[A-Za-z0-9_.-]{1,100}$/;

function parse(value: unknown): RepositorySettings | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.owner !== 'string' || typeof v.repo !== 'string' || typeof v.branch !== 'string')
    return undefined;
  const formats = Array.isArray(v.formats)
    ? v.formats.filter((f): f is FormatId => FORMAT_IDS.includes(f as FormatId))
    : [];
  return {
    owner: v.owner,
    repo: v.repo,
    branch: v.branch,
    folder: typeof v.folder === 'string' ? v.folder : '',
    formats: formats.length ? formats : ['dtcg'],
  };
}

export function settingsFor(
  prefs: TokenportPrefs | undefined,
  fileKey: string,
): RepositorySettings | undefined {
  const all = prefs?.[PREFS_KEY];
  if (typeof all !== 'object' || all === null) return undefined;
  return parse((all as Record<string, unknown>)[fileKey]);
}

export function saveSettings(
  queryClient: QueryClient,
  fileKey: string,
  settings: RepositorySettings | undefined,
) {
  return updatePrefs(queryClient, (current) => {
    const all = { ...((current[PREFS_KEY] as Record<string, unknown> | undefined) ?? {}) };
    if (settings) all[fileKey] = settings;
    else delete all[fileKey];
    return { ...current, [PREFS_KEY]: all };
  });
}

/** `owner/name`, a github.com URL, or `git@github.com:owner/name.git` → owner and name. */
export function parseRepository(input: string): { owner: string; repo: string } | undefined {
  const text = input
    .trim()
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  const match = /(?:github\.com[/:])?([^/\s:]+)\/([^/\s]+)$/.exec(text);
  if (!match?.[1] || !match[2] || !NAME.test(match[1]) || !NAME.test(match[2])) return undefined;
  return { owner: match[1], repo: match[2] };
}

/** Git's branch-name rules, the ones a person is likely to trip over. */
export function branchProblem(branch: string): string | undefined {
  if (!branch.trim()) return 'Name the base branch, e.g. main.';
  if (/\s|\.\.|[~^:?*[\\]|@\{|^\/|\/$|\.lock$|^-/.test(branch))
    return 'That is not a valid branch name (no spaces, "..", ~ ^ : ? * [ or \\).';
  return undefined;
}
