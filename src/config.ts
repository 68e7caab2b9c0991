/**
 * The app's whole configuration, read once from `import.meta.env` and validated, so a typo in a
 * deployment shows a screen naming the variable instead of a blank page or a confusing 404.
 */

export type AuthFlow = 'session' | 'token';
export type TokenRefreshMode = 'when-needed' | 'always';

export interface AppConfig {
  appwriteEndpoint: string;
  appwriteProjectId: string;
  authFlow: AuthFlow;
  figmaApiBase: string;
  figmaTokenRefresh: TokenRefreshMode;
  figmaScopes: readonly string[];
  /** GitHub's REST API (https://api.github.com, or the emulator's GitHub subset). */
  githubApiBase: string;
  /** True when the endpoint points at the bundled emulator, so the UI can say "demo". */
  isEmulator: boolean;
}

export interface ConfigProblem {
  variable: string;
  value: string | undefined;
  message: string;
}

export type ConfigResult =
  { ok: true; config: AppConfig } | { ok: false; problems: ConfigProblem[] };

/** Scopes Tokenport asks for. Appwrite adds `current_user:read` itself. */
export const DEFAULT_FIGMA_SCOPES = [
  'current_user:read',
  'file_content:read',
  'file_metadata:read',
  'projects:read',
  'file_variables:read',
] as const;

/**
 * The bundled emulator also answers Figma's v2 folder endpoints, so its demo asks for
 * `folders:read` and shows folders. Against real Figma the scope is left to VITE_FIGMA_SCOPES:
 * Figma's own scopes page does not list it yet.
 */
export const EMULATOR_FIGMA_SCOPES = [...DEFAULT_FIGMA_SCOPES, 'folders:read'] as const;

/** Retired by Figma in 2025: asking for it makes every sign-in fail. */
const RETIRED_SCOPES = new Set(['files:read', 'file_read']);
const SCOPE_PATTERN = /^[a-z_]+:[a-z_]+$/;
const PROJECT_ID_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,35}$/;

export const EMULATOR_DEFAULTS = {
  appwriteEndpoint: 'http://localhost:8787/v1',
  appwriteProjectId: 'tokenport-demo',
  figmaApiBase: 'http://localhost:8788',
  githubApiBase: 'http://localhost:8789',
} as const;

/** The emulator's demo teams (test/emulator/seed.ts): each demo user belongs to one of them. */
export const EMULATOR_DEMO_TEAM_IDS = ['1100000000000000001', '1100000000000000002'] as const;

type Env = Record<string, string | boolean | undefined>;

function read(env: Env, name: string): string | undefined {
  const value = env[name];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function parseHttpUrl(
  value: string,
  variable: string,
  problems: ConfigProblem[],
): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push({
      variable,
      value,
      message: 'is not a URL. Expected e.g. https://cloud.appwrite.io/v1.',
    });
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push({
      variable,
      value,
      message: 'must start with https:// (or http:// for local development).',
    });
    return undefined;
  }
  if (url.search || url.hash || url.username || url.password) {
    problems.push({
      variable,
      value,
      message: 'must not contain credentials, a query or a fragment.',
    });
    return undefined;
  }
  return url.toString().replace(/\/+$/, '');
}

function oneOf<T extends string>(
  env: Env,
  variable: string,
  allowed: readonly T[],
  fallback: T,
  problems: ConfigProblem[],
): T {
  const value = read(env, variable);
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push({ variable, value, message: `must be one of: ${allowed.join(', ')}.` });
  return fallback;
}

function parseScopes(env: Env, problems: ConfigProblem[], onEmulator: boolean): readonly string[] {
  const raw = read(env, 'VITE_FIGMA_SCOPES');
  if (raw === undefined) return onEmulator ? EMULATOR_FIGMA_SCOPES : DEFAULT_FIGMA_SCOPES;
  const scopes = [...new Set(raw.split(/[\s,]+/).filter(Boolean))];
  const bad = scopes.filter((scope) => !SCOPE_PATTERN.test(scope));
  const retired = scopes.filter((scope) => RETIRED_SCOPES.has(scope));
  if (bad.length > 0) {
    problems.push({
      variable: 'VITE_FIGMA_SCOPES',
      value: raw,
      message: `has malformed scopes (${bad.join(', ')}). Use space-separated names like file_content:read.`,
    });
  }
  if (retired.length > 0) {
    problems.push({
      variable: 'VITE_FIGMA_SCOPES',
      value: raw,
      message: `asks for ${retired.join(', ')}, which Figma retired; use the granular scopes (file_content:read, …).`,
    });
  }
  return scopes;
}

export function parseConfig(env: Env): ConfigResult {
  const problems: ConfigProblem[] = [];
  const endpointRaw = read(env, 'VITE_APPWRITE_ENDPOINT');
  const projectRaw = read(env, 'VITE_APPWRITE_PROJECT_ID');

  const endpoint =
    endpointRaw === undefined
      ? EMULATOR_DEFAULTS.appwriteEndpoint
      : parseHttpUrl(endpointRaw, 'VITE_APPWRITE_ENDPOINT', problems);

  let projectId: string = EMULATOR_DEFAULTS.appwriteProjectId;
  if (endpointRaw !== undefined && projectRaw === undefined) {
    problems.push({
      variable: 'VITE_APPWRITE_PROJECT_ID',
      value: undefined,
      message:
        'is required when VITE_APPWRITE_ENDPOINT is set. Copy it from your Appwrite console.',
    });
  } else if (projectRaw !== undefined) {
    if (PROJECT_ID_PATTERN.test(projectRaw)) projectId = projectRaw;
    else
      problems.push({
        variable: 'VITE_APPWRITE_PROJECT_ID',
        value: projectRaw,
        message: 'is not a valid Appwrite project id (letters, digits, ".", "_", "-"; at most 36).',
      });
  }

  const figmaApiBaseRaw = read(env, 'VITE_FIGMA_API_BASE');
  const figmaApiBase =
    figmaApiBaseRaw === undefined
      ? endpointRaw === undefined
        ? EMULATOR_DEFAULTS.figmaApiBase
        : 'https://api.figma.com'
      : parseHttpUrl(figmaApiBaseRaw, 'VITE_FIGMA_API_BASE', problems);

  const githubApiBaseRaw = read(env, 'VITE_GITHUB_API_BASE');
  const githubApiBase =
    githubApiBaseRaw === undefined
      ? endpointRaw === undefined
        ? EMULATOR_DEFAULTS.githubApiBase
        : 'https://api.github.com'
      : parseHttpUrl(githubApiBaseRaw, 'VITE_GITHUB_API_BASE', problems);

  const authFlow = oneOf<AuthFlow>(
    env,
    'VITE_APPWRITE_AUTH_FLOW',
    ['session', 'token'],
    'session',
    problems,
  );
  const figmaTokenRefresh = oneOf<TokenRefreshMode>(
    env,
    'VITE_FIGMA_TOKEN_REFRESH',
    ['when-needed', 'always'],
    'when-needed',
    problems,
  );
  const figmaScopes = parseScopes(env, problems, endpointRaw === undefined);

  if (
    problems.length > 0 ||
    endpoint === undefined ||
    figmaApiBase === undefined ||
    githubApiBase === undefined
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    config: {
      appwriteEndpoint: endpoint,
      appwriteProjectId: projectId,
      authFlow,
      figmaApiBase,
      figmaTokenRefresh,
      figmaScopes,
      githubApiBase,
      isEmulator: endpointRaw === undefined,
    },
  };
}

export const configResult: ConfigResult = parseConfig(import.meta.env as Env);

/**
 * The validated config. Modules that run only after the app has decided the config is valid
 * (everything below the config gate in main.tsx) read it here.
 */
export function getConfig(): AppConfig {
  if (!configResult.ok) {
    throw new Error(
      `Tokenport is misconfigured: ${configResult.problems.map((p) => p.variable).join(', ')}`,
    );
  }
  return configResult.config;
}
