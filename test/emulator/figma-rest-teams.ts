/** Figma's people and browsing endpoints: `/v1/me`, v1 team projects and v2 folders. */
import type { Route } from './http';
import { sendJson } from './http';
import type { EmulatorState } from './state';
import { demoUserByFigmaId, fileRevision } from './state';
import type { SeedFile } from './seed';
import { FILES, PROJECTS } from './seed';
import type { FigmaGuard } from './figma-rest-guard';
import { tiered } from './figma-rest-tiers';

export interface FigmaLinks {
  origin: () => string;
  thumbnail: (key: string) => string;
}

/** Projects that sit directly in a team (v1 projects and v2 top-level folders are the same). */
function topLevelProjects(teamId: string) {
  return PROJECTS.filter((project) => project.teamId === teamId && project.parentFolderId === null);
}

export function fileSummary(state: EmulatorState, links: FigmaLinks, file: SeedFile) {
  return {
    key: file.key,
    name: file.name,
    thumbnail_url: links.thumbnail(file.key),
    last_modified: fileRevision(state, file).lastModified,
  };
}

export function branchesOf(state: EmulatorState, links: FigmaLinks, file: SeedFile) {
  if (!file.branches) return {};
  return {
    branches: file.branches.map((branch) => ({
      key: branch.key,
      name: branch.name,
      thumbnail_url: links.thumbnail(branch.key),
      last_modified: fileRevision(state, branch).lastModified,
    })),
  };
}

export function createTeamRoutes(
  state: EmulatorState,
  guard: FigmaGuard,
  links: FigmaLinks,
): Route[] {
  return [
    tiered(3, 'GET', '/v1/me', (ctx) => {
      const grant = guard.authenticate(ctx, 'err', 'current_user:read');
      guard.rateLimit(grant, 'enterprise', 3, 'err');
      const user = demoUserByFigmaId(grant.figmaId);
      sendJson(ctx.res, 200, {
        id: grant.figmaId,
        handle: user?.handle ?? 'Figma user',
        img_url: `${links.origin()}/__render/avatar/${grant.figmaId}.svg`,
        email: user?.email ?? '',
      });
    }),
    tiered(2, 'GET', '/v1/teams/:teamId/projects', (ctx) => {
      const grant = guard.authenticate(ctx, 'err', 'projects:read');
      const team = guard.memberTeam(grant, ctx.params.teamId ?? '', 'err');
      guard.rateLimit(grant, guard.planOf(team.id), 2, 'err');
      sendJson(ctx.res, 200, {
        name: team.name,
        projects: topLevelProjects(team.id).map(({ id, name }) => ({ id, name })),
      });
    }),
    tiered(2, 'GET', '/v1/projects/:projectId/files', (ctx) => {
      const grant = guard.authenticate(ctx, 'err', 'projects:read');
      const project = guard.readableProject(grant, (p) => p.id === ctx.params.projectId);
      sendJson(ctx.res, 200, {
        name: project.name,
        files: FILES.filter((file) => file.projectId === project.id).map((file) =>
          fileSummary(state, links, file),
        ),
      });
    }),
    tiered(2, 'GET', '/v2/teams/:teamId/folders', (ctx) => {
      const grant = guard.authenticate(ctx, 'err', 'folders:read');
      const team = guard.memberTeam(grant, ctx.params.teamId ?? '', 'err');
      guard.rateLimit(grant, guard.planOf(team.id), 2, 'err');
      sendJson(ctx.res, 200, {
        name: team.name,
        folders: topLevelProjects(team.id).map((project) => ({
          id: project.folderId,
          name: project.name,
          parent_folder_id: null,
        })),
      });
    }),
    tiered(2, 'GET', '/v2/folders/:folderId/folders', (ctx) => {
      const grant = guard.authenticate(ctx, 'err', 'folders:read');
      const parent = guard.readableProject(grant, (p) => p.folderId === ctx.params.folderId);
      sendJson(ctx.res, 200, {
        name: parent.name,
        folders: PROJECTS.filter((project) => project.parentFolderId === parent.folderId).map(
          (project) => ({
            id: project.folderId,
            name: project.name,
            parent_folder_id: parent.folderId,
          }),
        ),
      });
    }),
    tiered(2, 'GET', '/v2/folders/:folderId/files', (ctx) => {
      const grant = guard.authenticate(ctx, 'err', 'folders:read');
      const folder = guard.readableProject(grant, (p) => p.folderId === ctx.params.folderId);
      const withBranches = ctx.url.searchParams.get('branch_data') === 'true';
      sendJson(ctx.res, 200, {
        name: folder.name,
        files: FILES.filter((file) => file.projectId === folder.id).map((file) => ({
          ...fileSummary(state, links, file),
          ...(withBranches ? branchesOf(state, links, file) : {}),
        })),
      });
    }),
  ];
}
