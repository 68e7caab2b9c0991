/**
 * Finding and running the real toolchains. A missing tool fails the test with the command that
 * installs it: a suite that did not run is a failure, never a skip.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../../src/tokens/formats.ts';

export function requireTool(command: string, install: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (found.status !== 0 || !path)
    throw new Error(
      `${command} is not installed, so this output was not compiled. Install it: ${install}`,
    );
  return path;
}

export function run(
  command: string,
  args: string[],
  timeoutMs = 240_000,
): { code: number; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** Writes `files` under a fresh temporary directory (prefixed by `label`); returns their paths. */
export function writeOutputs(label: string, files: OutputFile[]): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), `tokenport-${label}-`));
  const paths = files.map((file) => {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
    return path;
  });
  return { dir, paths };
}
