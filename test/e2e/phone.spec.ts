import { describe, expect, it } from 'vitest';
import { PHONE } from './driver.ts';
import { incidents, inYear, yearBounds } from './data.ts';
import { useExplorer } from './explorer.ts';
import { languageView } from './languageDriver.ts';
import { t as kk } from '../../src/lib/strings.kk.ts';
import { t as ru } from '../../src/lib/strings.ru.ts';

describe('on a 375 × 812 phone', () => {
  const app = useExplorer();
  const lang = languageView(app);

  // The first view with the data forced no layout to measure the charts (a third of a second
  // on a phone's CPU) and drew each chart once, at the width the layout then gave it.
  it('the charts are drawn at their laid-out width without reading the layout first', async () => {
    for (const viewport of [PHONE, { width: 1440, height: 900 }]) {
      await app.given.explorerAt('', viewport);
      const charts = (await app.then.windowValue('__e2eCharts')) as { layoutReadsBeforeDrawn: number; firstDrawn: number[] };
      expect(charts.layoutReadsBeforeDrawn, `${viewport.width} px`).toBe(0);
      const laidOut = await app.then.chartWidths();
      expect(charts.firstDrawn, `${viewport.width} px`).toHaveLength(laidOut.length);
      charts.firstDrawn.forEach((w, i) =>
        expect(Math.abs(w - (laidOut[i] ?? 0)), `${viewport.width} px, chart ${i}`).toBeLessThan(0.5),
      );
    }
  });

  it('the timeline slider can be focused and moved by keyboard', async () => {
    await app.given.explorerAt('', PHONE);
    const last = yearBounds[1];
    await app.when.pressOnTimeline('End');
    await expect.poll(() => app.then.sliderValueText()).toBe(String(last));
    await app.when.pressOnTimeline('ArrowLeft');
    await expect.poll(() => app.then.sliderValueText()).toBe(String(last - 1));
    expect(app.then.param('years')).toBe(String(last - 1));
    const shown = inYear(last - 1).length;
    expect(await app.then.listCount()).toBe(shown);
    // The list is screens below the timeline: a step leaves its rows undrawn (content-visibility),
    // and they are drawn, the year's, when the reader scrolls to them.
    expect(await app.then.listRowsDrawn()).toBe(0);
    await app.when.scrollToList();
    const rows = await app.then.listItems();
    expect(rows.length).toBeGreaterThan(0);
    await expect.poll(() => app.then.listRowsDrawn()).toBe(rows.length);
    expect(rows.every((row) => row.date.endsWith(String(last - 1)))).toBe(true);
  });

  it('the type filters open and a type can be turned off', async () => {
    await app.given.explorerAt('', PHONE);
    await app.when.openTypeFilters();
    await app.when.toggleType('Detention');
    await expect.poll(() => app.then.param('types')).not.toBeNull();
    expect(app.then.param('types')?.split(',')).not.toContain('detention');
    await expect.poll(() => app.then.listCount()).toBe(incidents.filter((i) => i.type !== 'detention').length);
  });

  // With "nothing overflows sideways" on one page (issue 14, test/e2e/REMOVED.md).
  it('nothing overflows sideways, in English, Kazakh and Russian, with the type filters and an incident open; the incident opens its detail, with its source and lines', async () => {
    await app.given.explorerAt('', PHONE);
    expect(await app.then.scrollWidth()).toBeLessThanOrEqual(PHONE.width);
    await app.when.openTypeFilters();
    const [first] = await app.then.listItems();
    if (!first) throw new Error('the list is empty');
    await app.when.openIncident(first.id);
    expect(await app.then.scrollWidth()).toBeLessThanOrEqual(PHONE.width);
    await expect.poll(() => app.then.param('incident')).toBe(first.id);
    const detail = (await app.then.detailText()) ?? '';
    expect(detail).toContain(first.title);
    expect(detail).toContain('Source:');
    expect(detail).toMatch(/\blines? \d+(–\d+)?\b/);
    // Kazakh's and Russian's longer words (the map legend's line on pies was 3 px too wide in Kazakh).
    await lang.when.switchTo(kk.languageNames.kk, 'kk');
    expect(await app.then.scrollWidth()).toBeLessThanOrEqual(PHONE.width);
    await lang.when.switchTo(ru.languageNames.ru, 'ru');
    expect(await app.then.scrollWidth()).toBeLessThanOrEqual(PHONE.width);
  });

  // With "the map comes fully into view when scrolled to" on one page (issue 14, test/e2e/REMOVED.md).
  it('the map comes fully into view when scrolled to, and pans with a drag', async () => {
    await app.given.explorerAt('', PHONE);
    await app.when.scrollToMap();
    expect(await app.then.mapFrameInViewport()).toBe(true);
    expect(await app.then.mapDrawn()).toBe(true);
    const before = await app.then.mapScreenshot();
    const idle = await app.then.mapIdle();
    await app.when.dragMap(-80, 40);
    await app.then.mapIdleAfter(idle);
    const after = await app.then.mapScreenshot();
    expect(Buffer.from(after.data).equals(Buffer.from(before.data)), 'the map looks the same after the drag').toBe(false);
    // Panning is not a selection: the URL stays as it was.
    expect(app.then.url()).not.toContain('?');
  });
});
