/**
 * Every Figma endpoint Tokenport calls, with its rate-limit tier and the scope it needs
 * (research/figma.md §2 and §5). Tier 1 is the scarce one: 6 calls a month for View/Collab seats.
 */
export type FigmaTier = 1 | 2 | 3;

export interface FigmaEndpoint {
  /** e.g. `GET /v1/files/:key`, the same names the emulator's stats use. */
  name: string;
  tier: FigmaTier;
  scope: string;
  /** The file key when the path names one. */
  fileKey?: string | undefined;
}

interface EndpointRule {
  method: 'GET' | 'POST';
  pattern: RegExp;
  name: string;
  tier: FigmaTier;
  scope: string;
}

const RULES: readonly EndpointRule[] = [
  { method: 'GET', pattern: /^\/v1\/me$/, name: '/v1/me', tier: 3, scope: 'current_user:read' },
  {
    method: 'GET',
    pattern: /^\/v1\/teams\/[^/]+\/projects$/,
    name: '/v1/teams/:teamId/projects',
    tier: 2,
    scope: 'projects:read',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/projects\/[^/]+\/files$/,
    name: '/v1/projects/:projectId/files',
    tier: 2,
    scope: 'projects:read',
  },
  {
    method: 'GET',
    pattern: /^\/v2\/teams\/[^/]+\/folders$/,
    name: '/v2/teams/:teamId/folders',
    tier: 2,
    scope: 'folders:read',
  },
  {
    method: 'GET',
    pattern: /^\/v2\/folders\/[^/]+\/folders$/,
    name: '/v2/folders/:folderId/folders',
    tier: 2,
    scope: 'folders:read',
  },
  {
    method: 'GET',
    pattern: /^\/v2\/folders\/[^/]+\/files$/,
    name: '/v2/folders/:folderId/files',
    tier: 2,
    scope: 'folders:read',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/files\/([^/]+)$/,
    name: '/v1/files/:key',
    tier: 1,
    scope: 'file_content:read',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/files\/([^/]+)\/nodes$/,
    name: '/v1/files/:key/nodes',
    tier: 1,
    scope: 'file_content:read',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/images\/([^/]+)$/,
    name: '/v1/images/:key',
    tier: 1,
    scope: 'file_content:read',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/files\/([^/]+)\/meta$/,
    name: '/v1/files/:key/meta',
    tier: 3,
    scope: 'file_metadata:read',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/files\/([^/]+)\/variables\/(local|published)$/,
    name: '/v1/files/:key/variables',
    tier: 2,
    scope: 'file_variables:read',
  },
  {
    method: 'POST',
    pattern: /^\/v1\/files\/([^/]+)\/variables$/,
    name: '/v1/files/:key/variables',
    tier: 3,
    scope: 'file_variables:write',
  },
];

/** The tier and scope of a call; unknown paths count as Tier 1, so the budget errs on the safe side. */
export function endpointOf(method: string, path: string): FigmaEndpoint {
  for (const rule of RULES) {
    if (rule.method !== method) continue;
    const match = rule.pattern.exec(path);
    if (!match) continue;
    const fileKey = match[1] ? decodeURIComponent(match[1]) : undefined;
    return { name: `${method} ${rule.name}`, tier: rule.tier, scope: rule.scope, fileKey };
  }
  return { name: `${method} ${path}`, tier: 1, scope: 'file_content:read' };
}
