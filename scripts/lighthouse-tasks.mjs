#!/usr/bin/env node
// What makes up `npm run lighthouse`'s total blocking time, task by task:
// `LIGHTHOUSE_TRACE=1 npm run lighthouse && npm run lighthouse-tasks -- [variables|tokens]`.
//
// Lighthouse's mobile preset does not slow the page down while it records; it simulates a 4×
// slower CPU from the trace (or the multiplier the run was given). So at 4× a task of 12.5 ms in
// the trace counts as 50 ms, and every task longer than that adds (4 × duration − 50) ms once it
// starts after the first contentful paint.
// This lists those tasks with what ran inside them (trace events, and sampled functions when the
// trace was recorded with LIGHTHOUSE_TRACE=profile). Their sum comes close to the reported TBT;
// it is not the same number, because Lighthouse also re-times the page's network requests.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const OUT_DIR = 'node_modules/.cache/tokenport-lighthouse';
const PRESET_SLOWDOWN = 4;
const LONG_MS = 50;

const isTask = (e) =>
  e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
const ms = (us) => us / 1000;
const top = (counts, n) => [...counts].sort((a, b) => b[1] - a[1]).slice(0, n);
const add = (counts, key, value) => counts.set(key, (counts.get(key) ?? 0) + value);

/** The renderer thread that ran the measured page: the one with the most tasks. */
function pageThread(events) {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const taskCount = (m) =>
    events.filter((e) => e.pid === m.pid && e.tid === m.tid && isTask(e)).length;
  return mains.reduce((best, m) => (taskCount(m) > taskCount(best) ? m : best));
}

/** CPU samples of that thread, as [time, node id], with the call tree to name them. */
function cpuSamples(events, thread) {
  const profiles = new Set(
    events
      .filter((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid)
      .map((e) => e.id),
  );
  const nodes = new Map();
  const samples = [];
  let time = 0;
  for (const e of events) {
    if (e.pid !== thread.pid || !profiles.has(e.id)) continue;
    if (e.name === 'Profile') time = e.args.data.startTime;
    if (e.name !== 'ProfileChunk') continue;
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
    for (const node of cpuProfile.nodes ?? []) nodes.set(node.id, node);
    (cpuProfile.samples ?? []).forEach((id, i) => samples.push([(time += timeDeltas[i]), id]));
  }
  return { nodes, samples };
}

function frameName(node) {
  const { functionName, url = '', lineNumber = 0 } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
}

function eventName(e) {
  const data = e.args?.data ?? {};
  if (e.name === 'FunctionCall' && data.url)
    return `FunctionCall ${data.functionName || '(anonymous)'} ${data.url.split('/').pop()}`;
  if (e.name === 'EventDispatch') return `EventDispatch ${data.type}`;
  return e.name;
}

/** The run's own multiplier (LIGHTHOUSE_CPU_SLOWDOWN can change it), from its report. */
function slowdownOf(page) {
  try {
    const lhr = JSON.parse(readFileSync(path.join(OUT_DIR, `report-${page}.json`), 'utf8'));
    return lhr.configSettings?.throttling?.cpuSlowdownMultiplier ?? PRESET_SLOWDOWN;
  } catch {
    return PRESET_SLOWDOWN;
  }
}

function report(page) {
  const CPU_SLOWDOWN = slowdownOf(page);
  const file = path.join(OUT_DIR, `trace-${page}.json`);
  const trace = JSON.parse(readFileSync(file, 'utf8'));
  const events = trace.traceEvents ?? trace;
  const thread = pageThread(events);
  const onThread = events.filter(
    (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X',
  );
  const start =
    events.find((e) => e.name === 'navigationStart' && e.pid === thread.pid)?.ts ?? onThread[0].ts;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === thread.pid)?.ts;
  const { nodes, samples } = cpuSamples(events, thread);
  const long = onThread.filter((e) => isTask(e) && ms(e.dur) * CPU_SLOWDOWN > LONG_MS);
  // A task nested in another (the scheduler runs some inside others) is counted with its parent.
  const outer = long.filter(
    (t) =>
      !long.some((o) => o !== t && o.dur > t.dur && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur),
  );

  console.log(`\n${page}: ${file}`);
  console.log(
    `first contentful paint at ${fcp ? ms(fcp - start).toFixed(0) : '?'} ms (trace time)`,
  );
  let blocking = 0;
  for (const task of outer) {
    const counted = fcp !== undefined && task.ts >= fcp;
    const cost = Math.max(0, ms(task.dur) * CPU_SLOWDOWN - LONG_MS);
    if (counted) blocking += cost;
    const inside = new Map();
    for (const e of onThread)
      if (e !== task && !isTask(e) && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
        add(inside, eventName(e), e.dur);
    console.log(
      `\n@${ms(task.ts - start).toFixed(0)} ms  ${ms(task.dur).toFixed(1)} ms → ${Math.round(ms(task.dur) * CPU_SLOWDOWN)} ms at ${CPU_SLOWDOWN}×, ` +
        (counted ? `blocks ${Math.round(cost)} ms` : 'before first paint, not counted'),
    );
    console.log(
      `  events: ${top(inside, 6)
        .map(([name, us]) => `${name} ${ms(us).toFixed(1)}`)
        .join(' | ')}`,
    );
    // Self time names the leaves (often the browser's own functions); time including callees
    // names the app's code that led there.
    const self = new Map();
    const including = new Map();
    let total = 0;
    for (const [time, id] of samples) {
      if (time < task.ts || time > task.ts + task.dur || !nodes.has(id)) continue;
      total++;
      add(self, frameName(nodes.get(id)), 1);
      const seen = new Set();
      for (let node = nodes.get(id); node; node = nodes.get(node.parent)) seen.add(frameName(node));
      for (const name of seen) if (!/^\((root|program|idle)\)/.test(name)) add(including, name, 1);
    }
    const share = (list) =>
      list.map(([name, n]) => `${Math.round((100 * n) / total)}% ${name}`).join(' | ');
    if (total) {
      console.log(`  sampled, self: ${share(top(self, 6))}`);
      console.log(`  sampled, including callees: ${share(top(including, 10))}`);
    }
  }
  console.log(`\nblocking after first paint, summed: ${Math.round(blocking)} ms`);
}

const pages = process.argv.slice(2);
for (const page of pages.length ? pages : ['variables', 'tokens']) report(page);
