/**
 * The end-to-end driver, in the style of maputnik's: the specs speak of the explorer in its
 * own terms (given / when / then) and only this file knows Playwright, the built site's
 * server and the DOM. It is the one file that imports playwright-core.
 *
 * The site under test is the production build (dist/, from `npx vite build`), served by
 * Vite's preview server on a free port of 127.0.0.1, and opened in Debian's Chromium,
 * whose WebGL runs on SwiftShader.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import { en as t } from '../../src/lib/strings.ts';
import { decodePng, type Pixels } from './png.ts';

export type { Pixels };

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update'];
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 812 };

/** Kazakhstan's box and the padding the map fits it with (KZ_BOUNDS in src/features/map/IncidentMap.tsx). */
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

// ---------------------------------------------------------------------------------------
// The browser: one per test file (one worker process), launched on first use so that a
// missing Chromium fails each test with the reason, rather than skipping them.

let browserPromise: Promise<Browser> | null = null;

function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    return Promise.reject(
      new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\``),
    );
  }
  browserPromise ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return browserPromise;
}

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
    explorerAt(query?: string, viewport?: Viewport, options?: { waitForMap?: boolean }): Promise<void>;
  };
  when: {
    pressOnTimeline(key: string): Promise<void>;
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
    reload(): Promise<void>;
    back(): Promise<void>;
    forward(): Promise<void>;
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
    detailText(): Promise<string | null>;
    caseChain(): Promise<string[]>;
    scrollWidth(): Promise<number>;
    requests(): readonly string[];
    pageErrors(): readonly string[];
    axeViolations(): Promise<AxeViolation[]>;
  };
  page(): Page;
  origin(): string;
  close(): Promise<void>;
}

/**
 * The explorer for one test file. `baseUrl` is the served site (from the global setup);
 * without it, the driver serves dist/ itself.
 */
export function createExplorer(options: { baseUrl?: string } = {}): Explorer {
  let ownServer: Promise<SiteServer> | null = null;
  let context: BrowserContext | null = null;
  let currentPage: Page | null = null;
  let requests: string[] = [];
  let pageErrors: string[] = [];

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
  const listHeading = () => page().getByRole('heading', { level: 2, name: /^\d+ incidents?$/ });
  const placeSelect = () => page().getByRole('combobox', { name: 'Place', exact: true });
  // MapLibre's canvas is a region named "Map" too: the panel is the outer one.
  const mapRegion = () => page().getByRole('region', { name: t.map.heading, exact: true }).first();
  const mapCanvas = () => page().locator('.map-canvas');
  const figure = (chart: ChartName) => {
    const title = { perYear: t.charts.perYear, byType: t.charts.byType, topTowns: t.charts.topTowns }[chart];
    return page().getByRole('figure', { name: new RegExp(`^${escapeRegExp(title)}`) });
  };
  const unstatedButton = () => page().getByRole('button', { name: new RegExp(`^${escapeRegExp(t.map.unstated)} \\(\\d+\\)$`) });

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
    return ((await page().locator(`[id="${id}"]`).textContent()) ?? '').trim();
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
        const browser = await launchBrowser();
        if (context) await context.close();
        requests = [];
        pageErrors = [];
        const phone = viewport.width < 600;
        context = await browser.newContext({
          viewport,
          deviceScaleFactor: 1,
          hasTouch: phone,
          isMobile: phone,
          serviceWorkers: 'block',
        });
        context.on('request', (r) => requests.push(r.url()));
        currentPage = await context.newPage();
        currentPage.on('pageerror', (e) => pageErrors.push(e.message));
        await currentPage.goto(new URL(query, await baseUrl()).href);
        await waitForExplorer(opts.waitForMap ?? true);
      },
    },

    when: {
      async pressOnTimeline(key) {
        await slider().press(key);
      },
      async pressOnSlider(name, key) {
        await slider(name).press(key);
      },
      async clickYearBar(year) {
        const f = figure('perYear');
        await f.scrollIntoViewIfNeeded();
        // The bars of a year are stacked in one column of the x axis' band for that year;
        // click the middle of the tallest piece of that column.
        const point = await f.evaluate(
          (el, { year, first, last }) => {
            const axis = el.querySelector('.recharts-xAxis .recharts-cartesian-axis-line');
            if (!axis) return { error: 'no x axis line in the per-year chart' };
            const a = axis.getBoundingClientRect();
            const band = a.width / (last - first + 1);
            const lo = a.left + (year - first) * band;
            let best: DOMRect | null = null;
            for (const r of el.querySelectorAll('.recharts-bar-rectangle path')) {
              const b = r.getBoundingClientRect();
              const cx = b.left + b.width / 2;
              if (cx >= lo && cx < lo + band && b.height > 0 && (!best || b.height > best.height)) best = b;
            }
            if (!best) return { error: `no bar drawn for ${year}` };
            return { x: best.left + best.width / 2, y: best.top + best.height / 2 };
          },
          { year, first: await sliderMin(), last: await sliderMax() },
        );
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
        await f.locator('.recharts-bar-rectangle path').nth(index).click();
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
      async barCount(chart) {
        return figure(chart).locator('.recharts-bar-rectangle').count();
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
      requests: () => [...requests],
      pageErrors: () => [...pageErrors],
      async axeViolations() {
        const p = page();
        const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
        await p.addScriptTag({ content: source });
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
    },

    page,
    origin: () => new URL(page().url()).origin,
    async close() {
      if (context) await context.close().catch(() => undefined);
      context = null;
      currentPage = null;
      if (browserPromise) {
        const b = browserPromise;
        browserPromise = null;
        await (await b).close().catch(() => undefined);
      }
      if (ownServer) await (await ownServer).close();
    },
  };

  async function sliderMin() {
    return Number(await slider().getAttribute('aria-valuemin'));
  }
  async function sliderMax() {
    return Number(await slider().getAttribute('aria-valuemax'));
  }

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
