/**
 * What every emulated Figma endpoint checks before it answers: the bearer token and its scopes,
 * membership of the file's team, and Figma's per-tier, per-seat, per-plan rate limits (429 with
 * Figma's headers). Shared by the route tables in figma-rest-*.ts.
 */
import type { Ctx } from './http';
import type { EmulatorState, FigmaGrant } from './state';
import { demoUserByFigmaId } from './state';
import type { Plan, SeedBranch, SeedFile, SeedProject, SeedTeam } from './seed';
import { PROJECTS, TEAMS, fileByKey, teamOfFile } from './seed';

export type Shape = 'err' | 'error';
export type Tier = 1 | 2 | 3;

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

export interface FileAccess {
  /** The main file; for a branch key, the file the branch belongs to. */
  file: SeedFile;
  branch?: SeedBranch | undefined;
  plan: Plan;
  role: 'editor' | 'viewer';
}

export interface FigmaGuard {
  authenticate(ctx: Ctx, shape: Shape, scope: string): FigmaGrant;
  rateLimit(grant: FigmaGrant, plan: Plan, tier: Tier, shape: Shape): void;
  memberTeam(grant: FigmaGrant, teamId: string, shape: Shape): SeedTeam;
  planOf(teamId: string): Plan;
  fileFor(grant: FigmaGrant, key: string, shape: Shape): FileAccess;
  /** A project (v1) or folder (v2) the caller's team may read, counted against tier 2. */
  readableProject(grant: FigmaGrant, match: (project: SeedProject) => boolean): SeedProject;
}

function bearerOf(ctx: Ctx): string {
  // OAuth tokens come as a bearer; personal access tokens (the CLI's FIGMA_TOKEN) as X-Figma-Token.
  const header = ctx.req.headers.authorization ?? '';
  const pat = ctx.req.headers['x-figma-token'];
  if (header.startsWith('Bearer ')) return header.slice(7);
  return typeof pat === 'string' ? pat : '';
}

export function createFigmaGuard(state: EmulatorState): FigmaGuard {
  const planOf = (teamId: string): Plan => state.plans.get(teamId) ?? 'starter';

  const guard: FigmaGuard = {
    planOf,
    authenticate(ctx, shape, scope) {
      const token = bearerOf(ctx);
      const grant = [...state.grants.values()].find((candidate) => candidate.accessToken === token);
      if (!token || !grant || grant.revoked) throw new FigmaHttpError(403, 'Invalid token', shape);
      if (grant.accessExpiresAt <= Date.now())
        throw new FigmaHttpError(403, 'Token expired', shape);
      if (!grant.scopes.includes(scope)) {
        throw new FigmaHttpError(
          403,
          `Invalid scope(s): ${grant.scopes.join(', ')}. This endpoint requires the ${scope} scope`,
          shape,
        );
      }
      return grant;
    },
    rateLimit(grant, plan, tier, shape) {
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
          'X-Figma-Plan-Tier': plan,
          'X-Figma-Rate-Limit-Type': seat === 'full' ? 'high' : 'low',
          'X-Figma-Upgrade-Link': 'https://www.figma.com/pricing',
        });
      }
      state.buckets.set(key, { level: drained + 1, updatedAt: now });
    },
    memberTeam(grant, teamId, shape) {
      const team = TEAMS.find((candidate) => candidate.id === teamId);
      if (!team || !team.members[grant.figmaId]) throw new FigmaHttpError(404, 'Not found', shape);
      return team;
    },
    fileFor(grant, key, shape) {
      const found = fileByKey(key);
      const team = found ? teamOfFile(found.file) : undefined;
      const role = team?.members[grant.figmaId];
      if (!found || !team || !role) throw new FigmaHttpError(404, 'Not found', shape);
      return { ...found, plan: planOf(team.id), role };
    },
    readableProject(grant, match) {
      const project = PROJECTS.find(match);
      if (!project) throw new FigmaHttpError(404, 'Not found', 'err');
      guard.memberTeam(grant, project.teamId, 'err');
      guard.rateLimit(grant, planOf(project.teamId), 2, 'err');
      return project;
    },
  };
  return guard;
}
