#!/usr/bin/env node
// `npm run build:cli`: the `tokenport` CLI as one plain-JavaScript file (dist-cli/tokenport.js),
// so an installed package runs on bare Node with no TypeScript loader and no dependencies.
// Runs on `npm pack` / `npm publish` (prepack).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist-cli/tokenport.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Types only at build time; nothing from node_modules is needed at run time.
  packages: 'bundle',
  legalComments: 'none',
  logLevel: 'warning',
});
