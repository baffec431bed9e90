/**
 * The driver for what leaves the explorer: the share dialog, its downloads, and embeds framed
 * by someone else's page. Like driver.ts, it is the only place these specs touch Playwright;
 * it works on the page of an explorer that driver.ts opened.
 *
 * The "someone else's page" is served by a small server of its own on another port of
 * 127.0.0.1: another origin, so the embed runs cross-origin as it does on a blog. (A page
 * faked by the browser on a public name may not frame a local server in Chromium.)
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Frame, Page } from 'playwright-core';
import { exportStrings as s, en as t } from '../../src/lib/strings.ts';
import { ROOT, type Explorer } from './driver.ts';

export interface Download {
  filename: string;
  bytes: Buffer;
  text(): string;
}

export interface ShareDialog {
  when: {
    openShare(): Promise<void>;
    openShareFor(chartLabel: string): Promise<void>;
    chooseEmbedChart(label: string): Promise<void>;
    chooseTheme(label: string): Promise<void>;
    setShowTitle(on: boolean): Promise<void>;
    setResizeScript(on: boolean): Promise<void>;
    setContextMarks(on: boolean): Promise<void>;
    download(buttonName: string | RegExp): Promise<Download>;
    /** Shows the image or the social media card in the image preview. */
    choosePreview(label: string): Promise<void>;
    setImageTitle(text: string): Promise<void>;
    setImageNote(text: string): Promise<void>;
  };
  then: {
    link(): Promise<string>;
    snippet(): Promise<string>;
    altText(): Promise<string>;
    /** Parses an SVG in the browser: its <title> and whether it parsed without error. */
    parseSvg(svg: string): Promise<ParsedSvg>;
    /** The image preview once drawn: its alt text and the SVG it shows. */
    imagePreview(): Promise<{ alt: string; svg: string }>;
    /** What the dialog says about the text search: the embed's note and the downloads' note. */
    searchNotes(): Promise<string[]>;
    /** The credit line of the embed in the preview frame. */
    embedPreviewCredit(): Promise<string>;
    /** The address of the embed in the preview frame. */
    embedPreviewSrc(): Promise<string>;
    /** The explorer's data table of a chart (the model its bars are drawn from), by the chart's title. */
    explorerTable(chartTitle: string): Promise<Record<string, string>[]>;
  };
}

export interface ParsedSvg {
  ok: boolean;
  title: string | null;
  desc: string | null;
  width: number;
  height: number;
  /** The image's own lines of text (title, subtitle, note, credit), not the chart's. */
  lines: string[];
  /** The counts written beside the bars of a ranked-bars chart drawn in the image. */
  barValues: number[];
}

export function shareDialog(app: Explorer): ShareDialog {
  const page = () => app.page();
  const dialog = () => page().getByRole('dialog', { name: t.share.title });
  const field = (label: string) => dialog().getByLabel(label, { exact: true });
  const closeIfOpen = async () => {
    if (await dialog().isVisible()) {
      await dialog().getByRole('button', { name: t.share.close, exact: true }).click();
      await dialog().waitFor({ state: 'hidden' });
    }
  };
  return {
    when: {
      async openShare() {
        await closeIfOpen();
        await page().getByRole('banner').getByRole('button', { name: t.share.open, exact: true }).click();
        await dialog().waitFor();
      },
      async openShareFor(chartLabel) {
        await closeIfOpen();
        await page()
          .getByRole('button', { name: t.share.openFor(chartLabel), exact: true })
          .click();
        await dialog().waitFor();
      },
      async chooseEmbedChart(label) {
        await dialog().getByRole('group', { name: t.share.chart }).getByLabel(label, { exact: true }).check();
      },
      async chooseTheme(label) {
        await dialog().getByRole('group', { name: t.share.theme }).getByLabel(label, { exact: true }).check();
      },
      async setShowTitle(on) {
        await dialog().getByLabel(t.share.showTitle).setChecked(on);
      },
      async setResizeScript(on) {
        await dialog().getByLabel(t.share.resize).setChecked(on);
      },
      async setContextMarks(on) {
        await dialog().getByLabel(t.share.showContext).setChecked(on);
      },
      async download(name) {
        const [dl] = await Promise.all([page().waitForEvent('download'), dialog().getByRole('button', { name }).click()]);
        // Read through a stream: the shared browser is connected, and download.path() throws on a connection.
        const chunks: Buffer[] = [];
        for await (const chunk of await dl.createReadStream()) chunks.push(chunk as Buffer);
        const bytes = Buffer.concat(chunks);
        return { filename: dl.suggestedFilename(), bytes, text: () => bytes.toString('utf8') };
      },
      async choosePreview(label) {
        await dialog().getByRole('group', { name: s.previewOf }).getByLabel(label, { exact: true }).check();
      },
      async setImageTitle(text) {
        await field(s.titleField).fill(text);
      },
      async setImageNote(text) {
        await field(s.noteField).fill(text);
      },
    },
    then: {
      link: () => field(t.share.link).inputValue(),
      snippet: () => field(t.share.snippet).inputValue(),
      altText: () => field(t.share.altText).inputValue(),
      parseSvg: (svg) =>
        page().evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          const root = doc.documentElement;
          return {
            ok: !doc.querySelector('parsererror') && root.localName === 'svg',
            title: root.querySelector(':scope > title')?.textContent ?? null,
            desc: root.querySelector(':scope > desc')?.textContent ?? null,
            width: Number(root.getAttribute('width')),
            height: Number(root.getAttribute('height')),
            lines: [...root.querySelectorAll(':scope > text')].map((el) => el.textContent ?? ''),
            barValues: [...root.querySelectorAll(':scope > svg .bar-value')].map((el) => Number(el.textContent)),
          };
        }, svg),
      async imagePreview() {
        const img = dialog().locator('.share-image-preview[aria-busy="false"] img');
        await img.waitFor();
        const { alt, src } = await img.evaluate((el: HTMLImageElement) => ({ alt: el.alt, src: el.src }));
        const prefix = 'data:image/svg+xml;charset=utf-8,';
        if (!src.startsWith(prefix)) throw new Error(`The preview is not an SVG data: URL: ${src.slice(0, 60)}`);
        return { alt, svg: decodeURIComponent(src.slice(prefix.length)) };
      },
      searchNotes: () => dialog().locator('.share-search-note').allTextContents(),
      async embedPreviewCredit() {
        const credit = dialog().frameLocator('iframe.share-preview').locator('figcaption.embed-credit');
        await credit.waitFor({ timeout: 45_000 });
        return (await credit.textContent()) ?? '';
      },
      explorerTable: (chartTitle) =>
        page()
          .locator('table', { has: page().locator('caption', { hasText: `${t.charts.tableCaption}: ${chartTitle}` }) })
          .evaluate((table: HTMLTableElement) => {
            const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
            return [...table.querySelectorAll('tbody tr')].map((tr) =>
              Object.fromEntries([...tr.children].map((cell, i) => [head[i] ?? String(i), cell.textContent ?? ''])),
            );
          }),
      embedPreviewSrc: async () => (await dialog().locator('iframe.share-preview').getAttribute('src')) ?? '',
    },
  };
}

export interface EmbedView {
  title: string | null;
  subtitle: string | null;
  description: string;
  credit: string;
  exploreHref: string | null;
  /** Stacked or plain bars drawn. */
  bars: number;
  hasMapCanvas: boolean;
  background: string;
}

export interface EmbedHost {
  /** Opens a page on another origin whose body is `html` (one or more embed snippets). */
  openParentPage(html: string, options?: { width?: number; colorScheme?: 'light' | 'dark' }): Promise<void>;
  /** Height messages the parent page received, in order. */
  heightMessages(): Promise<number[]>;
  frameCount(): Promise<number>;
  /** The iframe's height in the parent page, once its embed is drawn. */
  frameHeight(index: number): Promise<number>;
  /** The embed document's own content height. */
  contentHeight(index: number): Promise<number>;
  embed(index: number): Promise<EmbedView>;
  /** JavaScript files the frames of the current parent page loaded, as paths under dist/. */
  scriptsLoaded(): string[];
  requests(): string[];
  page(): Page;
  close(): Promise<void>;
}

/** Gzip size of a built file, as a static host would send it. */
export function gzipSize(distPath: string): number {
  return gzipSync(readFileSync(resolve(ROOT, 'dist', distPath)), { level: 9 }).length;
}

export function distText(distPath: string): string {
  return readFileSync(resolve(ROOT, 'dist', distPath), 'utf8');
}

/** The host page's server; its pages open in the explorer's browser, and need no explorer page open. */
export async function createEmbedHost(app: Explorer): Promise<EmbedHost> {
  const browser = await app.browser();
  const siteOrigin = new URL(await app.siteUrl()).origin;
  let page: Page | null = null;
  let parentHtml = '';
  const requests: string[] = [];
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(parentHtml);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const parentOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const current = () => {
    if (!page) throw new Error('No parent page: call openParentPage() first');
    return page;
  };
  const frame = async (index: number): Promise<Frame> => {
    const handle = await current().locator('iframe').nth(index).elementHandle();
    const f = await handle?.contentFrame();
    if (!f) throw new Error(`No iframe ${index} on the parent page`);
    await f.locator('figure.embed').waitFor({ timeout: 45_000 });
    return f;
  };
  return {
    async openParentPage(html, options = {}) {
      await page?.context().close();
      requests.length = 0;
      const ctx = await browser.newContext({
        viewport: { width: options.width ?? 760, height: 900 },
        colorScheme: options.colorScheme ?? 'light',
        // As in driver.ts: a service worker's fetches escape the test's eyes (offline.spec.ts allows it).
        serviceWorkers: 'block',
      });
      ctx.on('request', (r) => requests.push(r.url()));
      parentHtml =
        '<!doctype html><html><head><meta charset="utf-8"><title>A blog post</title></head><body style="margin:0;font:16px serif">' +
        '<script>window.__heights=[];addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];' +
        'if(d)for(var k in d)window.__heights.push(d[k])});</script>' +
        `<article style="max-width:700px;margin:0 auto"><p>An article.</p>${html}<p>The end.</p></article></body></html>`;
      page = await ctx.newPage();
      await page.goto(`${parentOrigin}/post.html`);
    },
    heightMessages: () => current().evaluate(() => (window as unknown as { __heights: number[] }).__heights.slice()),
    frameCount: () => current().locator('iframe').count(),
    async frameHeight(index) {
      await frame(index);
      return current()
        .locator('iframe')
        .nth(index)
        .evaluate((f) => f.getBoundingClientRect().height);
    },
    async contentHeight(index) {
      const f = await frame(index);
      return f.evaluate(() => Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0));
    },
    async embed(index) {
      const f = await frame(index);
      return f.evaluate(() => {
        const fig = document.querySelector('figure.embed');
        // As a reader sees it: without the invisible isolate characters around data text.
        const text = (sel: string) =>
          fig
            ?.querySelector(sel)
            ?.textContent?.replace(/[\u2066-\u2069]/g, '')
            .trim() ?? null;
        const titleBox = fig?.querySelector('h1')?.parentElement;
        return {
          title: titleBox && !titleBox.classList.contains('visually-hidden') ? text('h1') : null,
          subtitle: text('.embed-subtitle'),
          description: text('.embed-desc') ?? '',
          credit: text('.embed-credit') ?? '',
          exploreHref: fig?.querySelector<HTMLAnchorElement>('.embed-credit a')?.href ?? null,
          bars: fig?.querySelectorAll('.year-columns .bar, .ranked-bars .bar').length ?? 0,
          hasMapCanvas: !!fig?.querySelector('.maplibregl-canvas'),
          background: getComputedStyle(document.body).backgroundColor,
        };
      });
    },
    scriptsLoaded: () =>
      requests
        .filter((u) => u.startsWith(siteOrigin) && u.endsWith('.js'))
        .map((u) => new URL(u).pathname.replace(/^\//, ''))
        .filter((p, i, all) => all.indexOf(p) === i),
    requests: () => requests.slice(),
    page: current,
    async close() {
      await page?.context().close();
      page = null;
      await new Promise((done) => server.close(done));
    },
  };
}
