/** Runs a command as a separate process and collects its exit code and output, for CLI tests. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runProcess(
  command: string,
  args: string[],
  { cwd = ROOT, env = {} }: { cwd?: string; env?: Record<string, string> } = {},
): Promise<ProcessRun> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The CLI from source, with no Figma token in its environment. */
export function runCliSource(args: string[]): Promise<ProcessRun> {
  return runProcess(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    env: { FIGMA_TOKEN: '' },
  });
}
