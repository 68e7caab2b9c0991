#!/usr/bin/env node
// The `tokenport` command. An installed package runs the plain-JavaScript build in dist-cli/ (made
// by `npm run build:cli`, which `npm pack` runs first) and needs nothing but Node. In a checkout of
// the repository the TypeScript source runs through tsx instead, so edits take effect at once and
// tests never run a stale build.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/index.ts', import.meta.url);
const built = new URL('../dist-cli/tokenport.js', import.meta.url);

async function tsxLoader() {
  try {
    return await import('tsx/esm/api');
  } catch {
    return undefined;
  }
}

const loader = existsSync(source) ? await tsxLoader() : undefined;
if (loader) {
  loader.register();
  await import(source.href);
} else if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write('tokenport: the CLI is not built; run `npm run build:cli` first\n');
  process.exitCode = 2;
}
