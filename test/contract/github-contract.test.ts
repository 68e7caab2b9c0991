/**
 * Contract tests of the emulator's GitHub subset: every reply Tokenport reads must validate
 * against GitHub's published OpenAPI description (@octokit/openapi ships it), success and error
 * bodies alike, so the double cannot drift from api.github.com.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator } from '../emulator/github';
import type { GitHubEmulator } from '../emulator/github';
import { DEMO_GITHUB_TOKENS } from '../emulator/github-state';

interface Operation {
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }>;
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, Operation['responses'][string]> };
}

const require = createRequire(import.meta.url);
const spec = JSON.parse(
  readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
) as Spec;

/** Examples carry keys Ajv would misread; they are documentation, not schema. */
function withoutExamples(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExamples);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'example' && key !== 'examples')
      .map(([key, inner]) => [key, withoutExamples(inner)]),
  );
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'gh', components: withoutExamples(spec.components) });

/** The schema GitHub documents for `status` of `METHOD path`, after following response refs. */
function schemaFor(method: string, path: string, status: number): unknown {
  const operation = spec.paths[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${method} ${path} is not in GitHub's description`);
  let response = operation.responses[String(status)];
  if (!response) throw new Error(`${method} ${path} documents no ${status} reply`);
  if (response.$ref) response = spec.components.responses[response.$ref.split('/').pop() ?? ''];
  const schema = response?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`${method} ${path} ${status} has no JSON schema`);
  // Refs inside the operation's schema point at the components document registered as `gh`.
  return JSON.parse(
    JSON.stringify(withoutExamples(schema)).replaceAll('"#/components/', '"gh#/components/'),
  );
}

function validate(method: string, path: string, status: number, body: unknown) {
  const check = ajv.compile(schemaFor(method, path, status) as object);
  return check(body) ? [] : (check.errors ?? []);
}

let gh: GitHubEmulator;
beforeAll(async () => {
  gh = await startGitHubEmulator({ port: 0 });
});
afterAll(() => gh.close());

async function call(
  method: string,
  url: string,
  body?: unknown,
  token: string = DEMO_GITHUB_TOKENS.write,
) {
  const response = await fetch(`${gh.origin}${url}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/vnd.github+json',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

const R = '/repos/{owner}/{repo}';

describe("GitHub subset against GitHub's OpenAPI description", () => {
  it('GET /user is a private user', async () => {
    const reply = await call('GET', '/user');
    expect(reply.status).toBe(200);
    // /user is oneOf(private-user, public-user); a private user satisfies both, so check the first.
    const check = ajv.compile({ $ref: 'gh#/components/schemas/private-user' });
    expect(check(reply.body) ? [] : check.errors).toEqual([]);
  });

  it('GET repository, ref, tree (recursive) and blob', async () => {
    const repo = await call('GET', '/repos/acme/design-tokens');
    expect(repo.status).toBe(200);
    expect(validate('GET', R, 200, repo.body)).toEqual([]);
    const ref = await call('GET', '/repos/acme/design-tokens/git/ref/heads/main');
    expect(validate('GET', `${R}/git/ref/{ref}`, 200, ref.body)).toEqual([]);
    const sha = (ref.body.object as { sha: string }).sha;
    const commit = await call('GET', `/repos/acme/design-tokens/git/commits/${sha}`);
    expect(validate('GET', `${R}/git/commits/{commit_sha}`, 200, commit.body)).toEqual([]);
    const tree = await call('GET', `/repos/acme/design-tokens/git/trees/${sha}?recursive=1`);
    expect(validate('GET', `${R}/git/trees/{tree_sha}`, 200, tree.body)).toEqual([]);
    const entries = tree.body.tree as { path: string; type: string; sha: string }[];
    expect(entries.map((e) => e.path)).toContain('design-tokens/tokens.resolver.json');
    const file = entries.find((e) => e.path === 'design-tokens/tokens.resolver.json')!;
    const blob = await call('GET', `/repos/acme/design-tokens/git/blobs/${file.sha}`);
    expect(validate('GET', `${R}/git/blobs/{file_sha}`, 200, blob.body)).toEqual([]);
    const text = Buffer.from(String(blob.body.content), 'base64').toString('utf8');
    expect(JSON.parse(text)).toHaveProperty('resolutionOrder');
  });

  it('writes: blob → tree → commit → ref → pull request, then list and update it', async () => {
    const head = (await call('GET', '/repos/acme/design-tokens/git/ref/heads/main')).body
      .object as { sha: string };
    const base = await call('GET', `/repos/acme/design-tokens/git/commits/${head.sha}`);
    const blob = await call('POST', '/repos/acme/design-tokens/git/blobs', {
      content: 'a { }\n',
      encoding: 'utf-8',
    });
    expect(blob.status).toBe(201);
    expect(validate('POST', `${R}/git/blobs`, 201, blob.body)).toEqual([]);
    const tree = await call('POST', '/repos/acme/design-tokens/git/trees', {
      base_tree: (base.body.tree as { sha: string }).sha,
      tree: [
        { path: 'design-tokens/extra.css', mode: '100644', type: 'blob', sha: blob.body.sha },
        { path: 'design-tokens/inline.css', mode: '100644', type: 'blob', content: 'b { }\n' },
        { path: 'README.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    expect(tree.status).toBe(201);
    expect(validate('POST', `${R}/git/trees`, 201, tree.body)).toEqual([]);
    const commit = await call('POST', '/repos/acme/design-tokens/git/commits', {
      message: 'Contract',
      tree: tree.body.sha,
      parents: [head.sha],
    });
    expect(commit.status).toBe(201);
    expect(validate('POST', `${R}/git/commits`, 201, commit.body)).toEqual([]);
    const ref = await call('POST', '/repos/acme/design-tokens/git/refs', {
      ref: 'refs/heads/contract',
      sha: commit.body.sha,
    });
    expect(ref.status).toBe(201);
    expect(validate('POST', `${R}/git/refs`, 201, ref.body)).toEqual([]);
    const pull = await call('POST', '/repos/acme/design-tokens/pulls', {
      title: 'T',
      head: 'contract',
      base: 'main',
      body: 'B',
    });
    expect(pull.status).toBe(201);
    expect(validate('POST', `${R}/pulls`, 201, pull.body)).toEqual([]);
    const list = await call('GET', '/repos/acme/design-tokens/pulls?state=open&head=acme:contract');
    expect(validate('GET', `${R}/pulls`, 200, list.body)).toEqual([]);
    expect((list.body as unknown as unknown[]).length).toBe(1);
    const patched = await call(
      'PATCH',
      `/repos/acme/design-tokens/pulls/${String(pull.body.number)}`,
      { body: 'B2' },
    );
    expect(validate('PATCH', `${R}/pulls/{pull_number}`, 200, patched.body)).toEqual([]);
    const moved = await call('PATCH', '/repos/acme/design-tokens/git/refs/heads/contract', {
      sha: head.sha,
      force: false,
    });
    expect(moved.status).toBe(422);
    expect(validate('PATCH', `${R}/git/refs/{ref}`, 422, moved.body)).toEqual([]);
    expect(gh.state.commits.at(-1)?.files.map((f) => `${f.status} ${f.path}`)).toEqual([
      'removed README.md',
      'added design-tokens/extra.css',
      'added design-tokens/inline.css',
    ]);
  });

  it('errors: missing repository and ref, read-only token, bad credentials, rate limit', async () => {
    const hidden = await call(
      'GET',
      '/repos/acme/design-tokens',
      undefined,
      DEMO_GITHUB_TOKENS.otherRepos,
    );
    expect(hidden.status).toBe(404);
    expect(validate('GET', R, 404, hidden.body)).toEqual([]);
    const noRef = await call('GET', '/repos/acme/design-tokens/git/ref/heads/nope');
    expect(noRef.status).toBe(404);
    expect(validate('GET', `${R}/git/ref/{ref}`, 404, noRef.body)).toEqual([]);
    const readOnly = await call(
      'POST',
      '/repos/acme/design-tokens/git/blobs',
      { content: 'x' },
      DEMO_GITHUB_TOKENS.readOnly,
    );
    expect(readOnly.status).toBe(403);
    expect(validate('POST', `${R}/git/blobs`, 403, readOnly.body)).toEqual([]);
    const bad = await call('GET', '/user', undefined, 'github_pat_wrong');
    expect(bad.status).toBe(401);
    expect(validate('GET', '/user', 401, bad.body)).toEqual([]);
    // The read-only token has used one request above: a limit of one leaves none.
    gh.state.config.rateLimit = 1;
    const limited = await call('GET', '/user', undefined, DEMO_GITHUB_TOKENS.readOnly);
    expect(limited.status).toBe(403);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(validate('GET', '/user', 403, limited.body)).toEqual([]);
  });
});
