/**
 * Figma's REST API as Tokenport uses it: bearer tokens (dead ones answer 403 like Figma does),
 * scopes, per-plan and per-tier rate limits with Figma's 429 headers, both error shapes, and the
 * seeded teams, projects, folders, files, images and variables.
 */
import type { Ctx, Route } from './http';
import { escapeHtml, route, sendJson } from './http';
import type { EmulatorState, FigmaGrant } from './state';
import { demoUserByFigmaId } from './state';
import type { Plan, SeedFile, SeedProject } from './seed';
import { FILES, PROJECTS, TEAMS, teamOfFile } from './seed';
import { buildDocument, componentsOf, findNode, stylesFor } from './documents';
import type { StyleDef } from './documents';
import { applyVariableChanges, VariablesValidationError } from './variables-post';

type Shape = 'err' | 'error';
type Tier = 1 | 2 | 3;

export class FigmaHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly shape: Shape,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function figmaErrorBody(error: FigmaHttpError) {
  return error.shape === 'err'
    ? { status: error.status, err: error.message }
    : { error: true, status: error.status, message: error.message };
}

/** Requests per minute, by tier, seat (full/view) and plan (docs: rate limits since 2025-11-17). */
const LIMITS: Record<Tier, Record<'full' | 'view', Record<Plan, number>>> = {
  1: {
    full: { starter: 6 / 43_200, pro: 10, org: 15, enterprise: 20 },
    view: { starter: 6 / 43_200, pro: 6 / 43_200, org: 6 / 43_200, enterprise: 6 / 43_200 },
  },
  2: {
    full: { starter: 5, pro: 25, org: 50, enterprise: 100 },
    view: { starter: 5, pro: 5, org: 5, enterprise: 5 },
  },
  3: {
    full: { starter: 10, pro: 50, org: 100, enterprise: 150 },
    view: { starter: 10, pro: 10, org: 10, enterprise: 10 },
  },
};
const PLAN_TIER_HEADER: Record<Plan, string> = {
  starter: 'starter',
  pro: 'pro',
  org: 'org',
  enterprise: 'enterprise',
};

const iso = (value: string) => value;

export function createFigmaRestRoutes(state: EmulatorState, figmaOrigin: () => string): Route[] {
  function authenticate(ctx: Ctx, shape: Shape, scope: string): FigmaGrant {
    // OAuth tokens come as a bearer; personal access tokens (the CLI's FIGMA_TOKEN) as X-Figma-Token.
    const header = ctx.req.headers.authorization ?? '';
    const pat = ctx.req.headers['x-figma-token'];
    const token = header.startsWith('Bearer ')
      ? header.slice(7)
      : typeof pat === 'string'
        ? pat
        : '';
    const grant = [...state.grants.values()].find((candidate) => candidate.accessToken === token);
    if (!token || !grant || grant.revoked) throw new FigmaHttpError(403, 'Invalid token', shape);
    if (grant.accessExpiresAt <= Date.now()) throw new FigmaHttpError(403, 'Token expired', shape);
    if (!grant.scopes.includes(scope)) {
      throw new FigmaHttpError(
        403,
        `Invalid scope(s): ${grant.scopes.join(', ')}. This endpoint requires the ${scope} scope`,
        shape,
      );
    }
    return grant;
  }

  function rateLimit(grant: FigmaGrant, plan: Plan, tier: Tier, shape: Shape) {
    if (!state.config.rateLimits) return;
    const seat = demoUserByFigmaId(grant.figmaId)?.seat ?? 'full';
    const perMinute = LIMITS[tier][seat][plan];
    const key = `${grant.figmaId}:${plan}:${tier}`;
    const now = Date.now();
    const bucket = state.buckets.get(key) ?? { level: 0, updatedAt: now };
    const drained = Math.max(0, bucket.level - ((now - bucket.updatedAt) / 60_000) * perMinute);
    const capacity = Math.max(1, Math.ceil(perMinute));
    if (drained + 1 > capacity) {
      const retryAfter = Math.max(1, Math.ceil(((drained + 1 - capacity) / perMinute) * 60));
      throw new FigmaHttpError(429, 'Rate limit exceeded', shape, {
        'Retry-After': String(retryAfter),
        'X-Figma-Plan-Tier': PLAN_TIER_HEADER[plan],
        'X-Figma-Rate-Limit-Type': seat === 'full' ? 'high' : 'low',
        'X-Figma-Upgrade-Link': 'https://www.figma.com/pricing',
      });
    }
    state.buckets.set(key, { level: drained + 1, updatedAt: now });
  }

  function memberTeam(grant: FigmaGrant, teamId: string, shape: Shape) {
    const team = TEAMS.find((candidate) => candidate.id === teamId);
    if (!team || !team.members[grant.figmaId]) throw new FigmaHttpError(404, 'Not found', shape);
    return team;
  }

  function planOf(teamId: string): Plan {
    return state.plans.get(teamId) ?? 'starter';
  }

  function fileFor(
    grant: FigmaGrant,
    key: string,
    shape: Shape,
  ): { file: SeedFile; plan: Plan; role: 'editor' | 'viewer' } {
    const file = FILES.find(
      (candidate) =>
        candidate.key === key || candidate.branches?.some((branch) => branch.key === key),
    );
    const team = file ? teamOfFile(file) : undefined;
    const role = team?.members[grant.figmaId];
    if (!file || !team || !role) throw new FigmaHttpError(404, 'Not found', shape);
    return { file, plan: planOf(team.id), role };
  }

  const thumbnail = (key: string) =>
    `${figmaOrigin()}/__render/${encodeURIComponent(key)}/thumbnail.svg`;

  function branchesOf(file: SeedFile) {
    if (!file.branches) return {};
    return {
      branches: file.branches.map((branch) => ({
        key: branch.key,
        name: branch.name,
        thumbnail_url: thumbnail(branch.key),
        last_modified: file.lastModified,
      })),
    };
  }

  function fileSummary(file: SeedFile) {
    return {
      key: file.key,
      name: file.name,
      thumbnail_url: thumbnail(file.key),
      last_modified: iso(file.lastModified),
    };
  }

  /** Projects that sit directly in a team (v1 projects and v2 top-level folders are the same). */
  function topLevelProjects(teamId: string) {
    return PROJECTS.filter(
      (project) => project.teamId === teamId && project.parentFolderId === null,
    );
  }

  /** A project (v1) or folder (v2) the caller's team may read, counted against tier 2. */
  function readableProject(
    grant: FigmaGrant,
    match: (project: SeedProject) => boolean,
  ): SeedProject {
    const project = PROJECTS.find(match);
    if (!project) throw new FigmaHttpError(404, 'Not found', 'err');
    memberTeam(grant, project.teamId, 'err');
    rateLimit(grant, planOf(project.teamId), 2, 'err');
    return project;
  }

  return [
    route('GET', '/v1/me', (ctx) => {
      const grant = authenticate(ctx, 'err', 'current_user:read');
      rateLimit(grant, 'enterprise', 3, 'err');
      const user = demoUserByFigmaId(grant.figmaId);
      sendJson(ctx.res, 200, {
        id: grant.figmaId,
        handle: user?.handle ?? 'Figma user',
        img_url: `${figmaOrigin()}/__render/avatar/${grant.figmaId}.svg`,
        email: user?.email ?? '',
      });
    }),
    route('GET', '/v1/teams/:teamId/projects', (ctx) => {
      const grant = authenticate(ctx, 'err', 'projects:read');
      const team = memberTeam(grant, ctx.params.teamId ?? '', 'err');
      rateLimit(grant, planOf(team.id), 2, 'err');
      sendJson(ctx.res, 200, {
        name: team.name,
        projects: topLevelProjects(team.id).map((project) => ({
          id: project.id,
          name: project.name,
        })),
      });
    }),
    route('GET', '/v1/projects/:projectId/files', (ctx) => {
      const grant = authenticate(ctx, 'err', 'projects:read');
      const project = readableProject(grant, (candidate) => candidate.id === ctx.params.projectId);
      sendJson(ctx.res, 200, {
        name: project.name,
        files: FILES.filter((file) => file.projectId === project.id).map(fileSummary),
      });
    }),
    route('GET', '/v2/teams/:teamId/folders', (ctx) => {
      const grant = authenticate(ctx, 'err', 'folders:read');
      const team = memberTeam(grant, ctx.params.teamId ?? '', 'err');
      rateLimit(grant, planOf(team.id), 2, 'err');
      sendJson(ctx.res, 200, {
        name: team.name,
        folders: topLevelProjects(team.id).map((project) => ({
          id: project.folderId,
          name: project.name,
          parent_folder_id: null,
        })),
      });
    }),
    route('GET', '/v2/folders/:folderId/folders', (ctx) => {
      const grant = authenticate(ctx, 'err', 'folders:read');
      const parent = readableProject(grant, (project) => project.folderId === ctx.params.folderId);
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
    route('GET', '/v2/folders/:folderId/files', (ctx) => {
      const grant = authenticate(ctx, 'err', 'folders:read');
      const folder = readableProject(grant, (project) => project.folderId === ctx.params.folderId);
      sendJson(ctx.res, 200, {
        name: folder.name,
        files: FILES.filter((file) => file.projectId === folder.id).map((file) => ({
          ...fileSummary(file),
          ...(ctx.url.searchParams.get('branch_data') === 'true' ? branchesOf(file) : {}),
        })),
      });
    }),
    route('GET', '/v1/files/:key', (ctx) => {
      const grant = authenticate(ctx, 'err', 'file_content:read');
      const { file, plan, role } = fileFor(grant, ctx.params.key ?? '', 'err');
      rateLimit(grant, plan, 1, 'err');
      const depthParam = ctx.url.searchParams.get('depth');
      const depth = depthParam === null ? undefined : Number(depthParam);
      if (depth !== undefined && (!Number.isInteger(depth) || depth < 1)) {
        throw new FigmaHttpError(400, 'Invalid parameter: depth must be a positive integer', 'err');
      }
      const styles = Object.fromEntries(
        stylesFor(file).map((style) => [style.nodeId, styleMeta(style)]),
      );
      sendJson(ctx.res, 200, {
        name: file.name,
        role: role === 'editor' ? 'editor' : 'viewer',
        lastModified: file.lastModified,
        editorType: file.editorType,
        thumbnailUrl: thumbnail(file.key),
        version: '1234567890',
        document: buildDocument(file, depth),
        components: componentsOf(file),
        componentSets: {},
        schemaVersion: 0,
        styles,
        linkAccess: 'org_view',
        ...branchesOf(file),
      });
    }),
    route('GET', '/v1/files/:key/nodes', (ctx) => {
      const grant = authenticate(ctx, 'err', 'file_content:read');
      const { file, plan, role } = fileFor(grant, ctx.params.key ?? '', 'err');
      rateLimit(grant, plan, 1, 'err');
      const ids = (ctx.url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
      if (ids.length === 0) throw new FigmaHttpError(400, 'Missing parameter: ids', 'err');
      const document = buildDocument(file);
      const styles = stylesFor(file);
      const nodes: Record<string, unknown> = {};
      for (const id of ids) {
        const node = findNode(document, id);
        nodes[id] = node
          ? {
              document: node,
              components: {},
              componentSets: {},
              schemaVersion: 0,
              styles: Object.fromEntries(
                styles.filter((s) => s.nodeId === id).map((s) => [s.nodeId, styleMeta(s)]),
              ),
            }
          : null;
      }
      sendJson(ctx.res, 200, {
        name: file.name,
        role: role === 'editor' ? 'editor' : 'viewer',
        lastModified: file.lastModified,
        editorType: file.editorType,
        thumbnailUrl: thumbnail(file.key),
        version: '1234567890',
        nodes,
      });
    }),
    route('GET', '/v1/files/:key/meta', (ctx) => {
      const grant = authenticate(ctx, 'err', 'file_metadata:read');
      const { file, plan, role } = fileFor(grant, ctx.params.key ?? '', 'err');
      rateLimit(grant, plan, 3, 'err');
      const user = demoUserByFigmaId(grant.figmaId);
      const person = {
        id: grant.figmaId,
        handle: user?.handle ?? '',
        img_url: `${figmaOrigin()}/__render/avatar/${grant.figmaId}.svg`,
      };
      sendJson(ctx.res, 200, {
        file: {
          name: file.name,
          folder_name: PROJECTS.find((project) => project.id === file.projectId)?.name ?? '',
          last_touched_at: file.lastModified,
          creator: person,
          last_touched_by: person,
          thumbnail_url: thumbnail(file.key),
          editorType: file.editorType,
          role: role === 'editor' ? 'editor' : 'viewer',
          link_access: 'org_view',
          url: `https://www.figma.com/design/${file.key}`,
          version: '1234567890',
        },
      });
    }),
    route('GET', '/v1/images/:key', (ctx) => {
      const grant = authenticate(ctx, 'err', 'file_content:read');
      const { file, plan } = fileFor(grant, ctx.params.key ?? '', 'err');
      rateLimit(grant, plan, 1, 'err');
      const ids = (ctx.url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
      if (ids.length === 0) throw new FigmaHttpError(400, 'Missing parameter: ids', 'err');
      const scale = Number(ctx.url.searchParams.get('scale') ?? '1');
      if (!(scale >= 0.01 && scale <= 4))
        throw new FigmaHttpError(400, 'Invalid parameter: scale', 'err');
      const document = buildDocument(file);
      const images: Record<string, string | null> = {};
      for (const id of ids) {
        images[id] = findNode(document, id)
          ? `${figmaOrigin()}/__render/${encodeURIComponent(file.key)}/${encodeURIComponent(id)}.svg`
          : null;
      }
      sendJson(ctx.res, 200, { err: null, images });
    }),
    route('GET', '/v1/files/:key/variables/local', (ctx) => {
      const grant = authenticate(ctx, 'error', 'file_variables:read');
      const { file, plan } = fileFor(grant, ctx.params.key ?? '', 'error');
      if (plan !== 'enterprise') throw new FigmaHttpError(403, 'Limited by Figma plan', 'error');
      rateLimit(grant, plan, 2, 'error');
      const meta = state.variables.get(file.key) ?? { variables: {}, variableCollections: {} };
      sendJson(ctx.res, 200, { status: 200, error: false, meta });
    }),
    route('GET', '/v1/files/:key/variables/published', (ctx) => {
      const grant = authenticate(ctx, 'error', 'file_variables:read');
      const { file, plan } = fileFor(grant, ctx.params.key ?? '', 'error');
      if (plan !== 'enterprise') throw new FigmaHttpError(403, 'Limited by Figma plan', 'error');
      rateLimit(grant, plan, 2, 'error');
      const meta = state.variables.get(file.key) ?? { variables: {}, variableCollections: {} };
      const updatedAt = file.lastModified;
      const published = Object.values(meta.variables).filter(
        (variable) => !variable.remote && !variable.hiddenFromPublishing,
      );
      sendJson(ctx.res, 200, {
        status: 200,
        error: false,
        meta: {
          // The spec names it resolvedDataType; the docs page resolvedType. The emulator follows the spec.
          variables: Object.fromEntries(
            published.map((variable) => [
              variable.id,
              {
                id: variable.id,
                subscribed_id: `sub-${variable.key}`,
                name: variable.name,
                key: variable.key,
                variableCollectionId: variable.variableCollectionId,
                resolvedDataType: variable.resolvedType,
                updatedAt,
              },
            ]),
          ),
          variableCollections: Object.fromEntries(
            Object.values(meta.variableCollections)
              .filter((collection) => !collection.remote)
              .map((collection) => [
                collection.id,
                {
                  id: collection.id,
                  subscribed_id: `sub-${collection.key}`,
                  name: collection.name,
                  key: collection.key,
                  updatedAt,
                },
              ]),
          ),
        },
      });
    }),
    route('POST', '/v1/files/:key/variables', async (ctx) => {
      const raw = await ctx.rawBody().catch((error: unknown) => {
        if ((error as { tooLarge?: boolean }).tooLarge)
          throw new FigmaHttpError(413, 'Request too large', 'error');
        throw error;
      });
      if (Buffer.byteLength(raw) > 4 * 1024 * 1024)
        throw new FigmaHttpError(413, 'Request too large', 'error');
      const grant = authenticate(ctx, 'error', 'file_variables:write');
      const { file, plan, role } = fileFor(grant, ctx.params.key ?? '', 'error');
      if (plan !== 'enterprise') throw new FigmaHttpError(403, 'Limited by Figma plan', 'error');
      if (role !== 'editor' || demoUserByFigmaId(grant.figmaId)?.seat !== 'full')
        throw new FigmaHttpError(403, 'Insufficient file permissions', 'error');
      rateLimit(grant, plan, 3, 'error');
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        throw new FigmaHttpError(400, 'Invalid JSON body', 'error');
      }
      const current = state.variables.get(file.key) ?? { variables: {}, variableCollections: {} };
      try {
        const { next, tempIdToRealId } = applyVariableChanges(current, body);
        state.variables.set(file.key, next);
        sendJson(ctx.res, 200, { status: 200, error: false, meta: { tempIdToRealId } });
      } catch (error) {
        if (error instanceof VariablesValidationError)
          throw new FigmaHttpError(400, error.message, 'error');
        throw error;
      }
    }),
  ];
}

/** A style's entry in a file's `styles` map. */
function styleMeta(style: StyleDef) {
  return {
    key: style.key,
    name: style.name,
    styleType: style.styleType,
    remote: false,
    description: style.description,
  };
}

/** Renders the SVG previews and thumbnails the image URLs point at. */
export function renderSvg(pathname: string): string | undefined {
  const match = /^\/__render\/([^/]+)\/([^/]+)\.svg$/.exec(pathname);
  if (!match) return undefined;
  const key = decodeURIComponent(match[1] ?? '');
  const id = decodeURIComponent(match[2] ?? '');
  if (key === 'avatar') {
    const user = demoUserByFigmaId(id);
    const initials = (user?.handle ?? '?')
      .split(' ')
      .map((part) => part[0])
      .join('');
    return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><rect width="96" height="96" rx="48" fill="#6366f1"/><text x="48" y="58" font-family="sans-serif" font-size="32" text-anchor="middle" fill="#fff">${escapeHtml(initials)}</text></svg>`;
  }
  const file = FILES.find((candidate) => candidate.key === key);
  if (!file) return undefined;
  const node = id === 'thumbnail' ? undefined : findNode(buildDocument(file), id);
  const title = node ? String(node.name) : file.name;
  const fill = node
    ? (node.backgroundColor as { r: number; g: number; b: number } | undefined)
    : undefined;
  const color = fill
    ? `rgb(${Math.round(fill.r * 255)} ${Math.round(fill.g * 255)} ${Math.round(fill.b * 255)})`
    : '#eef2ff';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="300" viewBox="0 0 480 300"><rect width="480" height="300" fill="${color}"/><rect x="24" y="24" width="432" height="40" rx="8" fill="#ffffff" opacity="0.8"/><rect x="24" y="88" width="200" height="120" rx="12" fill="#6366f1" opacity="0.25"/><rect x="248" y="88" width="208" height="120" rx="12" fill="#0ea5e9" opacity="0.2"/><text x="24" y="260" font-family="sans-serif" font-size="22" fill="#1f2937">${escapeHtml(title)}</text></svg>`;
}
