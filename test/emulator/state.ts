/** Everything the emulator remembers between requests; `reset()` returns it to the seed. */
import { randomBytes } from 'node:crypto';
import type { VariablesMeta } from '../fixtures/figma/design-system-variables';
import { DEMO_USERS, initialVariables, TEAMS } from './seed';
import type { Plan } from './seed';

export const PROJECT_ID = 'tokenport-demo';
export const FIGMA_CLIENT_ID = 'tokenport-emulator-app';
export const FIGMA_CLIENT_SECRET = 'emulator-secret';
/** Scopes enabled on the emulated Figma app. */
export const APP_SCOPES = [
  'current_user:read',
  'file_content:read',
  'file_metadata:read',
  'file_versions:read',
  'projects:read',
  'folders:read',
  'file_variables:read',
  'file_variables:write',
];

export interface AppwriteUser {
  id: string;
  figmaId: string;
  name: string;
  email: string;
  createdAt: string;
  prefs: Record<string, unknown>;
}

export interface AppwriteSession {
  id: string;
  userId: string;
  secret: string;
  providerUid: string;
  providerAccessToken: string;
  providerRefreshToken: string;
  providerAccessTokenExpiry: string;
  expire: string;
  createdAt: string;
  updatedAt: string;
  factors: string[];
}

export interface FigmaGrant {
  figmaId: string;
  accessToken: string;
  accessExpiresAt: number;
  refreshToken: string;
  scopes: string[];
  revoked: boolean;
}

export interface Fault {
  route: string;
  remaining: number;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
  /** Never answer (the connection stays open until the client gives up or the emulator resets). */
  hang?: boolean;
}

export interface EmulatorConfig {
  rateLimits: boolean;
  tokenLifetimeSeconds: number;
  /** Appwrite 1.9.x: token-flow sessions carry no provider tokens. */
  tokenFlowWithoutProviderTokens: boolean;
  /** Appwrite 1.9.x: PATCH session answers `expire` as `Y-m-d H:i:s.v`. */
  nonIsoPatchExpire: boolean;
}

/** A file's `version` and `lastModified` as Figma reports them; both move when the file changes. */
export interface FileRevision {
  version: string;
  lastModified: string;
}

/** The seed's version for every file; changes count up from it. */
const SEED_VERSION = 1_234_567_890;

export const newId = (bytes = 10) => randomBytes(bytes).toString('hex');

export function createState() {
  const state = {
    config: {
      rateLimits: true,
      tokenLifetimeSeconds: 7_776_000,
      tokenFlowWithoutProviderTokens: false,
      nonIsoPatchExpire: false,
    } as EmulatorConfig,
    users: new Map<string, AppwriteUser>(),
    sessions: new Map<string, AppwriteSession>(),
    /** Token-flow secrets: secret → { userId, expiresAt, session data to copy }. */
    oauthTokens: new Map<string, { userId: string; expiresAt: number; grant: FigmaGrant }>(),
    /** One live grant per Figma user for this app, as Figma keeps one token per app per user. */
    grants: new Map<string, FigmaGrant>(),
    codes: new Map<
      string,
      { figmaId: string; scopes: string[]; redirectUri: string; expiresAt: number; used: boolean }
    >(),
    plans: new Map<string, Plan>(TEAMS.map((team) => [team.id, team.plan])),
    variables: new Map<string, VariablesMeta>(),
    /** Files changed since the seed (touch, variables POST): key → their new version and time. */
    fileRevisions: new Map<string, FileRevision>(),
    stats: new Map<string, number>(),
    faults: [] as Fault[],
    /** Appwrite fixed-window limits: key → { windowStart, count }. */
    windows: new Map<string, { windowStart: number; count: number }>(),
    /** Figma leaky buckets: key → { level, updatedAt }. */
    buckets: new Map<string, { level: number; updatedAt: number }>(),
    variablesSeed: initialVariables,
    reset() {
      state.users.clear();
      state.sessions.clear();
      state.oauthTokens.clear();
      state.grants.clear();
      state.codes.clear();
      state.plans = new Map(TEAMS.map((team) => [team.id, team.plan]));
      state.variables = initialVariables();
      state.fileRevisions.clear();
      state.stats.clear();
      state.faults = [];
      state.windows.clear();
      state.buckets.clear();
      state.config = {
        rateLimits: true,
        tokenLifetimeSeconds: 7_776_000,
        tokenFlowWithoutProviderTokens: false,
        nonIsoPatchExpire: false,
      };
    },
  };
  state.variables = initialVariables();
  return state;
}

export type EmulatorState = ReturnType<typeof createState>;

export function demoUserByKey(key: string) {
  return DEMO_USERS.find((user) => user.key === key);
}

export function demoUserByFigmaId(figmaId: string) {
  return DEMO_USERS.find((user) => user.figmaId === figmaId);
}

/** Issues a new access token for the user and kills the previous one (Figma's rule). */
export function issueGrant(state: EmulatorState, figmaId: string, scopes: string[]): FigmaGrant {
  const previous = state.grants.get(figmaId);
  const grant: FigmaGrant = {
    figmaId,
    accessToken: `figu_${newId(16)}`,
    accessExpiresAt: Date.now() + state.config.tokenLifetimeSeconds * 1000,
    refreshToken: previous && !previous.revoked ? previous.refreshToken : `figr_${newId(16)}`,
    scopes,
    revoked: false,
  };
  state.grants.set(figmaId, grant);
  return grant;
}

/** Counts a request against a fixed one-hour window; returns false when over the limit. */
export function hitWindow(state: EmulatorState, key: string, limit: number, now = Date.now()) {
  const windowStart = Math.floor(now / 3_600_000) * 3_600_000;
  const current = state.windows.get(key);
  const entry =
    current && current.windowStart === windowStart ? current : { windowStart, count: 0 };
  entry.count += 1;
  state.windows.set(key, entry);
  return {
    allowed: !state.config.rateLimits || entry.count <= limit,
    remaining: Math.max(0, limit - entry.count),
    reset: Math.floor((windowStart + 3_600_000) / 1000),
  };
}

/** The current version of a seeded file (`lastModified` is the seed's until the file changes). */
export function fileRevision(
  state: EmulatorState,
  file: { key: string; lastModified: string },
): FileRevision {
  return (
    state.fileRevisions.get(file.key) ?? {
      version: String(SEED_VERSION),
      lastModified: file.lastModified,
    }
  );
}

/** Records a change to a file, as an edit in Figma would: a new version, modified now. */
export function touchFile(state: EmulatorState, file: { key: string; lastModified: string }) {
  const current = fileRevision(state, file);
  const revision = {
    version: String(Number(current.version) + 1),
    lastModified: new Date(
      Math.max(Date.now(), Date.parse(current.lastModified) + 1000),
    ).toISOString(),
  };
  state.fileRevisions.set(file.key, revision);
  return revision;
}
