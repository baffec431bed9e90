import { describe, expect, it } from 'vitest';
import { inYear } from './data.ts';
import { useExplorer } from './explorer.ts';

describe('the per-year chart', () => {
  const app = useExplorer();

  it('selects the year of the bar clicked', async () => {
    await app.given.explorerAt();
    await app.when.clickYearBar(2011);
    await expect.poll(() => app.then.param('years')).toBe('2011');
    expect(await app.then.sliderValueText()).toBe('2011');
    await expect.poll(() => app.then.listCount()).toBe(inYear(2011).length);
  });

  it('moves the selection to the year of a dimmed bar', async () => {
    await app.given.explorerAt('?years=2011');
    await app.when.clickYearBar(2017);
    await expect.poll(() => app.then.param('years')).toBe('2017');
    expect(await app.then.sliderValueText()).toBe('2017');
    await expect.poll(() => app.then.listCount()).toBe(inYear(2017).length);
  });
});
