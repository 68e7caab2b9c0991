/**
 * Figma's file endpoints: the document (Tier 1), nodes (Tier 1), rendered images (Tier 1) and the
 * cheap file meta (Tier 3) whose `version` moves whenever the file changes.
 */
import type { Route } from './http';
import { sendJson } from './http';
import type { EmulatorState } from './state';
import { demoUserByFigmaId, fileRevision } from './state';
import { PROJECTS } from './seed';
import { buildDocument, componentsOf, findNode, stylesFor } from './documents';
import type { StyleDef } from './documents';
import type { FigmaGuard, FileAccess } from './figma-rest-guard';
import { FigmaHttpError } from './figma-rest-guard';
import { tiered } from './figma-rest-tiers';
import type { FigmaLinks } from './figma-rest-teams';
import { branchesOf } from './figma-rest-teams';

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

const idsOf = (url: URL) => (url.searchParams.get('ids') ?? '').split(',').filter(Boolean);

export function createFileRoutes(
  state: EmulatorState,
  guard: FigmaGuard,
  links: FigmaLinks,
): Route[] {
  /** The fields `/v1/files/:key` and `/nodes` share; a branch has its own name and revision. */
  function header({ file, branch, role }: FileAccess) {
    const opened = branch ?? file;
    const { version, lastModified } = fileRevision(state, opened);
    return {
      name: opened.name,
      role,
      lastModified,
      editorType: file.editorType,
      thumbnailUrl: links.thumbnail(opened.key),
      version,
    };
  }

  /** `branch_data=true`: a branch names its main file, a main file lists its branches. */
  function branchData(access: FileAccess, url: URL) {
    if (url.searchParams.get('branch_data') !== 'true') return {};
    if (access.branch) return { mainFileKey: access.file.key };
    return branchesOf(state, links, access.file);
  }

  return [
    tiered(1, 'GET', '/v1/files/:key', (ctx) => {
      const grant = guard.authenticate(ctx, 'err', 'file_content:read');
      const access = guard.fileFor(grant, ctx.params.key ?? '', 'err');
      const { file, plan } = access;
      guard.rateLimit(grant, plan, 1, 'err');
      const depthParam = ctx.url.searchParams.get('depth');
      const depth = depthParam === null ? undefined : Number(depthParam);
      if (depth !== undefined && (!Number.isInteger(depth) || depth < 1)) {
        throw new FigmaHttpError(400, 'Invalid parameter: depth must be a positive integer', 'err');
      }
      sendJson(ctx.res, 200, {
        ...header(access),
        document: buildDocument(file, depth),
        components: componentsOf(file),
        componentSets: {},
        schemaVersion: 0,
        styles: Object.fromEntries(stylesFor(file).map((s) => [s.nodeId, styleMeta(s)])),
        linkAccess: 'org_view',
        ...branchData(access, ctx.url),
      });
    }),
    tiered(1, 'GET', '/v1/files/:key/nodes', (ctx) => {
      const grant = guard.authenticate(ctx, 'err', 'file_content:read');
      const access = guard.fileFor(grant, ctx.params.key ?? '', 'err');
      const { file, plan } = access;
      guard.rateLimit(grant, plan, 1, 'err');
      const ids = idsOf(ctx.url);
      if (ids.length === 0) throw new FigmaHttpError(400, 'Missing parameter: ids', 'err');
      const document = buildDocument(file);
      const styles = stylesFor(file);
      const nodes: Record<string, unknown> = {};
      for (const id of ids) {
        const node = findNode(document, id);
        const own = styles.filter((s) => s.nodeId === id);
        nodes[id] = node
          ? {
              document: node,
              components: {},
              componentSets: {},
              schemaVersion: 0,
              styles: Object.fromEntries(own.map((s) => [s.nodeId, styleMeta(s)])),
            }
          : null;
      }
      sendJson(ctx.res, 200, { ...header(access), nodes });
    }),
    tiered(3, 'GET', '/v1/files/:key/meta', (ctx) => {
      const grant = guard.authenticate(ctx, 'err', 'file_metadata:read');
      const { file, branch, plan, role } = guard.fileFor(grant, ctx.params.key ?? '', 'err');
      const opened = branch ?? file;
      guard.rateLimit(grant, plan, 3, 'err');
      const user = demoUserByFigmaId(grant.figmaId);
      const person = {
        id: grant.figmaId,
        handle: user?.handle ?? '',
        img_url: `${links.origin()}/__render/avatar/${grant.figmaId}.svg`,
      };
      const { version, lastModified } = fileRevision(state, opened);
      sendJson(ctx.res, 200, {
        file: {
          name: opened.name,
          folder_name: PROJECTS.find((project) => project.id === file.projectId)?.name ?? '',
          last_touched_at: lastModified,
          creator: person,
          last_touched_by: person,
          thumbnail_url: links.thumbnail(opened.key),
          editorType: file.editorType,
          role,
          link_access: 'org_view',
          url: branch
            ? `https://www.figma.com/design/${file.key}/branch/${branch.key}`
            : `https://www.figma.com/design/${file.key}`,
          version,
        },
      });
    }),
    tiered(1, 'GET', '/v1/images/:key', (ctx) => {
      const grant = guard.authenticate(ctx, 'err', 'file_content:read');
      const { file, plan } = guard.fileFor(grant, ctx.params.key ?? '', 'err');
      guard.rateLimit(grant, plan, 1, 'err');
      const ids = idsOf(ctx.url);
      if (ids.length === 0) throw new FigmaHttpError(400, 'Missing parameter: ids', 'err');
      const scale = Number(ctx.url.searchParams.get('scale') ?? '1');
      if (!(scale >= 0.01 && scale <= 4))
        throw new FigmaHttpError(400, 'Invalid parameter: scale', 'err');
      const document = buildDocument(file);
      const key = encodeURIComponent(file.key);
      const images: Record<string, string | null> = {};
      for (const id of ids) {
        images[id] = findNode(document, id)
          ? `${links.origin()}/__render/${key}/${encodeURIComponent(id)}.svg`
          : null;
      }
      sendJson(ctx.res, 200, { err: null, images });
    }),
  ];
}
