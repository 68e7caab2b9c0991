#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader (a devDependency), so `npx tokenport …` works on a
// fresh clone after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
