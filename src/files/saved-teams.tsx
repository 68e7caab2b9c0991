import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { EMULATOR_DEMO_TEAM_IDS, getConfig } from '../config';
import { paths } from '../lib/paths';
import { figmaQueries } from '../figma/queries';
import { isFigmaApiError } from '../figma/figma-api-error';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { Icon } from '../ui/icon';
import { Skeleton } from '../ui/skeleton';
import { TextField } from '../ui/text-field';
import { useToast } from '../ui/toast';
import { parseTeamInput } from './figma-url';
import { removeTeam, saveTeam, useLibrary } from './library';
import './files.css';

function describeAddFailure(error: unknown): string {
  if (isFigmaApiError(error)) {
    if (error.kind === 'not-found') return 'Figma has no team with that id that you belong to.';
    if (error.kind === 'scope')
      return `Listing team projects needs the ${error.requiredScope ?? 'projects:read'} permission. Reconnect Figma to grant it.`;
    if (error.kind === 'rate-limit') return 'Figma’s rate limit is reached. Try again in a moment.';
    return `Figma said: ${error.message}`;
  }
  return error instanceof Error ? error.message : 'The team could not be added.';
}

export function SavedTeams() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const library = useLibrary();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const [adding, setAdding] = useState(false);

  /** The projects call names the team and proves access; it is cached for the team page. */
  async function saveTeamById(id: string) {
    const projects = await queryClient.fetchQuery(figmaQueries.teamProjects(id));
    await saveTeam(queryClient, { id, name: projects.name || `Team ${id}` });
  }

  async function attempt(work: () => Promise<void>) {
    setError(undefined);
    setAdding(true);
    try {
      await work();
      setValue('');
    } catch (failure) {
      setError(describeAddFailure(failure));
    } finally {
      setAdding(false);
    }
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const parsed = parseTeamInput(value);
    if (!parsed.ok) return setError(parsed.error);
    void attempt(() => saveTeamById(parsed.value));
  }

  /** Figma cannot list a user's teams, so each demo team is tried: the user's own one answers. */
  function addDemoTeam() {
    void attempt(async () => {
      let lastFailure: unknown;
      for (const id of EMULATOR_DEMO_TEAM_IDS) {
        try {
          return await saveTeamById(id);
        } catch (failure) {
          lastFailure = failure;
        }
      }
      throw lastFailure;
    });
  }

  async function remove(id: string, name: string) {
    try {
      await removeTeam(queryClient, id);
      toast.show({ tone: 'info', title: `Removed ${name}` });
    } catch {
      toast.show({
        tone: 'danger',
        title: 'Could not remove the team',
        body: 'Check your connection and try again.',
      });
    }
  }

  return (
    <Card aria-labelledby="teams-heading">
      <h2 id="teams-heading" className="files-section-title">
        Teams
      </h2>
      <form className="files-inline-form" onSubmit={add} noValidate>
        <TextField
          label="Team link or id"
          placeholder="https://www.figma.com/files/team/…"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={error}
          hint="Figma has no “my teams” list: open a team in Figma and paste its address."
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" loading={adding} icon={<Icon name="plus" />}>
          Add team
        </Button>
      </form>
      {library.isPending ? (
        <div aria-busy="true" aria-label="Loading your teams">
          <Skeleton height={36} />
          <Skeleton height={36} />
        </div>
      ) : library.teams.length === 0 ? (
        <div className="saved-teams__empty">
          <p className="files-muted">No teams yet. Add one to browse its projects and files.</p>
          {getConfig().isEmulator && (
            <Button variant="primary" loading={adding} onClick={addDemoTeam}>
              Add the demo team
            </Button>
          )}
        </div>
      ) : (
        <ul className="files-list">
          {library.teams.map((team) => (
            <li key={team.id} className="files-list__row">
              <Link to={paths.team(team.id)} className="files-list__link">
                <Icon name="team" />
                <span className="files-list__name">{team.name}</span>
              </Link>
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove ${team.name}`}
                icon={<Icon name="trash" />}
                onClick={() => void remove(team.id, team.name)}
              />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
