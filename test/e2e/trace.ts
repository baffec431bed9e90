/**
 * E2E_TRACE=<file>: for each test, the pages and navigations it opened and the CPU-seconds
 * Chromium and this worker spent on it, one JSON line a test. Run with E2E_WORKERS=1 (with two
 * workers Chromium's CPU cannot be told apart). A setup file, added by vitest.config.ts only
 * when E2E_TRACE is set.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect } from 'vitest';

export const trace = { contexts: 0, navigations: 0, frames: 0 };
(globalThis as { e2eTrace?: typeof trace }).e2eTrace = trace;

const HZ = 100;
/** CPU-seconds of the Chromium processes under the vitest main process (the browser's parent). */
function chromiumSeconds(): number {
  const procs = new Map<number, { ppid: number; ticks: number; chromium: boolean }>();
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const chromium = readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('chromium');
      const ticks = Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14]);
      procs.set(Number(p), { ppid: Number(rest[1]), ticks, chromium });
    } catch {
      // gone
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = procs.get(pid)?.ppid; p; p = procs.get(p)?.ppid) if (p === process.ppid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, p] of procs) if (p.chromium && inTree(pid)) ticks += p.ticks;
  return ticks / HZ;
}

let start = { chromium: 0, node: 0, wall: 0 };
beforeEach(() => {
  trace.contexts = trace.navigations = trace.frames = 0;
  const cpu = process.cpuUsage();
  start = { chromium: chromiumSeconds(), node: (cpu.user + cpu.system) / 1e6, wall: performance.now() };
});
afterEach(() => {
  const cpu = process.cpuUsage();
  const state = expect.getState();
  const line = {
    file: state.testPath?.replace(/.*\/test\/e2e\//, ''),
    test: state.currentTestName,
    ...trace,
    chromium: +(chromiumSeconds() - start.chromium).toFixed(2),
    node: +((cpu.user + cpu.system) / 1e6 - start.node).toFixed(2),
    wall: +((performance.now() - start.wall) / 1000).toFixed(2),
  };
  appendFileSync(process.env.E2E_TRACE ?? '', `${JSON.stringify(line)}\n`);
});
