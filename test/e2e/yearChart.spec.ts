import { describe, expect, it } from 'vitest';
import { inYear, yearBounds } from './data.ts';
import { coverageDriver } from './coverageDriver.ts';
import { useExplorer } from './explorer.ts';

describe('the per-year chart', () => {
  const app = useExplorer();
  const chart = coverageDriver(app);

  it('selects the year of the bar clicked, and moves the selection to the year of a dimmed bar', async () => {
    await app.given.explorerAt();
    const years = Array.from({ length: yearBounds[1] - yearBounds[0] + 1 }, (_, k) => yearBounds[0] + k);
    expect(await chart.brightColumns(), 'every year stands out while all are selected').toEqual(years);
    await app.when.clickYearBar(2011);
    await expect.poll(() => app.then.param('years')).toBe('2011');
    expect(await app.then.sliderValueText()).toBe('2011');
    await expect.poll(() => app.then.listCount()).toBe(inYear(2011).length);
    expect(await chart.brightColumns(), 'the other years fade').toEqual([2011]);
    // 2017 is dimmed now: its bar moves the selection (one page since issue 14, test/e2e/REMOVED.md).
    await app.when.clickYearBar(2017);
    await expect.poll(() => app.then.param('years')).toBe('2017');
    expect(await app.then.sliderValueText()).toBe('2017');
    await expect.poll(() => app.then.listCount()).toBe(inYear(2017).length);
    expect(await chart.brightColumns()).toEqual([2017]);
  });
});
