/**
 * The Tokenport emulator: Appwrite's account API and Figma's OAuth + REST API on two local
 * origins (as in production), plus a control API for tests under /__emulator/.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAppwriteRoutes } from './appwrite';
import { createControlRoutes } from './control-routes';
import { createDispatcher } from './dispatch';
import type { HeldRequests } from './dispatch';
import { createFigmaOAuth, createFigmaOAuthRoutes } from './figma-oauth';
import { createFigmaControlRoutes, createFigmaRestRoutes } from './figma-rest';
import { createState, PROJECT_ID } from './state';
import type { EmulatorState } from './state';
import { DEMO_USERS } from './seed';
import { startGitHubEmulator } from './github';
import type { GitHubEmulator } from './github';

export interface EmulatorOptions {
  appwritePort?: number;
  figmaPort?: number;
  /** The GitHub REST subset's own origin (default 8789; 0 picks a free port). */
  githubPort?: number;
  host?: string;
  quiet?: boolean;
}

export interface Emulator {
  appwriteOrigin: string;
  appwriteEndpoint: string;
  figmaApiBase: string;
  githubApiBase: string;
  github: GitHubEmulator;
  projectId: string;
  demoUsers: typeof DEMO_USERS;
  state: EmulatorState;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? 'localhost';
  const state = createState();
  const origins = { appwrite: '', figma: '' };
  const oauth = createFigmaOAuth(state);
  // Requests held open by a `hang` fault; a reset ends them so no test inherits another's.
  const hanging: HeldRequests = new Map();

  const appwriteRoutes = [
    ...createControlRoutes(state, hanging),
    ...createFigmaControlRoutes(state),
    ...createAppwriteRoutes(state, oauth, () => origins),
  ];
  const figmaRoutes = [
    ...createFigmaOAuthRoutes(state, oauth, () => origins.appwrite),
    ...createFigmaRestRoutes(state, () => origins.figma),
  ];

  const dispatch = createDispatcher({
    state,
    origins,
    routes: { appwrite: appwriteRoutes, figma: figmaRoutes },
    hanging,
  });

  const appwriteServer = createServer((req, res) => void dispatch('appwrite', req, res));
  const figmaServer = createServer((req, res) => void dispatch('figma', req, res));
  const appwritePort = await listen(appwriteServer, options.appwritePort ?? 8787, host);
  const figmaPort = await listen(figmaServer, options.figmaPort ?? 8788, host);
  origins.appwrite = `http://localhost:${appwritePort}`;
  origins.figma = `http://localhost:${figmaPort}`;
  // In-process test emulators ask for free ports (0): the GitHub listener follows suit.
  const github = await startGitHubEmulator({
    port: options.githubPort ?? (options.appwritePort === 0 ? 0 : 8789),
    host,
  });

  return {
    appwriteOrigin: origins.appwrite,
    appwriteEndpoint: `${origins.appwrite}/v1`,
    figmaApiBase: origins.figma,
    githubApiBase: github.origin,
    github,
    projectId: PROJECT_ID,
    demoUsers: DEMO_USERS,
    state,
    close: () =>
      Promise.all(
        [appwriteServer, figmaServer].map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      )
        .then(() => github.close())
        .then(() => undefined),
  };
}
