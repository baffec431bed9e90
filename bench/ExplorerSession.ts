/**
 * The benchmark's one contact with the browser: drives one page of a built site (served by
 * serveSite.ts) in Debian's Chromium, as test/e2e/driver.ts
 * does, but measuring instead of asserting. The numbers are taken inside the page
 * (pageProbes.ts) and through the Chrome DevTools Protocol (heap, CPU profile).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Request } from 'playwright-core';
import { gzipBytes } from './buildSites.ts';
import {
  armStep,
  installProbes,
  NAME_SHIM,
  repaintOnce,
  type BenchWindow,
  type LoadTimes,
  type StepOutcome,
} from './pageProbes.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** As the e2e driver: no background traffic; never --disable-software-rasterizer (WebGL runs on SwiftShader). */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update'];
export const VIEWPORT = { width: 1280, height: 900 };

/**
 * The device and network a session emulates. `desktop` is the machine as it is; `mobile` is
 * the profile Lighthouse uses for mobile (its `mobileSlow4G` settings): CPU slowed 4×, 150 ms
 * round trip, 1.6 Mbps down and 750 kbps up (Lighthouse's kbps are 1,024 bits per second),
 * on a 375×812 touch screen. The preview server is local, so the latency and the throughput
 * are applied per request by the browser (CDP `Network.emulateNetworkConditions`).
 */
export interface DeviceProfile {
  name: 'desktop' | 'mobile';
  viewport: { width: number; height: number };
  touch: boolean;
  /** CDP `Emulation.setCPUThrottlingRate`: 1 is the machine's own speed. */
  cpuSlowdown: number;
  network: { latencyMs: number; downloadBytesPerSecond: number; uploadBytesPerSecond: number } | null;
}

export const DESKTOP: DeviceProfile = { name: 'desktop', viewport: VIEWPORT, touch: false, cpuSlowdown: 1, network: null };

export const MOBILE: DeviceProfile = {
  name: 'mobile',
  // Device pixel ratio 1, as the desktop profile: SwiftShader draws the map on the CPU, and a
  // phone's 2–3× ratio would measure this machine's rasteriser rather than the app.
  viewport: { width: 375, height: 812 },
  touch: true,
  cpuSlowdown: 4,
  network: { latencyMs: 150, downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8, uploadBytesPerSecond: (750 * 1024) / 8 },
};

/** One finished request, on the page's clock (ms since navigation start). */
export interface RequestRecord {
  path: string;
  startMs: number;
  endMs: number;
  /** Response headers and body as they came over the wire (the body encoded, e.g. gzipped). */
  transferredBytes: number;
}

/**
 * Chromium's flags for compositing on the GPU, here SwiftShader: without them headless Chromium
 * composites in software, and each frame reads the map's WebGL canvas back on the page's main
 * thread (`GLES2::ReadPixels` in the frame's commit), waiting for SwiftShader to draw it.
 */
export const GPU_COMPOSITING_ARGS = ['--use-angle=swiftshader', '--ignore-gpu-blocklist'];

export async function launchChromium(gpuCompositing = false): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\``);
  }
  const args = gpuCompositing ? [...CHROMIUM_ARGS, ...GPU_COMPOSITING_ARGS] : CHROMIUM_ARGS;
  return chromium.launch({ executablePath: CHROMIUM, args, headless: true });
}

/** Resolves with the promise's value, or null once `ms` have passed (the promise's failure is then ignored). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  promise.catch(() => undefined);
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface JsFile {
  url: string;
  /** The served file's size, and gzipped at zlib's default level. */
  bytes: number;
  gzipBytes: number;
  /** The response body as it came over the wire (the preview server gzips JavaScript); null where the
   * browser does not say (MapLibre's worker script). */
  transferredBytes: number | null;
}

export interface JavaScriptSize {
  files: JsFile[];
  bytes: number;
  /** What the measurements use: each requested file gzipped. */
  gzipBytes: number;
  /** A check on it: the encoded bodies the browser reports, for the files where it reports one. */
  transferredKnownBytes: number;
  transferredUnknownFiles: number;
}

/** One fresh browser context (empty cache) with one page of a served site. */
/** What Vite's preview server gzips (its `compression` middleware's types). */
const GZIPPED = /\.(m?js|css|html|json|svg|txt)$/;

async function describeRequest(req: Request, siteDir: string): Promise<(RequestRecord & { epochStart: number }) | null> {
  const t = req.timing();
  const sizes = await req.sizes().catch(() => null);
  if (t.startTime <= 0 || t.responseEnd < 0 || !sizes) return null;
  const url = new URL(req.url());
  if (url.protocol !== 'http:') return null;
  const path = decodeURIComponent(url.pathname).replace(/^\//, '') || 'index.html';
  let body = sizes.responseBodySize;
  // The browser reports no body for a worker's own script (MapLibre's, the data loader's):
  // count the file as the server sends it.
  const file = join(siteDir, path);
  if (body === 0 && existsSync(file)) {
    const data = readFileSync(file);
    body = GZIPPED.test(path) && data.length >= 1024 ? gzipBytes(data) : data.length;
  }
  return { path, epochStart: t.startTime, startMs: 0, endMs: t.responseEnd, transferredBytes: sizes.responseHeadersSize + body };
}

export class ExplorerSession {
  /**
   * The requests finished so far. Their sizes are read (and the files gzipped, in this
   * process) only when asked for, after a load: done as each request finished, that work ran
   * on the machine's two cores beside the page being measured.
   */
  private finished: Request[] = [];
  /** When the incidents file finished arriving, in ms since the epoch (the page may fetch it in a worker). */
  private dataDoneAt: number | null = null;
  private cdpSession: CDPSession | null = null;
  readonly errors: string[] = [];

  private constructor(
    private readonly context: BrowserContext,
    readonly page: Page,
    private readonly siteDir: string,
  ) {}

  static async open(browser: Browser, siteDir: string, profile: DeviceProfile = DESKTOP): Promise<ExplorerSession> {
    const context = await browser.newContext({
      viewport: profile.viewport,
      deviceScaleFactor: 1,
      isMobile: profile.touch,
      hasTouch: profile.touch,
      serviceWorkers: 'block',
    });
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(installProbes);
    const page = await context.newPage();
    const session = new ExplorerSession(context, page, siteDir);
    if (profile.cpuSlowdown !== 1 || profile.network) {
      const cdp = await session.cdp();
      if (profile.cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
      if (profile.network) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: profile.network.latencyMs,
          downloadThroughput: profile.network.downloadBytesPerSecond,
          uploadThroughput: profile.network.uploadBytesPerSecond,
        });
      }
    }
    // Dedicated workers' requests (MapLibre's) are reported on the context too.
    context.on('requestfinished', (req) => {
      session.finished.push(req);
      if (req.url().includes('/data/incidents.json')) {
        const t = req.timing();
        if (t.responseEnd >= 0) session.dataDoneAt = t.startTime + t.responseEnd;
      }
    });
    page.on('pageerror', (e) => session.errors.push(e.message));
    return session;
  }

  private async describeJs(req: Request): Promise<JsFile | null> {
    const path = join(this.siteDir, decodeURIComponent(new URL(req.url()).pathname));
    if (!existsSync(path)) return null;
    const data = readFileSync(path);
    const sizes = await req.sizes().catch(() => null);
    const transferred = sizes && (sizes.responseBodySize > 0 || data.length === 0) ? sizes.responseBodySize : null;
    return { url: req.url(), bytes: data.length, gzipBytes: gzipBytes(data), transferredBytes: transferred };
  }

  /** The JavaScript the page has requested so far, each file once. */
  async javascript(): Promise<JavaScriptSize> {
    const byUrl = new Map<string, JsFile>();
    const js = this.finished.filter((req) => /\.m?js$/.test(new URL(req.url()).pathname));
    for (const f of await Promise.all(js.map((req) => this.describeJs(req)))) if (f) byUrl.set(f.url, f);
    const files = [...byUrl.values()];
    return {
      files,
      bytes: files.reduce((s, f) => s + f.bytes, 0),
      gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
      transferredKnownBytes: files.reduce((s, f) => s + (f.transferredBytes ?? 0), 0),
      transferredUnknownFiles: files.filter((f) => f.transferredBytes === null).length,
    };
  }

  /** Every request finished so far, on the page's clock, in the order they started. */
  async requests(): Promise<RequestRecord[]> {
    const origin = await this.page.evaluate(() => performance.timeOrigin);
    const done = (await Promise.all(this.finished.map((req) => describeRequest(req, this.siteDir)))).filter((r) => r !== null);
    return done
      .map(({ epochStart, ...r }) => ({ ...r, startMs: epochStart - origin, endMs: r.endMs + epochStart - origin }))
      .sort((a, b) => a.startMs - b.startMs);
  }

  async cdp(): Promise<CDPSession> {
    this.cdpSession ??= await this.context.newCDPSession(this.page);
    return this.cdpSession;
  }

  /** Opens `url` and waits for the first complete view: null if it did not come within `timeoutMs`. */
  async load(url: string, timeoutMs: number): Promise<LoadTimes | null> {
    await this.page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    this.dataDoneAt = null;
    const loaded = this.page.evaluate(() => (window as unknown as BenchWindow).__bench.loaded);
    const times = await withTimeout(loaded, timeoutMs);
    if (times && times.dataFetched === null && this.dataDoneAt !== null) {
      // Fetched outside the page's own timeline (a worker): place it on the page's clock.
      const origin = await this.page.evaluate(() => performance.timeOrigin);
      times.dataFetched = this.dataDoneAt - origin;
    }
    return times;
  }

  /** JSHeapUsedSize of the page's main thread after a forced garbage collection. */
  async heapUsed(): Promise<number> {
    const cdp = await this.cdp();
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.send('Performance.disable');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  }

  /** Focuses the "Years shown" slider and returns its bounds. */
  async focusTimeline(): Promise<[number, number]> {
    const slider = this.page.getByRole('slider', { name: 'Years shown', exact: true });
    await slider.focus();
    return [Number(await slider.getAttribute('aria-valuemin')), Number(await slider.getAttribute('aria-valuemax'))];
  }

  /** Presses `key` on the focused slider and times it (pageProbes.armStep); null if the page stopped answering. */
  async step(key: string, timeoutMs: number): Promise<StepOutcome | null> {
    await this.page.evaluate(armStep, timeoutMs);
    await this.page.keyboard.press(key);
    const outcome = this.page.evaluate(() => (window as unknown as BenchWindow).__bench.step);
    return withTimeout(outcome, timeoutMs + 5_000);
  }

  /** One bare repaint of the map (pageProbes.repaintOnce), in ms; null without the ?bench hook. */
  async repaint(timeoutMs: number): Promise<number | null> {
    const ms = await withTimeout(this.page.evaluate(repaintOnce), timeoutMs);
    return ms === null || ms < 0 ? null : ms;
  }

  async longTasks(): Promise<{ start: number; duration: number }[]> {
    return this.page.evaluate(() => (window as unknown as BenchWindow).__bench.longTasks);
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
  }
}
