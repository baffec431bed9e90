/**
 * The end-to-end driver, in the style of maputnik's: the specs speak of the explorer in its
 * own terms (given / when / then) and only this file knows Playwright, the built site's
 * server and the DOM. It is the one file that imports playwright-core.
 *
 * The site under test is the production build (dist/, from `npx vite build`), served by
 * Vite's preview server on a free port of 127.0.0.1, and opened in Debian's Chromium,
 * whose WebGL runs on SwiftShader.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { preview } from 'vite';
import { en as t } from '../../src/lib/strings.ts';
import { decodePng, type Pixels } from './png.ts';

export type { Pixels };

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update'];
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 812 };
/** A chart's bars: the per-year chart's (YearColumns) and the by-type and top-towns charts' (RankedBars). */
export const BARS = '.year-columns .bar, .ranked-bars .bar';

/** Kazakhstan's box and the padding the map fits it with (KZ_BOUNDS in src/features/map/mapStyle.ts). */
const KZ_BOUNDS = [46.4, 40.5, 87.4, 55.5] as const;
const FIT_PADDING = 8;

const MAP_TIMEOUT = 45_000;

// ---------------------------------------------------------------------------------------
// The server

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ with Vite's preview server on a free port of 127.0.0.1. */
export async function startServer(): Promise<SiteServer> {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) {
    throw new Error(`No build to test: ${resolve(ROOT, 'dist/index.html')} is missing. Run \`npx vite build\` first.`);
  }
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('The preview server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}

/** A site whose files can be replaced while it runs, as a new deployment replaces them. */
export interface VersionedSite extends SiteServer {
  /** Serves `body` at `path` (relative to dist/, e.g. "data/incidents.geojson") from now on. */
  replace(path: string, body: string): void;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
};

/**
 * Serves dist/ from a plain Node server on a free port of 127.0.0.1, with `replace()` to
 * deploy a changed file: what a returning reader's service worker meets after an update.
 * (Routes cannot stand in for it: they do not see what a service worker fetches.)
 */
export async function startVersionedSite(): Promise<VersionedSite> {
  const dist = resolve(ROOT, 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`No build to test in ${dist}: run \`npx vite build\` first.`);
  const replaced = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://site').pathname).replace(/^\/+/, '') || 'index.html';
    const file = resolve(dist, path);
    const body =
      replaced.get(path) ??
      (file.startsWith(`${dist}/`) && existsSync(file) && statSync(file).isFile() ? readFileSync(file) : null);
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    replace: (path, body) => void replaced.set(path, body),
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------
// The browser: one per test file (one worker process), launched on first use so that a
// missing Chromium fails each test with the reason, rather than skipping them.

let browserPromise: Promise<Browser> | null = null;

/** The shared browser; with `extraArgs`, a browser of its own, which the caller closes. */
function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    return Promise.reject(
      new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\``),
    );
  }
  if (extraArgs.length > 0) {
    return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
  }
  browserPromise ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return browserPromise;
}

// ---------------------------------------------------------------------------------------
// What the page is served: the data files can be replaced, delayed, cut or failed, and the
// pages can get the response headers public/_headers gives them on a static host.

/** The files the explorer loads from data/. */
export const DATA_FILES = ['incidents.geojson', 'sources.json', 'context.json', 'coverage.json', 'text.ru.json'] as const;
export type DataFile = (typeof DATA_FILES)[number];

export interface DataResponse {
  /** Served instead of the built file: a string as it is, anything else as JSON. */
  body?: unknown;
  /** The HTTP status to answer with (200 unless told). */
  status?: number;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Serve only the first `truncateAt` characters (of `body`, or of the built file). */
  truncateAt?: number;
  /** Fail the request as a broken connection would. */
  abort?: boolean;
}

export type DataOverrides = Partial<Record<DataFile, DataResponse>>;

export interface OpenOptions {
  /** Replace, delay, cut or fail the data files. */
  data?: DataOverrides;
  /** Serve every response with the headers dist/_headers gives its path (as Netlify or Cloudflare Pages would). */
  siteHeaders?: boolean;
  /** Let Chromium ignore the pages' Content-Security-Policy, to test another protection on its own. */
  bypassCsp?: boolean;
  /**
   * Let the site's service worker run ('block' unless told). Blocked by default: routes
   * (`data`, `siteHeaders`) do not see what a service worker fetches, and every other spec
   * expects each page it opens to load afresh from the server.
   */
  serviceWorkers?: 'allow' | 'block';
  /** The browser's preferred language (navigator.languages), e.g. 'ru-KZ'; the browser's default unless told. */
  locale?: string;
}

/** An element the page created that could run code or load something: a script, image, frame, or an on* attribute. */
export interface ActiveElement {
  tag: string;
  src: string;
  handlers: string[];
}

/** The rules of a Netlify / Cloudflare Pages `_headers` file: a path pattern and its headers. */
export function readHeadersFile(file: string): { path: string; headers: [string, string][] }[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`${file}: cannot read the line "${line}"`);
    rule.headers.push([m[1] ?? '', m[2] ?? '']);
  }
  return rules;
}

/**
 * The headers a static host sends for `path`: those of every rule whose pattern matches
 * (exactly, or a trailing `*` as a prefix), a header set by several rules joined by ", ",
 * as Netlify and Cloudflare Pages do.
 */
export function headersFor(rules: ReturnType<typeof readHeadersFile>, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const match = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (!match) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/**
 * Runs in every page before its own scripts: records the Content-Security-Policy violations
 * the page reports, and every element added to the document that could run code or load
 * something (scripts, images, frames, objects, and any on* attribute).
 */
function watchPage() {
  const log = { violations: [] as string[], active: [] as { tag: string; src: string; handlers: string[] }[] };
  Object.defineProperty(window, '__e2eWatch', { value: log });
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      log.violations.push(
        `${e.effectiveDirective} refused ${e.blockedURI || 'something'}` +
          `${e.sample ? ` "${e.sample}"` : ''} (${e.sourceFile || 'the page'}:${e.lineNumber}:${e.columnNumber})`,
      ),
    true,
  );
  const ACTIVE = new Set(['script', 'img', 'image', 'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'source']);
  const note = (el: Element) => {
    const handlers = [...el.attributes].map((a) => a.name).filter((n) => n.toLowerCase().startsWith('on'));
    const tag = el.localName.toLowerCase();
    if (ACTIVE.has(tag) || handlers.length > 0) {
      log.active.push({ tag, src: el.getAttribute('src') ?? el.getAttribute('href') ?? '', handlers });
    }
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target instanceof Element && r.attributeName?.toLowerCase().startsWith('on')) {
        note(r.target);
      }
      for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        note(n);
        for (const child of n.querySelectorAll('*')) note(child);
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * Text as a reader sees it: without the invisible isolate characters (U+2066-U+2069) that keep
 * data text in tooltips and titles from reordering ours (src/lib/isolate.tsx).
 */
export const visible = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Addresses longer than this are fetched without their query (see serveLongUrls). */
const LONG_URL = 8_000;

// ---------------------------------------------------------------------------------------
// The explorer

export interface ListItem {
  id: string;
  date: string;
  type: string;
  place: string;
  title: string;
}

export interface ChartTexts {
  perYear: string;
  byType: string;
  topTowns: string;
}

export type ChartName = keyof ChartTexts;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; message: string }[];
}

export interface Viewport {
  width: number;
  height: number;
}

export interface Explorer {
  given: {
    /** Opens the explorer at `query` ("?years=2011"), waits for the list and, unless told not to, the map. */
    explorerAt(query?: string, viewport?: Viewport, options?: { waitForMap?: boolean } & OpenOptions): Promise<void>;
    /** Opens the page at `query` and waits for nothing: for loading states and failures. */
    pageOpenedAt(query?: string, options?: OpenOptions & { viewport?: Viewport }): Promise<void>;
  };
  when: {
    /** Presses `key` with the focus on the timeline's slider, without scrolling the page. */
    pressOnTimeline(key: string): Promise<void>;
    /** Presses the keys on the timeline's slider with no frame drawn between them (React renders between, in a microtask), as a held-down key can on a slow machine. */
    pressOnTimelineAtOnce(keys: string[]): Promise<void>;
    pressOnSlider(name: string, key: string): Promise<void>;
    clickYearBar(year: number): Promise<void>;
    clickTownBar(name: string): Promise<void>;
    choosePlace(label: string): Promise<void>;
    clearPlace(): Promise<void>;
    openUnstated(): Promise<void>;
    showWholeList(): Promise<void>;
    openIncident(id: string): Promise<void>;
    openTypeFilters(): Promise<void>;
    toggleType(label: string): Promise<void>;
    chooseMapMode(label: string): Promise<void>;
    /** Clicks the map canvas where the point lon/lat is drawn while the map shows all of Kazakhstan. */
    clickMapAt(lon: number, lat: number): Promise<void>;
    /** Presses in the middle of the map, moves by dx/dy in small steps and lets go. */
    dragMap(dx: number, dy: number): Promise<void>;
    scrollToMap(): Promise<void>;
    /** Clicks the timeline's Play (or Pause) button. */
    clickPlay(): Promise<void>;
    reload(): Promise<void>;
    back(): Promise<void>;
    forward(): Promise<void>;
    /** Moves the pointer over the map where lon/lat is drawn while the map shows all of Kazakhstan. */
    hoverMapAt(lon: number, lat: number): Promise<void>;
    hoverTownBar(name: string): Promise<void>;
    typeSearch(text: string): Promise<void>;
    /** Opens, in a new page of another site (another origin), a page that frames `path` of the site. */
    openFramedByAnotherSite(path: string, options?: OpenOptions): Promise<void>;
    /** Runs `code` as an inline script added to the page, as an injection would. */
    injectInlineScript(code: string): Promise<void>;
    /** Waits until the site's service worker controls the page (opened with `serviceWorkers: 'allow'`). */
    waitForServiceWorker(): Promise<void>;
    /** Cuts the network of the page's browser context, or gives it back. */
    setOffline(offline: boolean): Promise<void>;
    /** Opens `path` of the site in the current page and context, and waits for nothing. */
    navigate(path: string): Promise<void>;
    /** Presses "Reload" on the update prompt and waits for the explorer to load again. */
    acceptUpdate(): Promise<void>;
  };
  then: {
    url(): string;
    params(): URLSearchParams;
    param(name: string): string | null;
    listCount(): Promise<number>;
    listItems(): Promise<ListItem[]>;
    chartTitles(): Promise<ChartTexts>;
    chartDescriptions(): Promise<ChartTexts>;
    barCount(chart: ChartName): Promise<number>;
    /** The rows of the by-type or top-towns chart as drawn: label, count, and the row's title. */
    rankedBars(chart: 'byType' | 'topTowns'): Promise<{ label: string; value: string; title: string }[]>;
    sliderValueText(name?: string): Promise<string | null>;
    placeValue(): Promise<string>;
    unstatedButtonCount(): Promise<number | null>;
    notOnMapCounts(): Promise<number[]>;
    mapReady(): Promise<boolean>;
    mapIdle(): Promise<string | null>;
    /** Resolves with the new stamp once the map has gone idle again after `previous`. */
    mapIdleAfter(previous: string | null): Promise<string>;
    /** Where lon/lat is drawn, in CSS pixels from the top left of the map canvas. */
    mapPixelOf(lon: number, lat: number): Promise<{ x: number; y: number }>;
    mapScreenshot(): Promise<Pixels>;
    mapFrameInViewport(): Promise<boolean>;
    /** Where the timeline's Play/Pause button is drawn, in page pixels, and whether it reads Pause. */
    playButton(): Promise<{ x: number; y: number; width: number; height: number; playing: boolean }>;
    /** The top of the timeline, in page pixels. */
    timelineTop(): Promise<number>;
    detailText(): Promise<string | null>;
    caseChain(): Promise<string[]>;
    scrollWidth(): Promise<number>;
    requests(): readonly string[];
    /** Every request since the page opened (the workers' included), with the Referer header it sent. */
    referers(): Promise<{ url: string; referer: string | null }[]>;
    pageErrors(): readonly string[];
    axeViolations(): Promise<AxeViolation[]>;
    /** Every console message, as "type: text". */
    consoleMessages(): readonly string[];
    /** The Content-Security-Policy violations the page has reported since it loaded. */
    policyViolations(): Promise<string[]>;
    /** Scripts, images, frames and on* attributes added to the document since it loaded. */
    activeElements(): Promise<ActiveElement[]>;
    /** A property of the page's window, as JSON (undefined when unset). */
    windowValue(name: string): Promise<unknown>;
    /** The text of the whole page as a reader sees it. */
    pageText(): Promise<string>;
    /**
     * Whether `phrase` (left-to-right text of ours, found in one text node) is drawn left to
     * right, character after character; null when no text node holds it. A right-to-left
     * override in data text before it draws it backwards.
     */
    drawnLeftToRight(phrase: string): Promise<boolean | null>;
    /** Waits for the page's alert and returns its text. */
    alertText(): Promise<string>;
    /** Waits for the page's loading status and returns its text. */
    loadingText(): Promise<string>;
    /** Whether the loading status is still on screen. */
    loadingShown(): Promise<boolean>;
    /** Waits until the explorer is on screen (its list heading). */
    explorerShown(): Promise<boolean>;
    /** Waits for a status message (role="status", announced by screen readers) holding `text`; false when none comes. */
    statusShown(text: string): Promise<boolean>;
    /** Waits for the notice shown in place of the map and returns its text. */
    mapNotice(): Promise<string>;
    mapTooltip(): Promise<string | null>;
    chartTooltip(): Promise<string | null>;
    searchValue(): Promise<string>;
    /** The labels of the checked incident-type toggles. */
    checkedTypes(): Promise<string[]>;
    /** The place-picker's options, as their visible text. */
    placeOptions(): Promise<string[]>;
    /** The URL the frame opened by openFramedByAnotherSite shows, once it has loaded (an error page when refused). */
    framedUrl(): Promise<string>;
    /** Waits for the prompt to reload into a new version, and returns its text. */
    updatePrompt(): Promise<string>;
    /** Whether the update prompt is on screen now. */
    updatePromptShown(): Promise<boolean>;
    /** Waits for an embed page (opened as the page itself) to draw its chart, and returns the number of bars. */
    embedBars(): Promise<number>;
  };
  page(): Page;
  origin(): string;
  close(): Promise<void>;
}

/**
 * The explorer for one test file. `baseUrl` is the served site (from the global setup);
 * without it, the driver serves dist/ itself.
 */
export function createExplorer(options: { baseUrl?: string; chromiumArgs?: readonly string[] } = {}): Explorer {
  let ownServer: Promise<SiteServer> | null = null;
  let ownBrowser: Promise<Browser> | null = null;
  let context: BrowserContext | null = null;
  let currentPage: Page | null = null;
  let requests: string[] = [];
  let referers: Promise<{ url: string; referer: string | null }>[] = [];
  let pageErrors: string[] = [];
  let consoleMessages: string[] = [];
  let framingPage: Page | null = null;

  const browser = () => {
    const args = options.chromiumArgs ?? [];
    if (args.length === 0) return launchBrowser();
    ownBrowser ??= launchBrowser(args);
    return ownBrowser;
  };

  const baseUrl = async () => {
    if (options.baseUrl) return options.baseUrl;
    ownServer ??= startServer();
    return (await ownServer).url;
  };
  const page = () => {
    if (!currentPage) throw new Error('No explorer open: call given.explorerAt() first');
    return currentPage;
  };

  // Locators, by role and accessible name wherever the app gives one.
  const slider = (name: string = t.timeline.window) => page().getByRole('slider', { name, exact: true });
  // "5 incidents", "5 инцидентов", "5 оқиға": the explorer is shown in any of its languages.
  const listHeading = () => page().getByRole('heading', { level: 2, name: /^\d+ (incidents?|инцидент(а|ов)?|оқиға)$/ });
  // By its class, not its label: the same in every interface language.
  const placeSelect = () => page().locator('.place-picker select');
  // MapLibre's canvas is a region named "Map" too: the panel is the outer one.
  const mapRegion = () => page().getByRole('region', { name: t.map.heading, exact: true }).first();
  const mapCanvas = () => page().locator('.map-canvas');
  const figure = (chart: ChartName) => {
    const title = { perYear: t.charts.perYear, byType: t.charts.byType, topTowns: t.charts.topTowns }[chart];
    return page().getByRole('figure', { name: new RegExp(`^${escapeRegExp(title)}`) });
  };
  const updatePrompt = () => page().getByRole('status').filter({ hasText: t.offline.updateReady });
  const playButton = () => page().locator('.timeline button.play');
  const unstatedButton = () => page().getByRole('button', { name: new RegExp(`^${escapeRegExp(t.map.unstated)} \\(\\d+\\)$`) });

  /** A fresh browser context and page, watched, with the responses `opts` asks for. */
  const openContext = async (viewport: Viewport, opts: OpenOptions) => {
    if (context) await context.close();
    requests = [];
    referers = [];
    pageErrors = [];
    consoleMessages = [];
    framingPage = null;
    const phone = viewport.width < 600;
    context = await (
      await browser()
    ).newContext({
      viewport,
      deviceScaleFactor: 1,
      hasTouch: phone,
      isMobile: phone,
      serviceWorkers: opts.serviceWorkers ?? 'block',
      bypassCSP: opts.bypassCsp ?? false,
      ...(opts.locale ? { locale: opts.locale } : {}),
    });
    context.on('request', (r) => {
      requests.push(r.url());
      // A request still in flight when the next test closes the context has no headers to read:
      // say so (not null, which would read as "no Referer sent").
      referers.push(
        r
          .allHeaders()
          .then((h) => ({ url: r.url(), referer: h.referer ?? null }))
          .catch(() => ({ url: r.url(), referer: '(unread: the page closed first)' })),
      );
    });
    context.on('console', (m) => consoleMessages.push(`${m.type()}: ${m.text()}`));
    await context.addInitScript(watchPage);
    if (opts.data || opts.siteHeaders) await serveResponses(context, opts);
    await serveLongUrls(context);
    currentPage = await context.newPage();
    currentPage.on('pageerror', (e) => pageErrors.push(e.message));
    return currentPage;
  };

  /**
   * Pages whose address is too long for the preview server (Node refuses a request line
   * over 16 KB, as every server does at some length) are fetched without their query: the
   * page reads the query from its address, and no server sees it.
   */
  const serveLongUrls = async (ctx: BrowserContext) => {
    await ctx.route(
      (url) => url.href.length > LONG_URL,
      async (route) => {
        if (route.request().resourceType() !== 'document') return route.fallback();
        const url = new URL(route.request().url());
        url.search = '';
        return route.fallback({ url: url.href });
      },
    );
  };

  const serveResponses = async (ctx: BrowserContext, opts: OpenOptions) => {
    const site = new URL(await baseUrl());
    const rules = opts.siteHeaders ? readHeadersFile(resolve(ROOT, 'dist/_headers')) : [];
    const answer = async (route: Route) => {
      const url = new URL(route.request().url());
      if (url.origin !== site.origin) return route.fallback();
      const path = url.pathname.slice(site.pathname.length - 1);
      const headers = opts.siteHeaders ? headersFor(rules, path) : {};
      const file = DATA_FILES.find((f) => path === `/data/${f}`);
      const override = file ? opts.data?.[file] : undefined;
      if (!override) {
        if (!opts.siteHeaders) return route.fallback();
        const response = await route.fetch();
        return route.fulfill({ response, headers: { ...response.headers(), ...headers } });
      }
      if (override.delayMs) await sleep(override.delayMs);
      if (override.abort) return route.abort('connectionfailed');
      let body: string;
      if (override.body === undefined) body = await (await route.fetch()).text();
      else body = typeof override.body === 'string' ? override.body : JSON.stringify(override.body);
      if (override.truncateAt !== undefined) body = body.slice(0, override.truncateAt);
      return route.fulfill({
        status: override.status ?? 200,
        contentType: file?.endsWith('.geojson') ? 'application/geo+json' : 'application/json',
        headers,
        body,
      });
    };
    await ctx.route('**/*', (route) =>
      answer(route).catch((e: unknown) => {
        // The test moved on and closed the context under a request still in flight.
        if (/disposed|closed/i.test(String(e))) return;
        throw e;
      }),
    );
  };

  /** What watchPage() recorded in the current page. */
  const watchLog = () =>
    page().evaluate(() => {
      const log = (window as unknown as { __e2eWatch?: { violations: string[]; active: ActiveElement[] } }).__e2eWatch;
      if (!log) throw new Error('The page is not watched: the init script did not run');
      return { violations: [...log.violations], active: log.active.map((a) => ({ ...a, handlers: [...a.handlers] })) };
    });

  const waitForExplorer = async (waitForMap: boolean) => {
    await listHeading().waitFor({ state: 'visible', timeout: 30_000 });
    if (waitForMap) await waitForMapReady();
  };
  const waitForMapReady = async () => {
    try {
      await page().waitForFunction(
        () => {
          const el = document.querySelector<HTMLElement>('.map-canvas');
          return el?.dataset.ready === 'true' && !!el.dataset.idle;
        },
        undefined,
        { timeout: MAP_TIMEOUT, polling: 100 },
      );
    } catch (e) {
      const failed = await page()
        .locator('.map-failed')
        .textContent()
        .catch(() => null);
      throw new Error(`The map did not become ready${failed ? `: it says "${failed}"` : ''}`, { cause: e });
    }
  };

  const readDescription = async (chart: ChartName) => {
    const f = figure(chart);
    const id = await f.getAttribute('aria-describedby');
    if (!id) throw new Error(`The ${chart} chart has no aria-describedby`);
    return visible(((await page().locator(`[id="${id}"]`).textContent()) ?? '').trim());
  };
  const readTitle = async (chart: ChartName) => {
    const f = figure(chart);
    const id = await f.getAttribute('aria-labelledby');
    if (!id) throw new Error(`The ${chart} chart has no aria-labelledby`);
    return ((await page().locator(`[id="${id}"]`).textContent()) ?? '').trim();
  };

  const pixelOf = async (lon: number, lat: number) => {
    const box = await page().locator('.map-canvas canvas').boundingBox();
    if (!box) throw new Error('The map canvas is not laid out');
    return project(lon, lat, box.width, box.height);
  };

  const explorer: Explorer = {
    given: {
      async explorerAt(query = '', viewport = DESKTOP, opts = {}) {
        const p = await openContext(viewport, opts);
        await p.goto(new URL(query, await baseUrl()).href);
        await waitForExplorer(opts.waitForMap ?? true);
      },
      async pageOpenedAt(query = '', opts = {}) {
        const p = await openContext(opts.viewport ?? DESKTOP, opts);
        await p.goto(new URL(query, await baseUrl()).href, { waitUntil: 'commit' });
      },
    },

    when: {
      async pressOnTimeline(key) {
        // As a reader whose focus is on the slider: a key press does not scroll the page (a
        // locator's press would, and move the map under a resting pointer).
        await slider().evaluate((el) => el.focus({ preventScroll: true }));
        await page().keyboard.press(key);
      },
      async pressOnTimelineAtOnce(keys) {
        await slider().evaluate(async (el, keys) => {
          for (const key of keys) {
            el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
            await Promise.resolve();
          }
        }, keys);
      },
      async pressOnSlider(name, key) {
        await slider(name).press(key);
      },
      async clickYearBar(year) {
        const f = figure('perYear');
        await f.scrollIntoViewIfNeeded();
        // The bars of a year are stacked in its column; click the middle of the tallest piece.
        const point = await f.evaluate((el, year) => {
          let best: DOMRect | null = null;
          for (const r of el.querySelectorAll(`.year-columns g[data-year="${year}"] .bar`)) {
            const b = r.getBoundingClientRect();
            if (b.height > 0 && (!best || b.height > best.height)) best = b;
          }
          if (!best) return { error: `no bar drawn for ${year}` };
          return { x: best.left + best.width / 2, y: best.top + best.height / 2 };
        }, year);
        if ('error' in point) throw new Error(point.error);
        await page().mouse.click(point.x, point.y);
      },
      async clickTownBar(name) {
        const f = figure('topTowns');
        await f.scrollIntoViewIfNeeded();
        // The bars are in the order of the chart's data table.
        const names = await f.locator('table tbody th[scope="row"]').allTextContents();
        const index = names.findIndex((n) => n.trim() === name);
        if (index < 0) throw new Error(`No bar for "${name}" in the top-towns chart (it has: ${names.join(', ')})`);
        await f.locator('.ranked-bars .bar-row').nth(index).click();
      },
      async choosePlace(label) {
        await placeSelect().selectOption({ label });
      },
      async clearPlace() {
        await page()
          .getByRole('button', { name: new RegExp(`^${escapeRegExp(t.filters.clearPlace(''))}`) })
          .click();
      },
      async openUnstated() {
        await unstatedButton().click();
      },
      async showWholeList() {
        const more = page().getByRole('button', { name: /^Show \d+ more$/ });
        for (let i = 0; i < 50 && (await more.count()) > 0; i++) await more.click();
      },
      async openIncident(id) {
        await page().locator(`button[data-incident="${id}"]`).click();
      },
      async openTypeFilters() {
        const summary = page()
          .locator('summary')
          .filter({ hasText: `${t.filters.types}:` });
        const open = await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open);
        if (!open) await summary.click();
      },
      async toggleType(label) {
        await page().getByRole('checkbox', { name: label, exact: true }).click();
      },
      async chooseMapMode(label) {
        await mapRegion().getByText(label, { exact: true }).click();
      },
      async clickMapAt(lon, lat) {
        const canvas = page().locator('.map-canvas canvas');
        const box = await canvas.boundingBox();
        if (!box) throw new Error('The map canvas is not laid out');
        const p = project(lon, lat, box.width, box.height);
        await canvas.click({ position: p });
      },
      async dragMap(dx, dy) {
        const box = await page().locator('.map-canvas canvas').boundingBox();
        if (!box) throw new Error('The map canvas is not laid out');
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        const mouse = page().mouse;
        await mouse.move(x, y);
        await mouse.down();
        await mouse.move(x + dx, y + dy, { steps: 12 });
        await mouse.up();
      },
      async clickPlay() {
        await playButton().click();
      },
      async scrollToMap() {
        await mapRegion().scrollIntoViewIfNeeded();
      },
      async reload() {
        await page().reload();
        await waitForExplorer(true);
      },
      async back() {
        await page().goBack();
      },
      async forward() {
        await page().goForward();
      },
      async hoverMapAt(lon, lat) {
        const canvas = page().locator('.map-canvas canvas');
        const box = await canvas.boundingBox();
        if (!box) throw new Error('The map canvas is not laid out');
        const p = project(lon, lat, box.width, box.height);
        // Arrive from a little way off, so MapLibre sees the pointer move onto the mark.
        await page().mouse.move(box.x + p.x - 30, box.y + p.y - 30);
        await page().mouse.move(box.x + p.x, box.y + p.y, { steps: 6 });
      },
      async hoverTownBar(name) {
        const f = figure('topTowns');
        await f.scrollIntoViewIfNeeded();
        const names = await f.locator('table tbody th[scope="row"]').allTextContents();
        const index = names.findIndex((n) => n.trim() === name);
        if (index < 0) throw new Error(`No bar for "${name}" in the top-towns chart (it has: ${names.join(', ')})`);
        await f.locator('.ranked-bars .bar-row').nth(index).hover();
      },
      async typeSearch(text) {
        await page().getByRole('searchbox', { name: t.filters.search }).fill(text);
      },
      async openFramedByAnotherSite(path, opts = {}) {
        const site = new URL(await baseUrl());
        // Another origin on the same machine: the host name differs, so the origin does.
        const other = new URL(site.href);
        other.hostname = 'localhost';
        const framer = new URL('framer.html', other).href;
        const framed = new URL(path.replace(/^\//, ''), site).href;
        await openContext(DESKTOP, { ...opts, siteHeaders: opts.siteHeaders ?? true });
        if (!context) throw new Error('No browser context');
        // The framing page is made up here; it is never fetched from a server.
        await context.route(framer, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><title>Another site</title><iframe src="${framed}" width="800" height="600"></iframe>`,
          }),
        );
        framingPage = page();
        await framingPage.goto(framer);
      },
      async waitForServiceWorker() {
        await page().waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, {
          timeout: 30_000,
          polling: 100,
        });
      },
      async setOffline(offline) {
        if (!context) throw new Error('No browser context');
        await context.setOffline(offline);
      },
      async navigate(path) {
        await page().goto(new URL(path.replace(/^\//, ''), await baseUrl()).href, { waitUntil: 'commit' });
      },
      async acceptUpdate() {
        await Promise.all([
          page().waitForEvent('load', { timeout: 30_000 }),
          updatePrompt().getByRole('button', { name: t.offline.reload, exact: true }).click(),
        ]);
        await waitForExplorer(true);
      },
      async injectInlineScript(code) {
        await page().evaluate((c) => {
          const el = document.createElement('script');
          el.textContent = c;
          document.body.append(el);
        }, code);
      },
    },

    then: {
      url: () => page().url(),
      params: () => new URL(page().url()).searchParams,
      param: (name) => new URL(page().url()).searchParams.get(name),
      async listCount() {
        const text = (await listHeading().textContent()) ?? '';
        const m = /^(\d+) incidents?$/.exec(text.trim());
        if (!m) throw new Error(`The list heading reads "${text}"`);
        return Number(m[1]);
      },
      async listItems() {
        return page()
          .locator('button[data-incident]')
          .evaluateAll((rows) =>
            rows.map((row) => {
              const meta = row.querySelector('.meta');
              const spans = meta ? [...meta.children] : [];
              return {
                id: row.getAttribute('data-incident') ?? '',
                date: row.querySelector('time')?.textContent?.trim() ?? '',
                type: (row.querySelector('.type') ?? spans[1])?.textContent?.trim() ?? '',
                place: (row.querySelector('.place') ?? spans[2])?.textContent?.trim() ?? '',
                title: row.querySelector('.title')?.textContent?.trim() ?? '',
              };
            }),
          );
      },
      async chartTitles() {
        return { perYear: await readTitle('perYear'), byType: await readTitle('byType'), topTowns: await readTitle('topTowns') };
      },
      async chartDescriptions() {
        return {
          perYear: await readDescription('perYear'),
          byType: await readDescription('byType'),
          topTowns: await readDescription('topTowns'),
        };
      },
      async rankedBars(chart) {
        return figure(chart)
          .locator('.ranked-bars .bar-row')
          .evaluateAll((rows) =>
            rows.map((r) => ({
              label: r.querySelector('.bar-label')?.textContent ?? '',
              value: r.querySelector('.bar-value')?.textContent ?? '',
              title: (r.querySelector('title')?.textContent ?? '').replace(/[\u2066-\u2069]/g, ''),
            })),
          );
      },
      async barCount(chart) {
        return figure(chart).locator(BARS).count();
      },
      async sliderValueText(name) {
        return slider(name).getAttribute('aria-valuetext');
      },
      async placeValue() {
        return placeSelect().inputValue();
      },
      async unstatedButtonCount() {
        if ((await unstatedButton().count()) === 0) return null;
        const text = (await unstatedButton().textContent()) ?? '';
        return Number(/\((\d+)\)/.exec(text)?.[1]);
      },
      async notOnMapCounts() {
        const texts = await page().locator('.not-on-map button').allTextContents();
        return texts.map((s) => Number(/\((\d+)\)\s*$/.exec(s)?.[1] ?? NaN));
      },
      async mapReady() {
        return (await mapCanvas().getAttribute('data-ready')) === 'true';
      },
      async mapIdle() {
        return mapCanvas().getAttribute('data-idle');
      },
      async mapIdleAfter(previous) {
        const handle = await page().waitForFunction(
          (prev) => {
            const v = document.querySelector<HTMLElement>('.map-canvas')?.dataset.idle;
            return v && v !== prev ? v : null;
          },
          previous,
          { timeout: MAP_TIMEOUT, polling: 50 },
        );
        return String(await handle.jsonValue());
      },
      mapPixelOf: pixelOf,
      async mapScreenshot() {
        return decodePng(await page().locator('.map-canvas canvas').screenshot({ animations: 'disabled' }));
      },
      async playButton() {
        return playButton().evaluate((el) => {
          const r = el.getBoundingClientRect();
          const playing = el.getAttribute('aria-pressed') === 'true';
          return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height, playing };
        });
      },
      async timelineTop() {
        return page()
          .getByRole('region', { name: t.timeline.heading })
          .evaluate((el) => el.getBoundingClientRect().top + scrollY);
      },
      async mapFrameInViewport() {
        const box = await page().locator('.map-frame').boundingBox();
        const vp = page().viewportSize();
        if (!box || !vp) return false;
        return (
          (await page().locator('.map-frame').isVisible()) &&
          box.y >= -1 &&
          box.y + box.height <= vp.height + 1 &&
          box.height > 100
        );
      },
      async detailText() {
        const detail = page().getByRole('article');
        if ((await detail.count()) === 0) return null;
        return ((await detail.first().innerText()) ?? '').trim();
      },
      async caseChain() {
        return page().getByRole('navigation', { name: t.list.case, exact: true }).getByRole('listitem').allInnerTexts();
      },
      async scrollWidth() {
        return page().evaluate(() => document.documentElement.scrollWidth);
      },
      async drawnLeftToRight(phrase) {
        return page().evaluate((phrase) => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const text = n as Text;
            const at = text.data.indexOf(phrase);
            if (at < 0) continue;
            const boxes: DOMRect[] = [];
            for (let i = at; i < at + phrase.length; i++) {
              if (/\s/.test(text.data[i] ?? '')) continue;
              const range = document.createRange();
              range.setStart(text, i);
              range.setEnd(text, i + 1);
              boxes.push(range.getBoundingClientRect());
            }
            // Each character right of the one before it, or on a later line (the phrase may wrap).
            return boxes.every((b, i) => {
              const prev = boxes[i - 1];
              return !prev || b.top > prev.top + prev.height / 2 || (Math.abs(b.top - prev.top) < 1 && b.x > prev.x);
            });
          }
          return null;
        }, phrase);
      },
      requests: () => [...requests],
      referers: () => Promise.all(referers),
      pageErrors: () => [...pageErrors],
      async axeViolations() {
        const p = page();
        const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
        // Evaluated through the DevTools protocol, not added as an inline <script>, which
        // the site's Content-Security-Policy refuses.
        await p.evaluate(source);
        return p.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: RawViolation[] }> } }
          ).axe;
          interface RawViolation {
            id: string;
            impact: string | null;
            help: string;
            nodes: { target: unknown[]; failureSummary?: string }[];
          }
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), message: n.failureSummary ?? '' })),
          }));
        });
      },
      consoleMessages: () => [...consoleMessages],
      async policyViolations() {
        return (await watchLog()).violations;
      },
      async activeElements() {
        return (await watchLog()).active;
      },
      async windowValue(name) {
        return page().evaluate((n) => (window as unknown as Record<string, unknown>)[n], name);
      },
      async pageText() {
        return page().evaluate(() => document.body.innerText);
      },
      async alertText() {
        const alert = page().getByRole('alert');
        await alert.first().waitFor({ state: 'visible', timeout: 30_000 });
        return ((await alert.first().textContent()) ?? '').trim();
      },
      async loadingText() {
        const status = page().getByRole('status').filter({ hasText: t.loading });
        await status.first().waitFor({ state: 'visible', timeout: 30_000 });
        return ((await status.first().textContent()) ?? '').trim();
      },
      async loadingShown() {
        return page().getByRole('status').filter({ hasText: t.loading }).first().isVisible();
      },
      async explorerShown() {
        await listHeading().waitFor({ state: 'visible', timeout: 30_000 });
        return listHeading().isVisible();
      },
      async statusShown(text) {
        const status = page().getByRole('status').filter({ hasText: text });
        try {
          await status.first().waitFor({ state: 'visible', timeout: MAP_TIMEOUT });
          return true;
        } catch {
          return false;
        }
      },
      async mapNotice() {
        const notice = mapRegion().getByRole('status');
        await notice.first().waitFor({ state: 'visible', timeout: MAP_TIMEOUT });
        return ((await notice.first().textContent()) ?? '').trim();
      },
      async mapTooltip() {
        const tip = page().locator('.map-tooltip');
        try {
          await tip.waitFor({ state: 'visible', timeout: 5_000 });
        } catch {
          return null;
        }
        return visible(await tip.innerText());
      },
      async chartTooltip() {
        // The browser shows the hovered row's SVG <title> as its tooltip.
        const title = figure('topTowns').locator('.bar-row:hover > title');
        return (await title.count()) ? visible((await title.textContent()) ?? '') : null;
      },
      async searchValue() {
        return page().getByRole('searchbox', { name: t.filters.search }).inputValue();
      },
      async checkedTypes() {
        const boxes = page().getByRole('group', { name: t.filters.types }).getByRole('checkbox', { checked: true });
        const labels: string[] = [];
        for (const box of await boxes.all()) {
          labels.push(((await box.evaluate((el) => el.closest('label')?.textContent ?? '')) || '').trim());
        }
        return labels;
      },
      async placeOptions() {
        return (await placeSelect().locator('option').allTextContents()).map((s) => s.trim());
      },
      async updatePrompt() {
        await updatePrompt().waitFor({ state: 'visible', timeout: 30_000 });
        return ((await updatePrompt().textContent()) ?? '').trim();
      },
      async updatePromptShown() {
        return updatePrompt().isVisible();
      },
      async embedBars() {
        const fig = page().locator('figure.embed');
        await fig.waitFor({ state: 'visible', timeout: 30_000 });
        await fig.locator(BARS).first().waitFor({ state: 'attached', timeout: 30_000 });
        return fig.locator(BARS).count();
      },
      async framedUrl() {
        const p = framingPage;
        if (!p) throw new Error('No framing page: call when.openFramedByAnotherSite() first');
        const frame = p.locator('iframe');
        await frame.waitFor({ state: 'attached' });
        const handle = await frame.elementHandle();
        const child = await handle?.contentFrame();
        if (!child) throw new Error('The iframe has no frame');
        await child.waitForLoadState('load');
        return child.url();
      },
    },

    page,
    origin: () => new URL(page().url()).origin,
    async close() {
      if (context) await context.close().catch(() => undefined);
      context = null;
      currentPage = null;
      framingPage = null;
      if (ownBrowser) {
        const b = ownBrowser;
        ownBrowser = null;
        await (await b).close().catch(() => undefined);
      }
      if (browserPromise) {
        const b = browserPromise;
        browserPromise = null;
        await (await b).close().catch(() => undefined);
      }
      if (ownServer) await (await ownServer).close();
    },
  };

  return explorer;
}

/**
 * Web Mercator, as MapLibre fits KZ_BOUNDS into a map of width × height CSS pixels: the
 * box's projected middle at the centre, scaled to fill the room inside the padding.
 */
function project(lon: number, lat: number, width: number, height: number): { x: number; y: number } {
  const mx = (lng: number) => (lng + 180) / 360;
  const my = (la: number) => (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360))) / 360;
  const [w, s, e, n] = KZ_BOUNDS;
  const scale = Math.min((width - 2 * FIT_PADDING) / (mx(e) - mx(w)), (height - 2 * FIT_PADDING) / (my(s) - my(n)));
  return {
    x: width / 2 + (mx(lon) - (mx(w) + mx(e)) / 2) * scale,
    y: height / 2 + (my(lat) - (my(n) + my(s)) / 2) * scale,
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
