import { describe, expect, it } from 'vitest';
import { inYear, yearBounds } from './data.ts';
import { useExplorer } from './explorer.ts';

const [FIRST, LAST] = yearBounds;

describe('the timeline, by keyboard', () => {
  const app = useExplorer();

  /** The slider, the URL, the list, the per-year chart and the map all show `year` alone. */
  async function expectYearShown(year: number, idleBefore: string | null) {
    await expect.poll(() => app.then.sliderValueText()).toBe(String(year));
    expect(app.then.param('years')).toBe(String(year));
    await expect.poll(() => app.then.listCount()).toBe(inYear(year).length);
    expect((await app.then.chartDescriptions()).perYear).toContain(`Selected: ${year}.`);
    await app.then.mapIdleAfter(idleBefore);
  }

  it('End shows the last year of the data alone', async () => {
    await app.given.explorerAt();
    expect(await app.then.sliderValueText()).toBe(`${FIRST}–${LAST}`);
    const idle = await app.then.mapIdle();
    await app.when.pressOnTimeline('End');
    await expectYearShown(LAST, idle);
  });

  it('ArrowLeft steps back one year at a time', async () => {
    await app.given.explorerAt(`?years=${LAST}`);
    for (const year of [LAST - 1, LAST - 2]) {
      const idle = await app.then.mapIdle();
      await app.when.pressOnTimeline('ArrowLeft');
      await expectYearShown(year, idle);
    }
  });

  it('Home shows the first year of the data alone', async () => {
    await app.given.explorerAt();
    const idle = await app.then.mapIdle();
    await app.when.pressOnTimeline('Home');
    await expectYearShown(FIRST, idle);
  });
});
