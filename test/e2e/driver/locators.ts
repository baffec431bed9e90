/** The explorer's parts, found by role and accessible name wherever the app gives one. */
import type { Page } from 'playwright-core';
import { en as t } from '../../../src/lib/strings.ts';
import { waitForMapReady } from './map.ts';
import type { ChartName } from './types.ts';
import { visible } from './watch.ts';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function locators(page: () => Page) {
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

  /** Waits for the list (the explorer has its data) and, when asked, for the map to draw it. */
  const waitForExplorer = async (waitForMap: boolean) => {
    await listHeading().waitFor({ state: 'visible', timeout: 30_000 });
    if (waitForMap) await waitForMapReady(page());
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

  return {
    slider,
    listHeading,
    placeSelect,
    mapRegion,
    mapCanvas,
    figure,
    updatePrompt,
    playButton,
    unstatedButton,
    waitForExplorer,
    readDescription,
    readTitle,
  };
}
