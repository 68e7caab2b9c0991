/**
 * Figma's variables endpoints (Enterprise only, `{error, status, message}` error shape): local and
 * published reads (Tier 2) and the atomic POST (Tier 3), which changes the file's version.
 */
import type { Ctx, Route } from './http';
import { sendJson } from './http';
import type { EmulatorState } from './state';
import { demoUserByFigmaId, touchFile } from './state';
import type { VariablesMeta } from '../fixtures/figma/design-system-variables';
import { applyVariableChanges, VariablesValidationError } from './variables-post';
import type { FigmaGuard } from './figma-rest-guard';
import { FigmaHttpError } from './figma-rest-guard';
import { tiered } from './figma-rest-tiers';

const MAX_BODY = 4 * 1024 * 1024;

function publishedMeta(meta: VariablesMeta, updatedAt: string) {
  const published = Object.values(meta.variables).filter(
    (variable) => !variable.remote && !variable.hiddenFromPublishing,
  );
  return {
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
  };
}

async function readLimitedBody(ctx: Ctx): Promise<string> {
  const raw = await ctx.rawBody().catch((error: unknown) => {
    if ((error as { tooLarge?: boolean }).tooLarge)
      throw new FigmaHttpError(413, 'Request too large', 'error');
    throw error;
  });
  if (Buffer.byteLength(raw) > MAX_BODY)
    throw new FigmaHttpError(413, 'Request too large', 'error');
  return raw;
}

export function createVariableRoutes(state: EmulatorState, guard: FigmaGuard): Route[] {
  const empty = (): VariablesMeta => ({ variables: {}, variableCollections: {} });

  /** An Enterprise file the caller may read variables of, counted against `tier`. */
  function enterpriseFile(ctx: Ctx, scope: string) {
    const grant = guard.authenticate(ctx, 'error', scope);
    const access = guard.fileFor(grant, ctx.params.key ?? '', 'error');
    if (access.plan !== 'enterprise')
      throw new FigmaHttpError(403, 'Limited by Figma plan', 'error');
    return { grant, ...access };
  }

  return [
    tiered(2, 'GET', '/v1/files/:key/variables/local', (ctx) => {
      const { grant, file, plan } = enterpriseFile(ctx, 'file_variables:read');
      guard.rateLimit(grant, plan, 2, 'error');
      const meta = state.variables.get(file.key) ?? empty();
      sendJson(ctx.res, 200, { status: 200, error: false, meta });
    }),
    tiered(2, 'GET', '/v1/files/:key/variables/published', (ctx) => {
      const { grant, file, plan } = enterpriseFile(ctx, 'file_variables:read');
      guard.rateLimit(grant, plan, 2, 'error');
      const meta = state.variables.get(file.key) ?? empty();
      sendJson(ctx.res, 200, {
        status: 200,
        error: false,
        meta: publishedMeta(meta, file.lastModified),
      });
    }),
    tiered(3, 'POST', '/v1/files/:key/variables', async (ctx) => {
      const raw = await readLimitedBody(ctx);
      const { grant, file, plan, role } = enterpriseFile(ctx, 'file_variables:write');
      if (role !== 'editor' || demoUserByFigmaId(grant.figmaId)?.seat !== 'full')
        throw new FigmaHttpError(403, 'Insufficient file permissions', 'error');
      guard.rateLimit(grant, plan, 3, 'error');
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        throw new FigmaHttpError(400, 'Invalid JSON body', 'error');
      }
      try {
        const { next, tempIdToRealId } = applyVariableChanges(
          state.variables.get(file.key) ?? empty(),
          body,
        );
        state.variables.set(file.key, next);
        // A saved change is an edit of the file: its version moves, as in Figma.
        touchFile(state, file);
        sendJson(ctx.res, 200, { status: 200, error: false, meta: { tempIdToRealId } });
      } catch (error) {
        if (error instanceof VariablesValidationError)
          throw new FigmaHttpError(400, error.message, 'error');
        throw error;
      }
    }),
  ];
}
