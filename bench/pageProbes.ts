/**
 * Code that runs inside the page. Playwright sends each function's source text to the
 * browser, so none of them may use anything from this module's scope; they share state
 * through `window.__bench`. tsx compiles with esbuild's keepNames, which wraps inner
 * functions in `__name(...)`: NAME_SHIM defines it in the page first.
 */

export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/** The milestones of one load, in ms since navigation start (performance.now()). */
export interface LoadTimes {
  list: number;
  charts: number;
  mapIdle: number;
  /** All three true: the first complete view is in the DOM. */
  complete: number;
  /** The frame after `complete` has been painted. */
  painted: number;
  /** responseEnd of data/incidents.json (Resource Timing), or null. */
  dataFetched: number | null;
}

export interface StepTimes {
  keyAt: number;
  /** Slider text and the per-year chart's description changed: React has committed. */
  domAt: number;
  /** The map's idle stamp changed: the map has drawn the new data (domAt if it had nothing to draw). */
  idleAt: number;
  /** The frame after both has been painted. */
  paintedAt: number;
  /** Frames the map drew between the key press and its idle stamp (0: nothing to draw; -1 without the ?bench hook). */
  mapFrames: number;
}

export type StepOutcome = StepTimes | { timedOut: true; keyAt: number | null; domAt: number | null; idleAt: number | null };

export interface Probe {
  keyAt: number | null;
  longTasks: { start: number; duration: number }[];
  loaded: Promise<LoadTimes>;
  step: Promise<StepOutcome> | null;
}

/** The page's window as the probes see it (a type only: nothing of this module reaches the page). */
export type BenchWindow = Window & { __bench: Probe; __kzMap?: unknown };

/**
 * Installed before any page script (addInitScript): notes the time of every keydown in the
 * capture phase, collects long tasks, and watches the DOM for the first complete view.
 */
export function installProbes(): void {
  const isListHeading = (h: Element) => /^\d+ incidents?$/.test((h.textContent ?? '').trim());
  let resolveLoaded: (t: LoadTimes) => void = () => undefined;
  const probe: Probe = {
    keyAt: null,
    longTasks: [],
    loaded: new Promise<LoadTimes>((r) => (resolveLoaded = r)),
    step: null,
  };
  (window as unknown as BenchWindow).__bench = probe;
  window.addEventListener('keydown', () => (probe.keyAt = performance.now()), { capture: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the report says n/a.
  }

  const seen: { list?: number; charts?: number; mapIdle?: number } = {};
  const check = () => {
    const now = performance.now();
    if (seen.list === undefined && [...document.querySelectorAll('h2')].some(isListHeading)) seen.list = now;
    if (seen.charts === undefined) {
      const figures = [...document.querySelectorAll('figure.chart')];
      if (
        figures.length >= 3 &&
        figures.every((f) => f.querySelector('svg.chart-svg')) &&
        figures[0]?.querySelector('.year-columns .bar')
      ) {
        seen.charts = now;
      }
    }
    if (seen.mapIdle === undefined) {
      const map = document.querySelector<HTMLElement>('.map-canvas');
      if (map?.dataset.ready === 'true' && map.dataset.idle) seen.mapIdle = now;
    }
    if (seen.list === undefined || seen.charts === undefined || seen.mapIdle === undefined) return;
    observer.disconnect();
    const done = { list: seen.list, charts: seen.charts, mapIdle: seen.mapIdle, complete: now };
    requestAnimationFrame(() =>
      setTimeout(() => {
        const data = performance.getEntriesByType('resource').find((e) => e.name.includes('/data/incidents.json')) as
          PerformanceResourceTiming | undefined;
        resolveLoaded({ ...done, painted: performance.now(), dataFetched: data ? data.responseEnd : null });
      }, 0),
    );
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/**
 * Arms the probe for one key press on the timeline: `__bench.step` resolves once the slider,
 * the per-year chart's description (which names the selected years) and the map's idle stamp
 * have all changed, at the next painted frame after that.
 */
export function armStep(limitMs: number): void {
  const probe = (window as unknown as BenchWindow).__bench;
  const slider = () => document.querySelector('[role="slider"][aria-label="Years shown"]')?.getAttribute('aria-valuetext') ?? '';
  const description = () => {
    const id = document.querySelector('figure.chart')?.getAttribute('aria-describedby');
    return (id && document.getElementById(id)?.textContent) ?? '';
  };
  const idle = () => document.querySelector<HTMLElement>('.map-canvas')?.dataset.idle ?? '';
  const before = { slider: slider(), description: description(), idle: idle() };
  const map = (window as unknown as BenchWindow).__kzMap as
    { on(event: 'render', listener: () => void): unknown; off(event: 'render', listener: () => void): unknown } | undefined;
  probe.keyAt = null;
  probe.step = new Promise<StepOutcome>((resolve) => {
    let domAt: number | null = null;
    let idleAt: number | null = null;
    let mapFrames = map ? 0 : -1;
    const onRender = () => {
      if (probe.keyAt !== null && idleAt === null) mapFrames++;
    };
    map?.on('render', onRender);
    const timer = setTimeout(() => {
      observer.disconnect();
      map?.off('render', onRender);
      resolve({ timedOut: true, keyAt: probe.keyAt, domAt, idleAt });
    }, limitMs);
    let done = false;
    let watching = false;
    const check = () => {
      const keyAt = probe.keyAt;
      if (keyAt === null || done) return;
      const now = performance.now();
      if (domAt === null && slider() !== before.slider && description() !== before.description) domAt = now;
      if (idleAt === null && idle() !== before.idle) idleAt = now;
      if (domAt !== null && idleAt === null && map && !watching) {
        // A step that gives the map nothing to draw: no frame within 3 frames of the DOM
        // update means the map is done (it starts drawing in the next frame when it has work).
        watching = true;
        let waited = 0;
        const tick = () => {
          if (done || idleAt !== null || mapFrames > 0) return;
          if (++waited < 3) requestAnimationFrame(tick);
          else {
            idleAt = domAt;
            check();
          }
        };
        requestAnimationFrame(tick);
      }
      if (domAt === null || idleAt === null) return;
      done = true;
      observer.disconnect();
      map?.off('render', onRender);
      clearTimeout(timer);
      const times = { keyAt, domAt, idleAt, mapFrames };
      requestAnimationFrame(() => setTimeout(() => resolve({ ...times, paintedAt: performance.now() }), 0));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/**
 * The floor of a step: ask the map to draw the same frame again and wait, as a step does,
 * for the map's frame and then the next painted frame. Resolves with ms, or -1 without a map.
 */
export function repaintOnce(): Promise<number> {
  const map = (window as unknown as BenchWindow).__kzMap as
    { triggerRepaint(): void; once(event: 'render', listener: () => void): unknown } | undefined;
  if (!map) return Promise.resolve(-1);
  return new Promise<number>((resolve) => {
    const t0 = performance.now();
    map.once('render', () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)));
    map.triggerRepaint();
  });
}
