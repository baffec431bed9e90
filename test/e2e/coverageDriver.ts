/**
 * Domain actions and readings for what the reports cover and for the context records: the
 * per-year chart's columns and year buttons, the timeline's coverage marks and note, the
 * explanations of an empty map or list, and the context marks and list. Built on the
 * explorer driver's page; like it, the only place these specs touch Playwright.
 */
import { visible, type Explorer } from './driver.ts';

export interface YearColumn {
  coverage: string | null;
  /** The "not covered" label drawn in the column. */
  label: string | null;
  bars: number;
}

export function coverageDriver(app: Explorer) {
  const page = () => app.page();
  const chart = () => page().locator('figure.chart', { has: page().locator('.year-columns') });
  return {
    async yearColumn(year: number): Promise<YearColumn> {
      const col = chart().locator(`.year-columns g[data-year="${year}"]`).first();
      return {
        coverage: await col.getAttribute('data-coverage'),
        label: (await col.locator('.not-covered-label').count()) ? await col.locator('.not-covered-label').textContent() : null,
        bars: await col.locator('.bar').count(),
      };
    },
    /** What the year's button under the chart says to a screen reader. */
    async yearButtonName(year: number): Promise<string | null> {
      return chart().locator(`.year-axis button[data-year="${year}"]`).getAttribute('aria-label');
    },
    /** Moves the keyboard to a year's button (Tab into the axis, then arrows) and reads the tooltip. */
    async focusYear(year: number): Promise<string> {
      const buttons = chart().locator('.year-axis button');
      const first = Number(await buttons.first().getAttribute('data-year'));
      await chart().locator('.year-axis button[tabindex="0"]').focus();
      await page().keyboard.press('Home');
      for (let y = first; y < year; y++) await page().keyboard.press('ArrowRight');
      const focused = await page().evaluate(() => document.activeElement?.getAttribute('data-year'));
      if (focused !== String(year)) throw new Error(`focus is on ${focused}, not on ${year}`);
      return visible((await chart().locator('.chart-tip').textContent()) ?? '').trim();
    },
    async activateFocusedYear() {
      await page().keyboard.press('Enter');
    },
    /** Years the timeline's track marks as not covered and as partly covered. */
    async timelineCoverage(): Promise<{ none: number[]; partial: number[] }> {
      const years = (cls: string) =>
        page()
          .locator(`.timeline-coverage-track .${cls}`)
          .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-year'))));
      return { none: await years('tl-none'), partial: await years('tl-partial') };
    },
    async timelineNote(): Promise<string> {
      return visible((await page().locator('.timeline-coverage').textContent()) ?? '').trim();
    },
    async listEmptyText(): Promise<string> {
      return visible((await page().locator('.incident-list .empty').textContent()) ?? '').trim();
    },
    async mapNotice(): Promise<string | null> {
      const n = page().locator('.map-panel .map-notice');
      return (await n.count()) ? visible((await n.textContent()) ?? '').trim() : null;
    },
    /**
     * What covers the map's notice (in the explorer or an embed), hit-tested by the browser
     * at points spread over it (a grid of 5 by 3): none when a reader sees all of it.
     */
    async mapNoticeCoveredBy(): Promise<string[]> {
      const notice = page().locator('.map-notice');
      await notice.scrollIntoViewIfNeeded();
      return notice.evaluate((n) => {
        const r = n.getBoundingClientRect();
        const covering = new Set<string>();
        for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9])
          for (const fy of [0.25, 0.5, 0.75]) {
            const top = document.elementFromPoint(r.left + fx * r.width, r.top + fy * r.height);
            if (!top || !(top === n || n.contains(top)))
              covering.add(top ? `${top.tagName.toLowerCase()}.${top.className}` : 'nothing');
          }
        return [...covering];
      });
    },
    /** The years of the context marks drawn on the chart and on the timeline, at full strength (in the selected years). */
    async contextMarks(): Promise<{ chart: number[]; timeline: number[] }> {
      const years = (sel: string) =>
        page()
          .locator(sel)
          .evaluateAll((els) =>
            els.filter((e) => Number(getComputedStyle(e).opacity) > 0.9).map((e) => Number(e.getAttribute('data-year'))),
          );
      return { chart: await years('.year-columns .context-mark'), timeline: await years('.timeline-context .tl-mark') };
    },
    /** The years whose columns the per-year chart draws at full strength (the others fade). */
    async brightColumns(): Promise<number[]> {
      return chart()
        .locator('.year-columns g[data-coverage]')
        .evaluateAll((els) =>
          els.filter((e) => Number(getComputedStyle(e).opacity) > 0.9).map((e) => Number(e.getAttribute('data-year'))),
        );
    },
    async contextListIds(): Promise<string[]> {
      await openContextList();
      return page()
        .locator('.context-list li')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
    },
    /** Focuses a record of the context list; returns the chart's tooltip and whether its mark is ringed. */
    async focusContext(id: string): Promise<{ tip: string; ringed: boolean }> {
      await openContextList();
      await page().locator(`.context-list li[data-id="${id}"] button`).focus();
      return {
        tip: visible((await chart().locator('.chart-tip').textContent()) ?? '').trim(),
        ringed: (await chart().locator(`.context-mark.active[data-id="${id}"]`).count()) === 1,
      };
    },
    async tapContextMark(id: string): Promise<string> {
      await chart().locator(`.context-mark[data-id="${id}"]`).dispatchEvent('click');
      return visible((await chart().locator('.chart-tip').textContent()) ?? '').trim();
    },
    async toggleContext() {
      await page()
        .getByRole('checkbox', { name: /^Show context/ })
        .click();
    },
  };

  async function openContextList() {
    const details = page().locator('.context-list details');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  }
}
