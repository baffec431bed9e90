/**
 * What a CPU profile calls "(program)": a Chrome trace of timeline steps, summed per thread
 * of every process (renderer main thread, GPU process, MapLibre's worker, compositor,
 * raster workers) and, within each, by the self time of each trace event. With WebGL on
 * SwiftShader the map is drawn on the CPU, in the GPU process, and the page's main thread
 * waits for it (CommandBufferProxyImpl::WaitForGetOffset).
 */
import type { Browser } from 'playwright-core';
import { ExplorerSession } from './ExplorerSession.ts';
import { sweepKeys, type MeasureOptions } from './measureExplorer.ts';

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export interface ThreadSummary {
  thread: string;
  /** Time covered by the thread's outermost events, per step. */
  busyMsPerStep: number;
  /** The events with the most self time (their time minus that of events nested in them), per step. */
  top: { event: string; selfMsPerStep: number }[];
}

export interface TraceSummary {
  what: string;
  steps: number;
  stepMedianMs: number | null;
  threads: ThreadSummary[];
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink',
  'cc',
  'gpu',
  'disabled-by-default-v8.gc',
];

export function summarizeTrace(events: TraceEvent[], steps: number, top = 6): ThreadSummary[] {
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const k = `${e.pid}:${e.tid}`;
    const list = byThread.get(k) ?? [];
    list.push(e);
    byThread.set(k, list);
  }
  // Threads of the same name (raster workers, a thread pool) are summed.
  const grouped = new Map<string, { busy: number; self: Map<string, number> }>();
  for (const [k, list] of byThread) {
    const name = threadName.get(k) ?? k;
    const g = grouped.get(name) ?? { busy: 0, self: new Map<string, number>() };
    grouped.set(name, g);
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const stack: TraceEvent[] = [];
    for (const e of list) {
      while (stack.length && (stack.at(-1)?.ts ?? 0) + (stack.at(-1)?.dur ?? 0) <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) g.self.set(parent.name, (g.self.get(parent.name) ?? 0) - (e.dur ?? 0));
      else g.busy += e.dur ?? 0;
      g.self.set(e.name, (g.self.get(e.name) ?? 0) + (e.dur ?? 0));
      stack.push(e);
    }
  }
  const perStep = (us: number) => Math.round(us / 1000 / steps);
  return [...grouped]
    .map(([thread, g]) => ({
      thread,
      busyMsPerStep: perStep(g.busy),
      top: [...g.self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([event, us]) => ({ event, selfMsPerStep: perStep(us) }))
        .filter((t) => t.selfMsPerStep > 0),
    }))
    .filter((t) => t.busyMsPerStep >= 1)
    .sort((a, b) => b.busyMsPerStep - a.busyMsPerStep);
}

/** A trace of 10 timeline steps (after 4 untraced ones). */
export async function traceSteps(browser: Browser, siteDir: string, baseUrl: string, o: MeasureOptions): Promise<TraceSummary> {
  const session = await ExplorerSession.open(browser, siteDir);
  try {
    const loaded = await session.load(new URL('?bench', baseUrl).href, o.loadTimeoutMs);
    if (!loaded) throw new Error('trace: the page did not load in time');
    const [min, max] = await session.focusTimeline();
    await session.step('Home', o.stepTimeoutMs);
    const keys = sweepKeys(14, max - min);
    for (const key of keys.slice(0, 4)) await session.step(key, o.stepTimeoutMs);
    await browser.startTracing(session.page, { categories: CATEGORIES });
    const times: number[] = [];
    for (const key of keys.slice(4)) {
      const s = await session.step(key, o.stepTimeoutMs);
      if (s && !('timedOut' in s)) times.push(s.paintedAt - s.keyAt);
    }
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(trace) ? trace : trace.traceEvents;
    times.sort((a, b) => a - b);
    const mid = times[Math.floor(times.length / 2)];
    return {
      what: `${keys.length - 4} timeline steps, traced (all processes)`,
      steps: keys.length - 4,
      stepMedianMs: mid === undefined ? null : Math.round(mid),
      threads: summarizeTrace(events, keys.length - 4),
    };
  } finally {
    await session.close();
  }
}
