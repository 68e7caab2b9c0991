/**
 * Figma's REST API as Tokenport uses it: bearer tokens (dead ones answer 403 like Figma does),
 * scopes, per-plan and per-tier rate limits with Figma's 429 headers, both error shapes, and the
 * seeded teams, projects, folders, files, images and variables. The route tables live by resource
 * in figma-rest-teams.ts, figma-rest-files.ts and figma-rest-variables.ts.
 */
import type { Route } from './http';
import { escapeHtml, route, sendJson } from './http';
import type { EmulatorState } from './state';
import { demoUserByFigmaId, touchFile } from './state';
import { FILES, fileByKey } from './seed';
import { buildDocument, findNode } from './documents';
import { createFigmaGuard } from './figma-rest-guard';
import { createTeamRoutes } from './figma-rest-teams';
import type { FigmaLinks } from './figma-rest-teams';
import { createFileRoutes } from './figma-rest-files';
import { createVariableRoutes } from './figma-rest-variables';
import type { VariablesMeta } from '../fixtures/figma/design-system-variables';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export { FigmaHttpError, figmaErrorBody } from './figma-rest-guard';
export { countByTier } from './figma-rest-tiers';

export function createFigmaRestRoutes(state: EmulatorState, figmaOrigin: () => string): Route[] {
  const guard = createFigmaGuard(state);
  const links: FigmaLinks = {
    origin: figmaOrigin,
    thumbnail: (key) => `${figmaOrigin()}/__render/${encodeURIComponent(key)}/thumbnail.svg`,
  };
  return [
    ...createTeamRoutes(state, guard, links),
    ...createFileRoutes(state, guard, links),
    ...createVariableRoutes(state, guard),
  ];
}

/**
 * Control routes (mounted under the Appwrite origin's /__emulator/): `POST files/:key/touch`
 * changes a file as an edit in Figma would, so its version, meta and list dates move;
 * `POST files/:key/variables` gives a file the variables of a saved `variables/local` response
 * (kept as sent, so a read gives the same variables back), which is an edit of the file too.
 */
export function createFigmaControlRoutes(state: EmulatorState): Route[] {
  return [
    route('POST', '/__emulator/files/:key/touch', (ctx) => {
      const file = FILES.find((candidate) => candidate.key === ctx.params.key);
      if (!file) return sendJson(ctx.res, 404, { message: 'unknown file' });
      sendJson(ctx.res, 200, touchFile(state, file));
    }),
    route('POST', '/__emulator/files/:key/variables', async (ctx) => {
      const file = FILES.find((candidate) => candidate.key === ctx.params.key);
      if (!file) return sendJson(ctx.res, 404, { message: 'unknown file' });
      const meta = ((await ctx.body()) as { meta?: Partial<VariablesMeta> } | null)?.meta;
      if (!isRecord(meta?.variables) || !isRecord(meta.variableCollections)) {
        return sendJson(ctx.res, 400, {
          message:
            'send a GET /v1/files/:key/variables/local response: { meta: { variables, variableCollections } }',
        });
      }
      state.variables.set(file.key, meta as VariablesMeta);
      sendJson(ctx.res, 200, touchFile(state, file));
    }),
  ];
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
  const found = fileByKey(key);
  if (!found) return undefined;
  const { file } = found;
  const node = id === 'thumbnail' ? undefined : findNode(buildDocument(file), id);
  // Figma's renders of a frame hold its content only, never the name label shown above it on the
  // canvas; a file thumbnail shows the file's cover, which usually carries its title.
  const coverTitle = node
    ? ''
    : `<text x="24" y="260" font-family="sans-serif" font-size="22" fill="#1f2937">${escapeHtml((found.branch ?? file).name)}</text>`;
  const fill = node
    ? (node.backgroundColor as { r: number; g: number; b: number } | undefined)
    : undefined;
  const color = fill
    ? `rgb(${Math.round(fill.r * 255)} ${Math.round(fill.g * 255)} ${Math.round(fill.b * 255)})`
    : '#eef2ff';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="300" viewBox="0 0 480 300"><rect width="480" height="300" fill="${color}"/><rect x="24" y="24" width="432" height="40" rx="8" fill="#ffffff" opacity="0.8"/><rect x="24" y="88" width="200" height="120" rx="12" fill="#6366f1" opacity="0.25"/><rect x="248" y="88" width="208" height="120" rx="12" fill="#0ea5e9" opacity="0.2"/>${coverTitle}</svg>`;
}
