/**
 * `tokenport export --deleted skip|separate` and `--library inline|skip`, run as a user runs them
 * (`node --import tsx src/cli/index.ts` in a child process) on a saved variables/local response
 * holding both kinds: the demo file, a library variable a local one aliases, and a variable deleted
 * in Figma that shares a live variable's name and is still referenced. Whatever the flags, the
 * files written plan no change when written back to that response.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliSource } from './run-process.ts';
import { readDtcgExport } from '../../src/tokens/dtcg/read.ts';
import type { FigmaVariablesInput } from '../../src/tokens/model.ts';
import { buildChangeSet } from '../../src/tokens/writeback/build-change-set.ts';
import { designSystemVariables } from '../fixtures/figma/design-system-variables.ts';

const DELETED_ID = 'VariableID:1:990';
const LIBRARY_USER = 'color/brand/accent';

const cli = runCliSource;

/** The demo file plus `color/gray/900` deleted in Figma, still aliased by `color/text/primary`. */
function savedResponse(): FigmaVariablesInput {
  const meta = designSystemVariables();
  const named = (name: string) => Object.values(meta.variables).find((v) => v.name === name)!;
  const live = named('color/gray/900');
  meta.variables[DELETED_ID] = {
    ...live,
    id: DELETED_ID,
    key: 'key-deleted-gray-900',
    valuesByMode: { '1:0': { r: 0.1, g: 0.1, b: 0.1, a: 1 } },
    deletedButReferenced: true,
  };
  const user = named('color/text/primary');
  const [light] = Object.keys(user.valuesByMode) as [string];
  user.valuesByMode[light] = { type: 'VARIABLE_ALIAS', id: DELETED_ID };
  return meta;
}

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenport-flags-'));
  input = join(dir, 'variables.json');
  await writeFile(input, JSON.stringify({ status: 200, error: false, meta: savedResponse() }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function filesIn(out: string): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(out, { recursive: true })).filter((name) => name.endsWith('.json'));
  return Promise.all(
    names.sort().map(async (name) => ({
      name: relative(out, join(out, name)),
      text: await readFile(join(out, name), 'utf8'),
    })),
  );
}

async function exportWith(flags: string[]) {
  const out = await mkdtemp(join(dir, 'out-'));
  const run = await cli(['export', '--input', input, '--out', out, ...flags]);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return { run, files: run.code === 0 ? await filesIn(out) : [] };
}

type Json = Record<string, unknown>;
const at = (files: { name: string; text: string }[], name: string, ...path: string[]) =>
  path.reduce<unknown>(
    (node, key) => (node as Json | undefined)?.[key],
    JSON.parse(files.find((file) => file.name === name)?.text ?? '{}') as unknown,
  );
const figmaOf = (token: unknown) => (token as Json)?.$extensions as Json | undefined;

describe('tokenport export --deleted', () => {
  it('skip (the default): the deleted variable is left out, its user gets its value', async () => {
    const skip = await exportWith(['--deleted', 'skip']);
    const byDefault = await exportWith([]);
    expect(skip.run.code).toBe(0);
    expect(byDefault.files).toEqual(skip.files);
    expect(skip.files.map((f) => f.text).join('\n')).not.toContain(DELETED_ID);
    const gray = at(skip.files, 'tokens/primitives.tokens.json', 'primitives', 'color', 'gray');
    expect(figmaOf((gray as Json)['900'])?.['com.figma']).toMatchObject({
      variableId: expect.not.stringMatching(DELETED_ID),
      name: 'color/gray/900',
    });
    const text = 'tokens/semantic/light.tokens.json';
    expect(at(skip.files, text, 'semantic', 'color', 'text', 'primary', '$value')).toMatchObject({
      hex: '#1a1a1a',
    });
    expect(skip.run.stderr).toMatch(/warning: color\/gray\/900: .*deleted in Figma.*not exported/);
  });

  it('separate: exported apart, deprecated, still aliased; the live name stays live', async () => {
    const { run, files } = await exportWith(['--deleted', 'separate']);
    expect(run.code).toBe(0);
    const deleted = files
      .flatMap((file) => [...file.text.matchAll(/"variableId": "VariableID:1:990"/g)])
      .map(() => true);
    expect(deleted.length).toBeGreaterThan(0);
    const primary = at(
      files,
      'tokens/semantic/light.tokens.json',
      'semantic',
      'color',
      'text',
      'primary',
    ) as Json;
    expect(primary.$value).toMatch(/^\{primitives\.color\.[^}]+\}$/);
    const target = String(primary.$value).slice(1, -1).split('.');
    const node = at(files, 'tokens/primitives.tokens.json', ...target) as Json;
    expect(node.$deprecated).toMatch(/Deleted in Figma/);
    expect(figmaOf(node)?.['com.figma']).toMatchObject({
      variableId: DELETED_ID,
      deletedButReferenced: true,
    });
    const gray = at(files, 'tokens/primitives.tokens.json', 'primitives', 'color', 'gray', '900');
    expect(figmaOf(gray)?.['com.figma']).toMatchObject({ name: 'color/gray/900' });
    expect(figmaOf(gray)?.['com.figma']).not.toMatchObject({ variableId: DELETED_ID });
    expect(run.stderr).toMatch(/warning: color\/gray\/900: .*exported apart/);
  });

  it('--strict turns the warnings into exit 1; an unknown choice is exit 2 naming both', async () => {
    expect((await exportWith(['--deleted', 'separate', '--strict'])).run.code).toBe(1);
    const bad = await exportWith(['--deleted', 'keep']);
    expect(bad.run.code).toBe(2);
    expect(bad.run.stderr).toContain('unknown --deleted "keep"; expected skip or separate');
    const missing = await exportWith(['--deleted']);
    expect(missing.run.code).toBe(2);
    expect(missing.run.stderr).toContain('--deleted needs a value');
  });
});

describe('tokenport export --library', () => {
  it('inline (the default): the library value is copied into the local variable', async () => {
    const inline = await exportWith(['--library', 'inline']);
    expect(inline.run.code).toBe(0);
    expect((await exportWith([])).files).toEqual(inline.files);
    const accent = at(
      inline.files,
      'tokens/semantic/light.tokens.json',
      'semantic',
      ...LIBRARY_USER.split('/'),
    ) as Json;
    expect(accent.$value).toMatchObject({ hex: '#f59e0b' });
    expect(figmaOf(accent)?.['com.figma']).toHaveProperty('libraryAlias');
  });

  it('skip: the library value and the local variable left without one are out', async () => {
    const { run, files } = await exportWith(['--library', 'skip']);
    expect(run.code).toBe(0);
    expect(
      at(files, 'tokens/semantic/light.tokens.json', 'semantic', ...LIBRARY_USER.split('/')),
    ).toBeUndefined();
    expect(run.stderr).toMatch(/color\/brand\/accent.*library variables are skipped/);
    const bad = await exportWith(['--library', 'link']);
    expect(bad.run.code).toBe(2);
    expect(bad.run.stderr).toContain('unknown --library "link"; expected inline or skip');
  });
});

describe('the files each choice writes, written back to the same response', () => {
  it.each([
    [['--deleted', 'skip']],
    [['--deleted', 'separate']],
    [['--library', 'inline']],
    [['--library', 'skip']],
    [['--deleted', 'separate', '--library', 'skip']],
  ])('%j plan nothing, even with deletes allowed', async (flags) => {
    const { run, files } = await exportWith(flags);
    expect(run.code).toBe(0);
    for (const allowDelete of [false, true]) {
      const changeSet = buildChangeSet(savedResponse(), readDtcgExport(files), { allowDelete });
      expect(changeSet.errors).toEqual([]);
      expect(changeSet.preview.rows).toEqual([]);
      expect(changeSet.empty).toBe(true);
      if (allowDelete && flags.includes('skip') && flags.includes('--library'))
        expect(changeSet.warnings).toContainEqual(
          expect.objectContaining({ code: 'library-only-kept', variable: LIBRARY_USER }),
        );
    }
  });
});
