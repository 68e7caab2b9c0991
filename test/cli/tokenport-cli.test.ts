/**
 * The CLI as users run it: `node bin/tokenport.js …` in a child process, on the demo design
 * system, on broken inputs, and against a local stand-in for api.figma.com.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runProcess } from './run-process.ts';
import type { ProcessRun } from './run-process.ts';
import { designSystemVariables } from '../fixtures/figma/design-system-variables.ts';
import { resolveInside } from '../../src/cli/safe-write.ts';

const BIN = join(ROOT, 'bin/tokenport.js');

function run(
  args: string[],
  env: Record<string, string> = {},
  command = process.execPath,
  prefix = [BIN],
): Promise<ProcessRun> {
  return runProcess(command, [...prefix, ...args], { env: { FIGMA_TOKEN: '', ...env } });
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

let work: string;
let designSystem: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tokenport-cli-'));
  designSystem = join(work, 'design-system.variables.json');
  await writeFile(
    designSystem,
    JSON.stringify({ status: 200, error: false, meta: designSystemVariables() }, null, 2),
  );
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('tokenport CLI', () => {
  it('prints usage for --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('tokenport export --input');
    expect(result.stdout).toContain('--mode-selector');
  });

  it('exports every format from the design-system fixture, warnings on stderr', async () => {
    const out = join(work, 'all');
    const result = await run([
      'export',
      '--input',
      designSystem,
      '--out',
      out,
      '--format',
      'dtcg,css,scss,js,ts,tailwind,swift,android',
    ]);
    expect(result.stderr).not.toMatch(/unexpected error/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^tokenport: \d+ variables from a Figma variables response → \d+ files in /,
    );
    const files = await listFiles(out);
    expect(files).toContain('tokens.resolver.json');
    expect(files.some((file) => file.endsWith('.css'))).toBe(true);
    expect(files.some((file) => file.endsWith('.scss'))).toBe(true);
    expect(files.some((file) => file.endsWith('.swift'))).toBe(true);
    expect(files.some((file) => file.endsWith('.xml'))).toBe(true);
    expect(files.some((file) => file.endsWith('.kt'))).toBe(true);
    expect(files.some((file) => file.endsWith('.ts'))).toBe(true);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    // The fixture holds a remote alias and names that collide once slugged: warnings, one per line.
    const warnings = result.stderr.split('\n').filter((line) => line.startsWith('warning: '));
    expect(warnings.length).toBeGreaterThan(0);
    expect(
      result.stderr
        .trim()
        .split('\n')
        .every((line) => line.startsWith('warning: ')),
    ).toBe(true);
    // The written DTCG reads back as an export (resolver + referenced files).
    const resolver = JSON.parse(await readFile(join(out, 'tokens.resolver.json'), 'utf8')) as {
      version: string;
    };
    expect(resolver.version).toBe('2025.10');
  });

  it('passes --mode-selector to CSS and reports modes that fall back', async () => {
    const byClass = join(work, 'class');
    expect(
      (
        await run([
          'export',
          '--input',
          designSystem,
          '--out',
          byClass,
          '--format',
          'css',
          '--mode-selector',
          'class',
        ])
      ).code,
    ).toBe(0);
    const [cssFile] = (await listFiles(byClass)).filter((file) => file.endsWith('.css'));
    expect(await readFile(join(byClass, cssFile!), 'utf8')).toMatch(/^\.dark \{/m);

    const byMedia = join(work, 'media');
    const result = await run([
      'export',
      '--input',
      designSystem,
      '--out',
      byMedia,
      '--format',
      'css',
      '--mode-selector',
      'media',
    ]);
    expect(result.code).toBe(0);
    expect(await readFile(join(byMedia, cssFile!), 'utf8')).toContain(
      '@media (prefers-color-scheme: dark)',
    );
    expect(result.stderr).toMatch(/^warning: Mode “Compact” of “Density” has no media query/m);
  });

  it('fails with --strict when there are warnings', async () => {
    const result = await run([
      'export',
      '--input',
      designSystem,
      '--out',
      join(work, 'strict'),
      '--format',
      'css',
      '--strict',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^warning: /m);
  });

  it('writes one bundled resolver with --bundle and reads it back as input', async () => {
    const out = join(work, 'bundle');
    const first = await run([
      'export',
      '--input',
      designSystem,
      '--out',
      out,
      '--format',
      'dtcg',
      '--bundle',
    ]);
    expect(first.code).toBe(0);
    expect(await listFiles(out)).toEqual(['tokens.resolver.json']);
    const again = await run([
      'export',
      '--input',
      join(out, 'tokens.resolver.json'),
      '--out',
      join(work, 'rebundle'),
      '--format',
      'css',
    ]);
    expect(again.stderr).not.toMatch(/unexpected error/);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('from DTCG tokens');
  });

  it('reads a multi-file export back from its resolver alone', async () => {
    const out = join(work, 'multi');
    expect(
      (await run(['export', '--input', designSystem, '--out', out, '--format', 'dtcg'])).code,
    ).toBe(0);
    const files = await listFiles(out);
    expect(files.length).toBeGreaterThan(1);
    const again = await run([
      'export',
      '--input',
      join(out, 'tokens.resolver.json'),
      '--out',
      join(work, 'multi-css'),
      '--format',
      'css',
    ]);
    expect(again.stderr).not.toMatch(/unexpected error|not referenced/);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('from DTCG tokens');
  });

  it("reads a folder of Figma's native export", async () => {
    const result = await run([
      'export',
      '--input',
      'test/fixtures/figma-export',
      '--out',
      join(work, 'native'),
      '--format',
      'css',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("variables from Figma's export");
    // The library alias cannot be rebuilt from these files: said once per mode, naming the variable.
    expect(result.stderr).toMatch(
      /^warning: brand-library: aliases "brand\/accent" in "Brand Library"/m,
    );
  });

  it('names the file, line and column of malformed JSON (exit 2)', async () => {
    const broken = join(work, 'broken.json');
    await writeFile(broken, '{\n  "meta": {\n    "variables": {,\n  }\n}\n');
    const result = await run([
      'export',
      '--input',
      broken,
      '--out',
      join(work, 'x'),
      '--format',
      'css',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${broken} at $: invalid JSON at line 3, column 19: unexpected ","`,
    );
  });

  it('names the file and JSON path of a wrong shape (exit 2)', async () => {
    const meta = designSystemVariables();
    const first = Object.keys(meta.variables)[0]!;
    (meta.variables[first] as unknown as Record<string, unknown>).valuesByMode = [];
    const bad = join(work, 'bad-shape.json');
    await writeFile(bad, JSON.stringify({ meta }));
    const result = await run(['export', '--input', bad, '--out', join(work, 'y')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `$.meta.variables[${JSON.stringify(first)}].valuesByMode: expected an object, found an array`,
    );
  });

  it('refuses alias cycles, naming every variable, and writes nothing (exit 2)', async () => {
    const meta = designSystemVariables();
    const [a, b] = Object.values(meta.variables).filter((v) => v.name.startsWith('space/'));
    const modeA = Object.keys(a!.valuesByMode)[0]!;
    a!.valuesByMode[modeA] = { type: 'VARIABLE_ALIAS', id: b!.id };
    b!.valuesByMode[modeA] = { type: 'VARIABLE_ALIAS', id: a!.id };
    const cyclic = join(work, 'cycle.json');
    await writeFile(cyclic, JSON.stringify({ meta }));
    const out = join(work, 'cycle-out');
    const result = await run(['export', '--input', cyclic, '--out', out, '--format', 'css']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error: Alias cycle: ${a!.name} → ${b!.name} → ${a!.name}`);
    await expect(readdir(out)).rejects.toThrow();
  });

  it('rejects a missing input file (exit 2)', async () => {
    const result = await run([
      'export',
      '--input',
      join(work, 'nope.json'),
      '--out',
      join(work, 'z'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('file not found');
  });

  it('rejects bad flags with usage (exit 2)', async () => {
    for (const args of [
      ['export', '--input', designSystem],
      ['export', '--input', designSystem, '--out', work, '--format', 'css,figma'],
      ['export', '--input', designSystem, '--out', work, '--mode-selector', 'hover'],
      ['export', '--input', designSystem, '--out', work, '--wat'],
      ['import'],
      [],
    ]) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage:');
    }
  });

  it('runs through npx from the repository root', async () => {
    const result = await run(
      ['tokenport', '--help'],
      {},
      process.platform === 'win32' ? 'npx.cmd' : 'npx',
      ['--no-install'],
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage:');
  });
});

describe('tokenport export --file', () => {
  let server: ReturnType<typeof createServer>;
  let base: string;
  const seen: { url: string; token: string | undefined }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url ?? '', token: req.headers['x-figma-token'] as string | undefined });
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/v1/files/DSYSacme0000000000000001/variables/local') {
        res.end(JSON.stringify({ status: 200, error: false, meta: designSystemVariables() }));
      } else if (req.url === '/v1/files/GRACEds00000000000000008/variables/local') {
        res.statusCode = 403;
        res.end(JSON.stringify({ status: 403, error: true, message: 'Limited by Figma plan' }));
      } else {
        res.statusCode = 404;
        res.end(JSON.stringify({ status: 404, error: true, message: 'Not found' }));
      }
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((closed) => server.close(closed));
  });

  it('fetches the variables with X-Figma-Token and never prints the token', async () => {
    const token = 'figd_secret-test-token';
    const out = join(work, 'fetched');
    const result = await run(
      ['export', '--file', 'DSYSacme0000000000000001', '--out', out, '--format', 'css'],
      { FIGMA_TOKEN: token, FIGMA_API_BASE: base },
    );
    expect(result.code).toBe(0);
    expect(seen.at(-1)).toEqual({
      url: '/v1/files/DSYSacme0000000000000001/variables/local',
      token,
    });
    expect(result.stdout + result.stderr).not.toContain(token);
    expect((await listFiles(out)).some((file) => file.endsWith('.css'))).toBe(true);
  });

  it('explains the Enterprise-only 403 (exit 1)', async () => {
    const token = 'figd_other-secret';
    const result = await run(
      ['export', '--file', 'GRACEds00000000000000008', '--out', join(work, 'g')],
      { FIGMA_TOKEN: token, FIGMA_API_BASE: base },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Figma answered 403: Limited by Figma plan');
    expect(result.stderr).toContain('Enterprise');
    expect(result.stderr).not.toContain(token);
  });

  it('needs FIGMA_TOKEN (exit 2)', async () => {
    const result = await run(
      ['export', '--file', 'DSYSacme0000000000000001', '--out', join(work, 'h')],
      { FIGMA_API_BASE: base },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('FIGMA_TOKEN');
  });
});

describe('resolveInside', () => {
  it('keeps output inside --out', () => {
    expect(resolveInside('/tmp/out', 'tokens/a.tokens.json')).toBe(
      resolve('/tmp/out/tokens/a.tokens.json'),
    );
    expect(() => resolveInside('/tmp/out', '../escape.css')).toThrow(/"\.\." is not allowed/);
    expect(() => resolveInside('/tmp/out', 'tokens/../../escape.css')).toThrow(
      /"\.\." is not allowed/,
    );
    expect(() => resolveInside('/tmp/out', '/etc/passwd')).toThrow(/must be relative/);
    expect(() => resolveInside('/tmp/out', 'C:\\evil.css')).toThrow(/must be relative/);
    expect(() => resolveInside('/tmp/out', '')).toThrow(/must be relative/);
  });
});
