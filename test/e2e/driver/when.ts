/**
 * When: what a reader does. The map's actions first wait for the map to be drawn, so a spec
 * that never touches the map never waits for it.
 */
import { en as t } from '../../../src/lib/strings.ts';
import { escapeRegExp, locators } from './locators.ts';
import { project, waitForMapReady } from './map.ts';
import type { Session } from './session.ts';
import { DESKTOP, type Explorer } from './types.ts';

export function when(s: Session): Explorer['when'] {
  const page = s.page;
  const { slider, placeSelect, mapRegion, figure, updatePrompt, unstatedButton, playButton, waitForExplorer } = locators(page);
  /** The map's canvas, once the map has drawn its data. */
  const drawnMap = async () => {
    await waitForMapReady(page());
    const canvas = page().locator('.map-canvas canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('The map canvas is not laid out');
    return { canvas, box };
  };
  return {
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
    async pressOnTimelineAsMapBinds(key) {
      return slider().evaluate(
        (el, key) =>
          new Promise<boolean>((resolve) => {
            // The map's box comes with its code, after the slider: watch the whole page for it.
            const bound = () => document.querySelector<HTMLElement>('.map-canvas[data-ready="true"]');
            const press = (map: HTMLElement) => {
              const pending = map.dataset.townsPending === 'true';
              el.focus({ preventScroll: true });
              el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
              resolve(pending);
            };
            const now = bound();
            if (now) return press(now);
            const observer = new MutationObserver(() => {
              const map = bound();
              if (!map) return;
              observer.disconnect();
              press(map);
            });
            observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
          }),
        key,
      );
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
      // The detail's code may still be on its way (src/features/incidents/lazyDetail.ts).
      await page().locator('article.incident-detail').waitFor();
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
      const { canvas, box } = await drawnMap();
      await canvas.click({ position: project(lon, lat, box.width, box.height) });
    },
    async dragMap(dx, dy) {
      const { box } = await drawnMap();
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
    async scrollToList() {
      await page().locator('.incident-list').scrollIntoViewIfNeeded();
    },
    async reload() {
      await page().reload();
      await waitForExplorer(false);
    },
    async back() {
      await page().goBack();
    },
    async forward() {
      await page().goForward();
    },
    async hoverMapAt(lon, lat) {
      const { box } = await drawnMap();
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
      const site = new URL(await s.baseUrl());
      // Another origin on the same machine: the host name differs, so the origin does.
      const other = new URL(site.href);
      other.hostname = 'localhost';
      const framer = new URL('framer.html', other).href;
      const framed = new URL(path.replace(/^\//, ''), site).href;
      const framing = await s.openContext(DESKTOP, { ...opts, siteHeaders: opts.siteHeaders ?? true });
      const context = framing.context();
      // The framing page is made up here; it is never fetched from a server.
      await context.route(framer, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><title>Another site</title><iframe src="${framed}" width="800" height="600"></iframe>`,
        }),
      );
      s.framingPage = framing;
      await framing.goto(framer);
    },
    async waitForServiceWorker() {
      await page().waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, {
        timeout: 30_000,
        polling: 100,
      });
    },
    async setOffline(offline) {
      if (!s.context) throw new Error('No browser context');
      await s.context.setOffline(offline);
    },
    async navigate(path) {
      await s.goto(path, 'commit');
    },
    async acceptUpdate() {
      await Promise.all([
        page().waitForEvent('load', { timeout: 30_000 }),
        updatePrompt().getByRole('button', { name: t.offline.reload, exact: true }).click(),
      ]);
      await waitForExplorer(false);
    },
    async injectInlineScript(code) {
      await page().evaluate((c) => {
        const el = document.createElement('script');
        el.textContent = c;
        document.body.append(el);
      }, code);
    },
  };
}
