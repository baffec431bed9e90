/**
 * The benchmark's one contact with the browser and the server: serves a built site with
 * Vite's preview server and drives one page of it in Debian's Chromium, as test/e2e/driver.ts
 * does, but measuring instead of asserting. The numbers are taken inside the page
 * (pageProbes.ts) and through the Chrome DevTools Protocol (heap, CPU profile).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Request } from 'playwright-core';
import { preview } from 'vite';
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

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` (a built site) on a free port of 127.0.0.1, gzip on as Vite's preview server does. */
export async function serveSite(dir: string): Promise<SiteServer> {
  const server = await preview({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('The preview server has no TCP address');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\``);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
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
export class ExplorerSession {
  private jsFiles: Promise<JsFile | null>[] = [];
  /** When the incidents file finished arriving, in ms since the epoch (the page may fetch it in a worker). */
  private dataDoneAt: number | null = null;
  private cdpSession: CDPSession | null = null;
  readonly errors: string[] = [];

  private constructor(
    private readonly context: BrowserContext,
    readonly page: Page,
    private readonly siteDir: string,
  ) {}

  static async open(browser: Browser, siteDir: string): Promise<ExplorerSession> {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(installProbes);
    const page = await context.newPage();
    const session = new ExplorerSession(context, page, siteDir);
    // Dedicated workers' requests (MapLibre's) are reported on the context too.
    context.on('requestfinished', (req) => {
      if (/\.m?js$/.test(new URL(req.url()).pathname)) session.jsFiles.push(session.describeJs(req));
      if (req.url().includes('/data/incidents.geojson')) {
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
    for (const f of await Promise.all(this.jsFiles)) if (f) byUrl.set(f.url, f);
    const files = [...byUrl.values()];
    return {
      files,
      bytes: files.reduce((s, f) => s + f.bytes, 0),
      gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
      transferredKnownBytes: files.reduce((s, f) => s + (f.transferredBytes ?? 0), 0),
      transferredUnknownFiles: files.filter((f) => f.transferredBytes === null).length,
    };
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
