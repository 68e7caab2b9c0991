/**
 * The user's saved teams and recent files, kept in Appwrite account prefs so they follow the
 * user to another browser. Prefs are untrusted JSON: everything read from them is validated.
 */
import { useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { prefsQueries, updatePrefs } from '../auth/prefs';
import { figmaQueries } from '../figma/queries';
import type { TokenportPrefs } from '../auth/prefs';

export interface SavedTeam {
  id: string;
  name: string;
}

export interface RecentFile {
  key: string;
  name: string;
  thumbnailUrl?: string;
  openedAt: string;
}

const MAX_RECENT = 12;

function teamsOf(prefs: TokenportPrefs | undefined): SavedTeam[] {
  const raw = prefs?.teams;
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (t): t is SavedTeam => typeof t?.id === 'string' && typeof t?.name === 'string',
  );
}

function recentOf(prefs: TokenportPrefs | undefined): RecentFile[] {
  const raw = prefs?.recentFiles;
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (f): f is RecentFile =>
      typeof f?.key === 'string' && typeof f?.name === 'string' && typeof f?.openedAt === 'string',
  );
}

export function useLibrary() {
  const { data, isPending } = useQuery(prefsQueries.prefs());
  return { isPending, teams: teamsOf(data), recentFiles: recentOf(data) };
}

export function saveTeam(queryClient: QueryClient, team: SavedTeam) {
  return updatePrefs(queryClient, (prefs) => ({
    ...prefs,
    teams: [team, ...teamsOf(prefs).filter((t) => t.id !== team.id)],
  }));
}

export function removeTeam(queryClient: QueryClient, teamId: string) {
  return updatePrefs(queryClient, (prefs) => ({
    ...prefs,
    teams: teamsOf(prefs).filter((t) => t.id !== teamId),
  }));
}

export function recordRecentFile(queryClient: QueryClient, file: Omit<RecentFile, 'openedAt'>) {
  return updatePrefs(queryClient, (prefs) => ({
    ...prefs,
    recentFiles: [
      { ...file, openedAt: new Date().toISOString() },
      ...recentOf(prefs).filter((f) => f.key !== file.key),
    ].slice(0, MAX_RECENT),
  }));
}

/**
 * A team's name without asking Figma: from the projects answer already in the cache (the team
 * page read it), else from the user's saved teams.
 */
export function useTeamName(teamId: string | null): string | undefined {
  const cached = useQuery({ ...figmaQueries.teamProjects(teamId ?? ''), enabled: false });
  const prefs = useQuery({ ...prefsQueries.prefs(), enabled: teamId !== null });
  if (teamId === null) return undefined;
  return cached.data?.name || teamsOf(prefs.data).find((team) => team.id === teamId)?.name;
}
