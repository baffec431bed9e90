/** The timeline's controls stay where they are while what they show changes: a second click lands on the same control. */
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from './driver.ts';
import { inYear, incidents, yearBounds } from './data.ts';
import { useExplorer } from './explorer.ts';

const [FIRST, LAST] = yearBounds;
const unmapped = (year: number) => inYear(year).filter((i) => i.geo_precision === 3 || (i.geo_precision === 2 && !i.admin1));

describe('the timeline under the pointer', () => {
  const app = useExplorer();

  for (const [name, viewport] of [
    ['wide', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`keeps the Play button in place when playback starts, so the next click pauses (${name} screen)`, async () => {
      await app.given.explorerAt('', viewport, { waitForMap: false });
      const before = await app.then.playButton();
      expect(before.playing).toBe(false);
      await app.when.clickPlay();
      await expect.poll(async () => (await app.then.playButton()).playing).toBe(true);
      const after = await app.then.playButton();
      expect({ x: after.x, y: after.y, width: after.width }).toEqual({ x: before.x, y: before.y, width: before.width });
      await app.when.clickPlay();
      await expect.poll(async () => (await app.then.playButton()).playing).toBe(false);
    });
  }

  it('keeps the timeline in place when the years step to none "Not on the map"', async () => {
    // A year with incidents the map cannot place, followed by one with none.
    const year = Array.from({ length: LAST - FIRST }, (_, k) => FIRST + k).find(
      (y) => unmapped(y).length > 0 && unmapped(y + 1).length === 0,
    );
    if (year === undefined) throw new Error(`no year in ${incidents.length} incidents is followed by one with all on the map`);
    await app.given.explorerAt(`?years=${year}`, DESKTOP, { waitForMap: false });
    const top = await app.then.timelineTop();
    await app.when.pressOnTimeline('ArrowRight');
    await expect.poll(() => app.then.sliderValueText()).toMatch(new RegExp(`^${year + 1}\\b`));
    expect(await app.then.timelineTop()).toBe(top);
  });
});
