#!/usr/bin/env node
// `npm start`: with no Appwrite endpoint configured, run the bundled emulator and the app together
// so a newcomer can sign in with a demo Figma user; with one configured, run only the app.
import { spawn } from 'node:child_process';
import { loadEnv } from 'vite';

const env = { ...loadEnv('development', process.cwd(), 'VITE_'), ...process.env };
const configured = Boolean(env.VITE_APPWRITE_ENDPOINT?.trim());
const children = [];

function run(command, args, extraEnv = {}) {
  const child = spawn(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv },
  });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM' && signal !== 'SIGINT') shutdown(code ?? 1);
  });
  return child;
}

function shutdown(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

if (configured) {
  console.log(
    `Tokenport → Appwrite at ${env.VITE_APPWRITE_ENDPOINT} (project ${env.VITE_APPWRITE_PROJECT_ID ?? '?'})`,
  );
} else {
  console.log(
    'No VITE_APPWRITE_ENDPOINT configured: starting the local Appwrite + Figma emulator.',
  );
  run(process.execPath, ['--import', 'tsx', 'test/emulator/cli.ts']);
}
run(process.execPath, ['node_modules/vite/bin/vite.js', '--host', 'localhost']);
