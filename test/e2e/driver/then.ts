/** Then: what the reader sees, and what the page did, read for the specs to assert on. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { en as t } from '../../../src/lib/strings.ts';
import { decodePng } from '../png.ts';
import { locators } from './locators.ts';
import { MAP_TIMEOUT, project, waitForMapReady } from './map.ts';
import type { Session } from './session.ts';
import { BARS, type Explorer } from './types.ts';
import { readWatchLog, visible } from './watch.ts';

// Not named `then`: a module exporting `then` is a thenable, and awaiting its import never settles.
export function thenReadings(s: Session): Explorer['then'] {
  const page = s.page;
  const {
    slider,
    listHeading,
    placeSelect,
    mapRegion,
    mapCanvas,
    figure,
    updatePrompt,
    unstatedButton,
    playButton,
    readTitle,
    readDescription,
  } = locators(page);
  const pixelOf = async (lon: number, lat: number) => {
    await waitForMapReady(page());
    const box = await page().locator('.map-canvas canvas').boundingBox();
    if (!box) throw new Error('The map canvas is not laid out');
    return project(lon, lat, box.width, box.height);
  };
  return {
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
    async listRowsDrawn() {
      return page()
        .locator('.incident-list button[data-incident]')
        .evaluateAll((rows) => rows.filter((r) => r.checkVisibility({ contentVisibilityAuto: true })).length);
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
    async mapDrawn() {
      try {
        await waitForMapReady(page());
        return true;
      } catch {
        return false;
      }
    },
    async mapIdle() {
      await waitForMapReady(page());
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
      await waitForMapReady(page());
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
        (await page().locator('.map-frame').isVisible()) && box.y >= -1 && box.y + box.height <= vp.height + 1 && box.height > 100
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
    async chartWidths() {
      return page().evaluate(() =>
        [...document.querySelectorAll('.app-charts svg.chart-svg')].map(
          (svg) => (svg.parentElement as Element).getBoundingClientRect().width,
        ),
      );
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
    requests: () => [...s.requests],
    referers: s.referers,
    pageErrors: () => [...s.pageErrors],
    async axeViolations() {
      const p = page();
      const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      // Evaluated through the DevTools protocol, not added as an inline <script>, which
      // the site's Content-Security-Policy refuses.
      await p.evaluate(source);
      return p.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: RawViolation[] }> } })
          .axe;
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
    consoleMessages: () => [...s.consoleMessages],
    async policyViolations() {
      return (await readWatchLog(page())).violations;
    },
    async activeElements() {
      return (await readWatchLog(page())).active;
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
      const p = s.framingPage;
      if (!p) throw new Error('No framing page: call when.openFramedByAnotherSite() first');
      const frame = p.locator('iframe');
      await frame.waitFor({ state: 'attached' });
      const handle = await frame.elementHandle();
      const child = await handle?.contentFrame();
      if (!child) throw new Error('The iframe has no frame');
      await child.waitForLoadState('load');
      return child.url();
    },
  };
}
