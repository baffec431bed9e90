/**
 * The measurements of one served site: load to the first complete view, the JavaScript it
 * fetched, timeline steps against the bare-repaint floor, long tasks and heap; and, when
 * the build has one, the chart embed's JavaScript (measureEmbed.ts).
 */
import type { Browser } from 'playwright-core';
import { DESKTOP, ExplorerSession, sleep, type DeviceProfile, type JavaScriptSize } from './ExplorerSession.ts';
import { networkFloor, type NetworkFloor } from './networkFloor.ts';
import { viewFiles } from './viewFiles.ts';
import type { BenchWindow, LoadTimes } from './pageProbes.ts';
import { max, median, percentile, ratio, round, timedOut, type Measured } from './stats.ts';

export interface MeasureOptions {
  loadRuns: number;
  steps: number;
  floorRuns: number;
  loadTimeoutMs: number;
  stepTimeoutMs: number;
}

/** A load on an emulated network against its physical floor (networkFloor.ts), per completed run. */
export interface NetworkLoad {
  /** The list and the charts both drawn (the later of the two), ms since navigation start. */
  firstViewMs: number[];
  firstViewFloorMs: number[];
  firstViewOverFloor: number[];
  mapIdleMs: number[];
  mapIdleFloorMs: number[];
  mapIdleOverFloor: number[];
  /** Medians of the ratios above. */
  firstViewOverFloorMedian: number | null;
  mapIdleOverFloorMedian: number | null;
  /** When the map's first own request (its chunk) started, and when the first data file did, in the last run. */
  mapCodeRequestedMs: number | null;
  dataRequestedMs: number | null;
  /** The floors of the last run, with the requests counted. */
  firstView: NetworkFloor | null;
  mapIdle: NetworkFloor | null;
}

export interface ExplorerResult {
  profile: DeviceProfile;
  network: NetworkLoad | null;
  load: {
    /** Navigation start → the frame after map idle, list heading and charts were all there. */
    runsMs: Measured[];
    medianMs: Measured | null;
    /** Milestones of the last run that completed, ms since navigation start. */
    milestones: LoadTimes | null;
    /** The longest main-thread task of the last completed load, up to its first complete view, and how many passed 50 ms. */
    longestTaskMs: number | null;
    longTasks: number | null;
  };
  js: JavaScriptSize | null;
  heap: { afterLoadBytes: number | null; afterStepsBytes: number | null };
  steps: {
    keys: string;
    count: number;
    timeouts: number;
    samplesMs: Measured[];
    medianMs: Measured | null;
    p95Ms: Measured | null;
    maxMs: Measured | null;
    /** Key press → slider and chart description changed (React committed). */
    domMedianMs: number | null;
    domP95Ms: number | null;
    /** Key press → the map's idle stamp changed. */
    mapIdleMedianMs: number | null;
    /** Frames the map drew per step (median). */
    mapFramesMedian: number | null;
    longestTaskMs: number | null;
    longTasks: number;
  } | null;
  floor: { samplesMs: number[]; medianMs: number | null; p95Ms: number | null } | null;
  stepP95OverFloorP95: number | null;
  stepMedianOverFloorMedian: number | null;
  errors: string[];
}

const ratio2 = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/**
 * Home, then arrow steps sweeping across every year and back: the window is one year wide,
 * every step changes the years shown, and the sweep visits every year of the range.
 */
export function sweepKeys(count: number, span: number): string[] {
  const keys: string[] = [];
  let at = 0;
  let dir = 1;
  for (let i = 0; i < count; i++) {
    if (at + dir < 0 || at + dir > span) dir = -dir;
    at += dir;
    keys.push(dir > 0 ? 'ArrowRight' : 'ArrowLeft');
  }
  return keys;
}

export async function measureExplorer(
  browser: Browser,
  siteDir: string,
  baseUrl: string,
  o: MeasureOptions,
  profile: DeviceProfile = DESKTOP,
): Promise<ExplorerResult> {
  const url = new URL('?bench', baseUrl).href;
  const kind = profile.network ? viewFiles(siteDir) : null;
  const network: NetworkLoad | null = profile.network
    ? {
        firstViewMs: [],
        firstViewFloorMs: [],
        firstViewOverFloor: [],
        mapIdleMs: [],
        mapIdleFloorMs: [],
        mapIdleOverFloor: [],
        firstViewOverFloorMedian: null,
        mapIdleOverFloorMedian: null,
        mapCodeRequestedMs: null,
        dataRequestedMs: null,
        firstView: null,
        mapIdle: null,
      }
    : null;
  const result: ExplorerResult = {
    profile,
    network,
    load: { runsMs: [], medianMs: null, milestones: null, longestTaskMs: null, longTasks: null },
    js: null,
    heap: { afterLoadBytes: null, afterStepsBytes: null },
    steps: null,
    floor: null,
    stepP95OverFloorP95: null,
    stepMedianOverFloorMedian: null,
    errors: [],
  };

  // Each load in a fresh context (empty cache); the last page stays open for the steps.
  let session: ExplorerSession | null = null;
  for (let run = 0; run < o.loadRuns; run++) {
    await session?.close();
    session = await ExplorerSession.open(browser, siteDir, profile);
    const times = await session.load(url, o.loadTimeoutMs).catch((e: unknown) => {
      result.errors.push(`load: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      return null;
    });
    result.load.runsMs.push(times ? (round(times.painted) ?? times.painted) : timedOut(o.loadTimeoutMs));
    if (times) {
      result.load.milestones = times;
      const during = (await session.longTasks()).filter((t) => t.start <= times.painted);
      result.load.longestTaskMs = Math.round(Math.max(0, ...during.map((t) => t.duration)));
      result.load.longTasks = during.length;
      if (network && kind && profile.network) {
        const requests = await session.requests();
        const firstViewAt = Math.max(times.list, times.charts);
        const first = networkFloor(requests, (r) => r.endMs <= firstViewAt && kind(r.path) === 'firstView', profile.network);
        const map = networkFloor(requests, (r) => r.endMs <= times.mapIdle && kind(r.path) !== 'other', profile.network);
        network.firstViewMs.push(Math.round(firstViewAt));
        network.firstViewFloorMs.push(first.floorMs);
        network.firstViewOverFloor.push(ratio2(firstViewAt, first.floorMs));
        network.mapIdleMs.push(Math.round(times.mapIdle));
        network.mapIdleFloorMs.push(map.floorMs);
        network.mapIdleOverFloor.push(ratio2(times.mapIdle, map.floorMs));
        network.firstView = first;
        network.mapIdle = map;
        const startOf = (k: 'map' | 'data') =>
          requests.find((r) => (k === 'map' ? kind(r.path) === 'map' : r.path.startsWith('data/')))?.startMs ?? null;
        network.mapCodeRequestedMs = round(startOf('map')) as number | null;
        network.dataRequestedMs = round(startOf('data')) as number | null;
      }
    }
    if (run === 0) {
      await sleep(300);
      result.js = await session.javascript();
    }
    if (!times) break;
  }
  result.load.medianMs = median(result.load.runsMs);
  if (network) {
    network.firstViewOverFloorMedian = median(network.firstViewOverFloor) as number | null;
    network.mapIdleOverFloorMedian = median(network.mapIdleOverFloor) as number | null;
  }
  if (!session) return result;

  try {
    if (typeof result.load.runsMs.at(-1) !== 'number') {
      result.errors.push('steps: skipped, the page did not load in time');
      return result;
    }
    await sleep(500);
    result.heap.afterLoadBytes = await session.heapUsed();

    const [min, maxYear] = await session.focusTimeline();
    const setup = await session.step('Home', o.stepTimeoutMs);
    if (!setup || 'timedOut' in setup) result.errors.push('steps: Home did not finish in time');
    await sleep(100);

    const keys = sweepKeys(o.steps, maxYear - min);
    const samples: Measured[] = [];
    const dom: number[] = [];
    const idle: number[] = [];
    const frames: number[] = [];
    let first: number | null = null;
    let last: number | null = null;
    let timeouts = 0;
    // The floor is sampled between the steps, each time on the scene the step has just drawn,
    // so that a change in the machine's load moves steps and floor alike.
    const floor: number[] = [];
    let floorTimeouts = 0;
    const floorMissing = !(await session.page.evaluate(() => Boolean((window as unknown as BenchWindow).__kzMap)));
    if (floorMissing) result.errors.push('floor: no map on window.__kzMap (the ?bench hook in IncidentMap.tsx is missing)');
    const sampleFloor = async () => {
      if (floorMissing || floorTimeouts >= 3) return;
      const ms = await session.repaint(5_000);
      if (ms === null) floorTimeouts++;
      else floor.push(ms);
      await sleep(50);
    };
    for (const key of keys) {
      const outcome = await session.step(key, o.stepTimeoutMs);
      if (!outcome || 'timedOut' in outcome) {
        samples.push(timedOut(o.stepTimeoutMs));
        timeouts++;
        if (timeouts >= 3) {
          result.errors.push(`steps: stopped after ${timeouts} timeouts`);
          break;
        }
        await sleep(2_000);
        continue;
      }
      samples.push(outcome.paintedAt - outcome.keyAt);
      dom.push(outcome.domAt - outcome.keyAt);
      idle.push(outcome.idleAt - outcome.keyAt);
      if (outcome.mapFrames >= 0) frames.push(outcome.mapFrames);
      first ??= outcome.keyAt;
      last = outcome.paintedAt;
      // Let the previous step's garbage and worker messages settle, as between real key presses.
      await sleep(50);
      await sampleFloor();
    }
    const during =
      first === null || last === null ? [] : (await session.longTasks()).filter((t) => t.start >= first && t.start <= last);
    const r = (v: Measured | null) => round(v);
    result.steps = {
      keys: `Home, then ${keys.length} arrow steps sweeping ${min}–${maxYear} and back`,
      count: samples.length,
      timeouts,
      samplesMs: samples.map((v) => r(v) ?? v),
      medianMs: r(median(samples)),
      p95Ms: r(percentile(samples, 95)),
      maxMs: r(max(samples)),
      domMedianMs: r(median(dom)) as number | null,
      domP95Ms: r(percentile(dom, 95)) as number | null,
      mapIdleMedianMs: r(median(idle)) as number | null,
      mapFramesMedian: median(frames) as number | null,
      longestTaskMs: first === null ? null : Math.round(Math.max(0, ...during.map((t) => t.duration))),
      longTasks: during.length,
    };

    result.heap.afterStepsBytes = await session.heapUsed();

    while (floor.length < o.floorRuns && !floorMissing && floorTimeouts < 3) await sampleFloor();
    if (floorTimeouts) result.errors.push(`floor: ${floorTimeouts} repaints did not finish within 5 s and are left out`);
    if (floor.length) {
      result.floor = {
        samplesMs: floor.map((v) => Math.round(v * 10) / 10),
        medianMs: r(median(floor)) as number | null,
        p95Ms: r(percentile(floor, 95)) as number | null,
      };
    }
    result.stepP95OverFloorP95 = ratio(result.steps.p95Ms, result.floor?.p95Ms ?? null);
    result.stepMedianOverFloorMedian = ratio(result.steps.medianMs, result.floor?.medianMs ?? null);
    result.errors.push(...session.errors.map((e) => `page error: ${e}`));
    return result;
  } finally {
    await session.close();
  }
}
