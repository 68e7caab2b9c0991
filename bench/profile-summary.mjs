/**
 * Self time per function (and per file) from a V8 .cpuprofile, highest first:
 * `node bench/profile-summary.mjs <file.cpuprofile>...` (PROFILE_ROWS rows, 40 by default;
 * several files are summed, as tsx's loader thread writes a profile of its own). Self time is
 * what a function spent in its own code, so the list points at the code to change rather than at
 * its callers.
 */
import { readFileSync } from 'node:fs';

const rows = Number(process.env.PROFILE_ROWS ?? 40);
const perFunction = new Map();
const perFile = new Map();
let total = 0;
for (const file of process.argv.slice(2)) add(JSON.parse(readFileSync(file, 'utf8')));

function add(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (let i = 0; i < profile.samples.length; i++) {
    const { callFrame } = byId.get(profile.samples[i]);
    count(callFrame, profile.timeDeltas[i] ?? 0);
  }
}

function count(callFrame, us) {
  const where = callFrame.url.replace(/^.*\/(src|bench|test|node_modules)\//, '$1/');
  const key = `${callFrame.functionName || '(anonymous)'}  ${where}:${callFrame.lineNumber + 1}`;
  perFunction.set(key, (perFunction.get(key) ?? 0) + us);
  perFile.set(where || '(native)', (perFile.get(where || '(native)') ?? 0) + us);
  total += us;
}

const print = (title, map, limit) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit))
    console.log(
      `${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`,
    );
};
console.log(`total ${(total / 1000).toFixed(1)} ms`);
print('self time per function', perFunction, rows);
print('self time per file', perFile, 20);
