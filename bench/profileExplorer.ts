/**
 * Where the main thread's time goes: a CDP CPU profile of timeline steps (or of a load),
 * taken on an unminified build so that functions keep their names, and attributed to the
 * source file through the `//#region <file>` comments the bundler writes around each module.
 * MapLibre's worker runs on its own thread and is not in these profiles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ExplorerSession, sleep } from './ExplorerSession.ts';
import type { MeasureOptions } from './measureExplorer.ts';
import { sweepKeys } from './measureExplorer.ts';
import { median } from './stats.ts';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileEntry {
  function: string;
  /** Source file (src/…, node_modules/<package>/…) or the URL when no region names one. */
  file: string;
  selfMs: number;
  totalMs: number;
  /** Shares of the busy time (everything but idle). */
  selfPct: number;
  totalPct: number;
}

export interface ProfileSummary {
  what: string;
  /** Timings measured while profiling (the profiler slows the page a little). */
  note: string;
  durationMs: number;
  busyMs: number;
  gcMs: number;
  /** Native work V8 attributes to no function: layout, style, paint, parsing, GC bookkeeping. */
  programMs: number;
  topSelf: ProfileEntry[];
  /** Inclusive time of the app's own functions (src/): which of our calls lead to the work. */
  topTotalInSrc: ProfileEntry[];
  byFile: { file: string; selfMs: number; selfPct: number }[];
}

/**
 * Maps a line of a built file to the module it comes from: unminified, the bundler starts
 * each module with a comment naming it (`// src/data/deriveView.ts`, or `//#region …`).
 */
function moduleLocator(siteDir: string): (url: string, line: number) => string {
  const cache = new Map<string, (string | null)[]>();
  const marker = /^\/\/(?:#region)? (?:\0)?(\S+\.[cm]?[jt]sx?(?:\?\S*)?)$/;
  return (url, line) => {
    if (!url) return '(native)';
    let path: string;
    try {
      path = join(siteDir, decodeURIComponent(new URL(url).pathname));
    } catch {
      return url;
    }
    let lines = cache.get(path);
    if (!lines) {
      lines = [];
      if (existsSync(path)) {
        let current: string | null = null;
        for (const text of readFileSync(path, 'utf8').split('\n')) {
          const m = marker.exec(text);
          if (m) current = m[1] ?? null;
          lines.push(current);
        }
      }
      cache.set(path, lines);
    }
    return lines[line] ?? new URL(url).pathname;
  };
}

/** Pseudo-functions of V8's profiler: time that belongs to no JavaScript function. */
const VM_STATES = new Set(['(program)', '(garbage collector)', '(idle)', '(root)']);

const packageOf = (file: string) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  return m ? `node_modules/${m[1]}` : file;
};

export function summarizeProfile(profile: CpuProfile, siteDir: string, what: string, note: string, top = 15): ProfileSummary {
  const locate = moduleLocator(siteDir);
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = new Map<number, { key: string; fn: string; file: string }>();
  for (const n of profile.nodes) {
    const fn = n.callFrame.functionName || '(anonymous)';
    const file = locate(n.callFrame.url, n.callFrame.lineNumber);
    keyOf.set(n.id, { key: `${fn}\u0000${file}`, fn, file });
  }

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const fileSelf = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let idle = 0;
  let gc = 0;
  let program = 0;
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next one.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const id = samples[i] as number;
    const k = keyOf.get(id);
    if (!k) continue;
    if (k.fn === '(idle)') {
      idle += ms;
      continue;
    }
    if (k.fn === '(garbage collector)') gc += ms;
    if (k.fn === '(program)') program += ms;
    self.set(k.key, (self.get(k.key) ?? 0) + ms);
    const pkg = VM_STATES.has(k.fn) ? k.fn : packageOf(k.file);
    fileSelf.set(pkg, (fileSelf.get(pkg) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf.get(at)?.key;
      if (key && !seen.has(key)) {
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + ms);
      }
    }
  }
  const durationMs = (profile.endTime - profile.startTime) / 1000;
  const busyMs = durationMs - idle;
  const pct = (ms: number) => Math.round((ms / busyMs) * 1000) / 10;
  const r = (ms: number) => Math.round(ms * 10) / 10;
  const entry = (key: string): ProfileEntry => {
    const [fn, file] = key.split('\u0000') as [string, string];
    const s = self.get(key) ?? 0;
    const t = total.get(key) ?? 0;
    return { function: fn, file, selfMs: r(s), totalMs: r(t), selfPct: pct(s), totalPct: pct(t) };
  };
  return {
    what,
    note,
    durationMs: r(durationMs),
    busyMs: r(busyMs),
    gcMs: r(gc),
    programMs: r(program),
    topSelf: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k]) => entry(k)),
    topTotalInSrc: [...total]
      .filter(([k]) => k.includes('\u0000src/'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k]) => entry(k)),
    byFile: [...fileSelf]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([file, ms]) => ({ file, selfMs: r(ms), selfPct: pct(ms) })),
  };
}

async function startProfiler(session: ExplorerSession) {
  const cdp = await session.cdp();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => (await cdp.send('Profiler.stop')).profile as unknown as CpuProfile;
}

/** A CPU profile of 20 timeline steps (after 4 unprofiled ones), on the page's main thread. */
export async function profileSteps(
  browser: Browser,
  siteDir: string,
  baseUrl: string,
  o: MeasureOptions,
): Promise<ProfileSummary> {
  const session = await ExplorerSession.open(browser, siteDir);
  try {
    const loaded = await session.load(new URL('?bench', baseUrl).href, o.loadTimeoutMs);
    if (!loaded) throw new Error('profile: the page did not load in time');
    const [min, max] = await session.focusTimeline();
    await session.step('Home', o.stepTimeoutMs);
    const keys = sweepKeys(24, max - min);
    for (const key of keys.slice(0, 4)) await session.step(key, o.stepTimeoutMs);
    const stop = await startProfiler(session);
    const times: number[] = [];
    for (const key of keys.slice(4)) {
      const s = await session.step(key, o.stepTimeoutMs);
      if (s && !('timedOut' in s)) times.push(s.paintedAt - s.keyAt);
      await sleep(50);
    }
    const profile = await stop();
    const m = median(times);
    return summarizeProfile(
      profile,
      siteDir,
      `${keys.length - 4} timeline steps`,
      `median step while profiling: ${typeof m === 'number' ? m.toFixed(1) : 'n/a'} ms (unminified build, sampling every 200 µs)`,
    );
  } finally {
    await session.close();
  }
}

/**
 * A CPU profile of one load. The profiler is started on a same-origin page (sources.json) so
 * that it is running, in the same renderer, when the explorer's first script runs.
 */
export async function profileLoad(
  browser: Browser,
  siteDir: string,
  baseUrl: string,
  o: MeasureOptions,
): Promise<ProfileSummary> {
  const session = await ExplorerSession.open(browser, siteDir);
  try {
    await session.page.goto(new URL('data/sources.json', baseUrl).href);
    const stop = await startProfiler(session);
    const loaded = await session.load(new URL('?bench', baseUrl).href, o.loadTimeoutMs);
    const profile = await stop();
    return summarizeProfile(
      profile,
      siteDir,
      'one load to the first complete view',
      loaded ? `load while profiling: ${Math.round(loaded.painted)} ms (unminified build)` : 'the load timed out',
    );
  } finally {
    await session.close();
  }
}
