/** Every route of the app in one typed table: build links with these, never with string literals. */
const enc = encodeURIComponent;

export const paths = {
  home: () => '/',
  signIn: (next?: string) => (next && next !== '/' ? `/sign-in?next=${enc(next)}` : '/sign-in'),
  authCallback: () => '/auth/callback',
  team: (teamId: string) => `/teams/${enc(teamId)}`,
  project: (projectId: string, teamId?: string) =>
    `/projects/${enc(projectId)}${teamId ? `?team=${enc(teamId)}` : ''}`,
  folder: (folderId: string) => `/folders/${enc(folderId)}`,
  file: (fileKey: string) => `/files/${enc(fileKey)}`,
  fileVariables: (fileKey: string) => `/files/${enc(fileKey)}/variables`,
  fileStyles: (fileKey: string) => `/files/${enc(fileKey)}/styles`,
  fileTokens: (fileKey: string) => `/files/${enc(fileKey)}/tokens`,
  fileSync: (fileKey: string) => `/files/${enc(fileKey)}/sync`,
  importTokens: () => '/import',
} as const;

/** Route patterns for the router, kept next to the builders so the two cannot drift. */
export const routePatterns = {
  signIn: '/sign-in',
  authCallback: '/auth/callback',
  team: '/teams/:teamId',
  project: '/projects/:projectId',
  folder: '/folders/:folderId',
  file: '/files/:fileKey',
  importTokens: '/import',
} as const;
