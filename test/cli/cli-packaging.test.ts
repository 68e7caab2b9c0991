/**
 * The CLI as someone outside this repository meets it: installed from the packed tarball (no tsx,
 * no TypeScript, no devDependencies), and handed outputs it cannot write or inputs it cannot read.
 * Every failure is one line on stderr with an exit code, never a stack trace.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runProcess } from './run-process.ts';
import { designSystemVariables } from '../fixtures/figma/design-system-variables.ts';

const exec = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const run = (bin: string, args: string[], cwd = ROOT) =>
  runProcess(process.execPath, [bin, ...args], { cwd });

let work: string;
let input: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tokenport-pack-'));
  input = join(work, 'design-system.variables.json');
  await writeFile(
    input,
    JSON.stringify({ status: 200, error: false, meta: designSystemVariables() }),
  );
});
afterAll(() => rm(work, { recursive: true, force: true }));

function expectOneLine(stderr: string) {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr.trim().split('\n')).toHaveLength(1);
}

describe('errors a user can act on', () => {
  const BIN = join(ROOT, 'bin/tokenport.js');

  it('an --out that is a file: one line, exit 2, nothing written', async () => {
    const file = join(work, 'not-a-dir.txt');
    await writeFile(file, 'keep me');
    const result = await run(BIN, ['export', '--input', input, '--out', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^tokenport: cannot write to --out .*not-a-dir\.txt: it is a file, not a directory\n$/,
    );
    expectOneLine(result.stderr);
  });

  it('an --out below a file (unwritable path): one line, exit 2', async () => {
    const file = join(work, 'plain-file');
    await writeFile(file, '');
    const result = await run(BIN, ['export', '--input', input, '--out', join(file, 'tokens')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^tokenport: cannot write to --out .*: a part of the path is a file, not a directory\n$/,
    );
    expectOneLine(result.stderr);
  });

  it('$value nested 50,000 deep: a clear one-line error, exit 2', async () => {
    const deep = join(work, 'deep.tokens.json');
    const depth = 50_000;
    await writeFile(
      deep,
      `{"color":{"$type":"color","$value":${'{"$value":'.repeat(depth)}"#fff"${'}'.repeat(depth)}}}`,
    );
    const result = await run(BIN, ['export', '--input', deep, '--out', join(work, 'deep-out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tokenport: /);
    expect(result.stderr).not.toMatch(/RangeError|Maximum call stack/);
    expectOneLine(result.stderr);
  });
});

describe('the packed package', () => {
  it('installs from its tarball and runs --help and an export with no TypeScript tooling', async () => {
    const packDir = join(work, 'pack');
    const app = join(work, 'app');
    await mkdir(packDir, { recursive: true });
    await mkdir(app, { recursive: true });
    await exec(NPM, ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT });
    const [tarball] = (await readdir(packDir)).filter((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    await writeFile(join(app, 'package.json'), '{"name":"consumer","private":true}');
    // The registry only for what the npm cache lacks; devDependencies are never installed.
    await exec(
      NPM,
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        join(packDir, tarball ?? ''),
      ],
      { cwd: app },
    );
    const installed = join(app, 'node_modules/tokenport');
    const shipped = await readdir(installed);
    expect(shipped).not.toContain('src');
    expect(await readdir(join(app, 'node_modules'))).not.toContain('tsx');
    const bin = join(installed, 'bin/tokenport.js');

    const help = await run(bin, ['--help'], app);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('tokenport export --input');

    const out = join(app, 'tokens');
    const exported = await run(
      bin,
      ['export', '--input', input, '--out', out, '--format', 'css'],
      app,
    );
    expect(exported.stderr).not.toMatch(/unexpected error|ERR_/);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(
      /^tokenport: \d+ variables from a Figma variables response → \d+ files/,
    );
    expect(
      (await readdir(out, { recursive: true })).some((name) => String(name).endsWith('.css')),
    ).toBe(true);
  }, 300_000);
});
