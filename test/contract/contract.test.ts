/**
 * Contract tests: the emulator's replies must validate against the real APIs' published schemas —
 * Appwrite's account spec (shared/specs) and Figma's OpenAPI from @figma/rest-api-spec — so the
 * double cannot drift from what the app meets in production.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator/server';
import { figma, session, signedIn, withEmulator } from '../emulator/testing';
import { DESIGN_SYSTEM_KEY } from '../emulator/seed';

const require = createRequire(import.meta.url);
// A copy of the project's Appwrite account spec (shared/specs), kept in the repo so the contract
// always runs, whatever folder the checkout sits in.
const appwriteSpecPath = fileURLToPath(
  new URL('./specs/appwrite-account.openapi.json', import.meta.url),
);
const figmaSpecPath = require.resolve('@figma/rest-api-spec/openapi/openapi.yaml');

/** Examples in the specs contain `$id` keys that Ajv would read as schema ids: drop them. */
function withoutExamples(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExamples);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'example' && key !== 'examples' && key !== 'x-example')
      .map(([key, inner]) => [key, withoutExamples(inner)]),
  );
}

const appwriteAjv = new Ajv({ strict: false, allErrors: true });
addFormats(appwriteAjv);
const appwriteSpec = JSON.parse(readFileSync(appwriteSpecPath, 'utf8')) as { components: unknown };
appwriteAjv.addSchema({ $id: 'appwrite', components: withoutExamples(appwriteSpec.components) });
const figmaAjv = new Ajv2020({ strict: false, allErrors: true });
addFormats(figmaAjv);
figmaAjv.addSchema({
  $id: 'figma',
  components: withoutExamples(
    (parse(readFileSync(figmaSpecPath, 'utf8')) as { components: unknown }).components,
  ),
});

function appwrite(schema: string, body: unknown) {
  const validate = appwriteAjv.compile({ $ref: `appwrite#/components/schemas/${schema}` });
  return validate(body) ? [] : (validate.errors ?? []);
}
/** Success replies live under components/responses, error payloads under components/schemas. */
function figmaSchema(name: string, body: unknown) {
  const pointer = name.startsWith('ErrorResponse')
    ? `figma#/components/schemas/${name}`
    : `figma#/components/responses/${name}/content/application~1json/schema`;
  const validate = figmaAjv.getSchema(pointer) ?? figmaAjv.compile({ $ref: pointer });
  return validate(body) ? [] : (validate.errors ?? []);
}
/** Appwrite's error body: the spec's own `error` schema types `code` as a string, which is wrong. */
const appwriteErrorSchema = appwriteAjv.compile({
  type: 'object',
  required: ['message', 'code', 'type', 'version'],
  properties: {
    message: { type: 'string' },
    code: { type: 'integer' },
    type: { type: 'string' },
    version: { type: 'string' },
  },
});

let emulator: Emulator;
let browser: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  emulator = await withEmulator();
  emulator.state.config.rateLimits = false;
  browser = await signedIn(emulator);
});
/** Read per call: the PATCH contract test refreshes the token, which kills the previous one. */
const currentToken = async () => (await session(browser, emulator)).providerAccessToken;
afterAll(() => emulator.close());

describe('Appwrite account contract (shared/specs/appwrite-account.openapi.json)', () => {
  it('GET /account is a user', async () => {
    expect(
      appwrite('user', await (await browser.fetch(`${emulator.appwriteEndpoint}/account`)).json()),
    ).toEqual([]);
  });

  it('GET and PATCH /account/sessions/current are sessions', async () => {
    expect(
      appwrite(
        'session',
        await (await browser.fetch(`${emulator.appwriteEndpoint}/account/sessions/current`)).json(),
      ),
    ).toEqual([]);
    const patched = await browser.fetch(`${emulator.appwriteEndpoint}/account/sessions/current`, {
      method: 'PATCH',
    });
    expect(appwrite('session', await patched.json())).toEqual([]);
  });

  it('prefs are preferences', async () => {
    expect(
      appwrite(
        'preferences',
        await (await browser.fetch(`${emulator.appwriteEndpoint}/account/prefs`)).json(),
      ),
    ).toEqual([]);
  });

  it('errors have message, integer code, type and version', async () => {
    const guest = await fetch(`${emulator.appwriteEndpoint}/account`);
    expect(appwriteErrorSchema(await guest.json())).toBe(true);
  });

  it('rejects a session missing required fields (the check can fail)', async () => {
    const body = (await (
      await browser.fetch(`${emulator.appwriteEndpoint}/account/sessions/current`)
    ).json()) as Record<string, unknown>;
    delete body.providerAccessTokenExpiry;
    expect(appwrite('session', body).length).toBeGreaterThan(0);
    expect(appwriteErrorSchema({ message: 'x', code: '401', type: 't', version: '1' })).toBe(false);
  });
});

describe('Figma REST contract (@figma/rest-api-spec OpenAPI 3.1)', () => {
  const cases: [string, string, string?][] = [
    ['GetMeResponse', '/v1/me'],
    ['GetTeamProjectsResponse', '/v1/teams/1100000000000000001/projects'],
    ['GetProjectFilesResponse', '/v1/projects/2200000000000000001/files'],
    ['GetTeamFoldersResponse', '/v2/teams/1100000000000000001/folders'],
    ['GetFolderFoldersResponse', '/v2/folders/3300000000000000002/folders'],
    ['GetFolderFilesResponse', '/v2/folders/3300000000000000002/files?branch_data=true'],
    ['GetFileResponse', `/v1/files/${DESIGN_SYSTEM_KEY}?depth=1`],
    ['GetFileResponse', `/v1/files/${DESIGN_SYSTEM_KEY}?depth=2`],
    ['GetFileResponse', '/v1/files/CHKOUTflow00000000000006?depth=2&branch_data=true'],
    ['GetFileResponse', '/v1/files/CHKOUTbranch000000000062?depth=2&branch_data=true'],
    ['GetFileNodesResponse', `/v1/files/${DESIGN_SYSTEM_KEY}/nodes?ids=10:1,11:1,12:1`],
    ['GetImagesResponse', `/v1/images/${DESIGN_SYSTEM_KEY}?ids=1:100,1:101&scale=0.5`],
    ['GetFileMetaResponse', `/v1/files/${DESIGN_SYSTEM_KEY}/meta`],
    ['GetLocalVariablesResponse', `/v1/files/${DESIGN_SYSTEM_KEY}/variables/local`],
    ['GetPublishedVariablesResponse', `/v1/files/${DESIGN_SYSTEM_KEY}/variables/published`],
  ];

  it.each(cases)('%s ← GET %s', async (schema, path) => {
    const response = await figma(emulator, await currentToken(), path);
    expect(response.status).toBe(200);
    expect(figmaSchema(schema, await response.json())).toEqual([]);
  });

  it('POST variables answers PostVariablesResponse', async () => {
    const response = await figma(
      emulator,
      await currentToken(),
      `/v1/files/${DESIGN_SYSTEM_KEY}/variables`,
      {
        method: 'POST',
        body: JSON.stringify({
          variableCollections: [
            { action: 'CREATE', id: 'c', name: 'Contract', initialModeId: 'm' },
          ],
        }),
      },
    );
    expect(figmaSchema('PostVariablesResponse', await response.json())).toEqual([]);
  });

  it('both error shapes validate', async () => {
    expect(
      figmaSchema(
        'ErrorResponsePayloadWithErrMessage',
        await (await figma(emulator, await currentToken(), '/v1/files/NOPE')).json(),
      ),
    ).toEqual([]);
    const variables403 = await figma(
      emulator,
      'dead-token',
      `/v1/files/${DESIGN_SYSTEM_KEY}/variables/local`,
    );
    expect(figmaSchema('ErrorResponsePayloadWithErrorBoolean', await variables403.json())).toEqual(
      [],
    );
  });

  it('rejects a broken body (the check can fail)', async () => {
    const me = (await (await figma(emulator, await currentToken(), '/v1/me')).json()) as Record<
      string,
      unknown
    >;
    delete me.handle;
    expect(figmaSchema('GetMeResponse', me).length).toBeGreaterThan(0);
  });
});
