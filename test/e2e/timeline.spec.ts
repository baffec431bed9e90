import { describe, expect, it } from 'vitest';
import { inYear, towns, yearBounds } from './data.ts';
import { useExplorer } from './explorer.ts';
import { markPixels, MARKED } from './png.ts';

const [FIRST, LAST] = yearBounds;

/** Towns with an incident placed in them in `year`. */
const townsIn = (year: number) => new Set(inYear(year).flatMap((i) => (i.geo_precision === 1 && i.place_id ? [i.place_id] : [])));

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

  /** Every town with incidents in `year` has a mark; towns with none that year, far from those, have none. */
  async function expectMarksOf(year: number) {
    const inTheYear = townsIn(year);
    const at = await Promise.all(towns.map(async (t) => ({ ...t, ...(await app.then.mapPixelOf(t.lon, t.lat)) })));
    const shown = at.filter((t) => inTheYear.has(t.id));
    const absent = at.filter((t) => !inTheYear.has(t.id) && shown.every((s) => Math.hypot(s.x - t.x, s.y - t.y) > 45));
    expect(shown.length, `towns with incidents in ${year}`).toBeGreaterThan(0);
    expect(absent.length, `towns without incidents in ${year}`).toBeGreaterThan(0);
    const shot = await app.then.mapScreenshot();
    expect(
      shown.filter((t) => markPixels(shot, t.x, t.y) < MARKED).map((t) => t.name),
      'unmarked',
    ).toEqual([]);
    expect(
      absent.filter((t) => markPixels(shot, t.x, t.y) > 2).map((t) => t.name),
      'marked, with no incident that year',
    ).toEqual([]);
    return { shown, absent };
  }

  // End and Home on one page (issue 14, test/e2e/REMOVED.md): Home from the last year alone
  // must still jump to the first year alone.
  it('End shows the last year of the data alone, and Home the first', async () => {
    await app.given.explorerAt();
    // The whole range holds 2013, which no report covers: the slider says so after the years.
    expect(await app.then.sliderValueText()).toMatch(new RegExp(`^${FIRST}–${LAST}\\. No report covers 2013`));
    let idle = await app.then.mapIdle();
    await app.when.pressOnTimeline('End');
    await expectYearShown(LAST, idle);
    idle = await app.then.mapIdle();
    await app.when.pressOnTimeline('Home');
    await expectYearShown(FIRST, idle);
  });

  it('ArrowLeft steps back one year at a time', async () => {
    await app.given.explorerAt(`?years=${LAST}`);
    for (const year of [LAST - 1, LAST - 2]) {
      const idle = await app.then.mapIdle();
      await app.when.pressOnTimeline('ArrowLeft');
      await expectYearShown(year, idle);
    }
  });

  it('marks on the map exactly the towns of the year it steps to, and only those answer a click', async () => {
    // The year before the last with the most towns marked, reached by a step from the next year.
    let year = FIRST;
    for (let y = FIRST; y < LAST; y++) if (townsIn(y).size > townsIn(year).size) year = y;
    await app.given.explorerAt(`?years=${year + 1}`);
    const idle = await app.then.mapIdle();
    await app.when.pressOnTimeline('ArrowLeft');
    await expectYearShown(year, idle);
    const { shown, absent } = await expectMarksOf(year);

    const [empty] = absent;
    if (!empty) throw new Error('unreachable: absent is not empty');
    // The map handles a click synchronously: had a hidden mark answered, the URL would name it by now.
    await app.when.clickMapAt(empty.lon, empty.lat);
    expect(app.then.param('place')).not.toBe(empty.id);
    const [marked] = shown;
    if (!marked) throw new Error('unreachable: shown is not empty');
    await app.when.clickMapAt(marked.lon, marked.lat);
    await expect.poll(() => app.then.param('place')).toBe(marked.id);
  });

  it('lands a step pressed as the map gets its data, before it has the towns of every other window of years', async () => {
    let year = FIRST;
    for (let y = FIRST; y < LAST; y++) if (townsIn(y).size > townsIn(year).size) year = y;
    await app.given.explorerAt(`?years=${year + 1}`);
    // The map takes the window shown first and every other window once it is idle (bindMap.ts).
    expect(await app.when.pressOnTimelineAsMapBinds('ArrowLeft'), 'the other windows were still to come').toBe(true);
    // Waits for every window's towns to be drawn, which comes after the step.
    await app.then.mapIdle();
    await expectYearShown(year, null);
    await expectMarksOf(year);
  });

  it('keeps up with keys pressed faster than the map draws, and with a step right after a search', async () => {
    // A year whose towns, and the next year's, are marked; the test starts two years later.
    const both = (y: number) => Math.min(townsIn(y).size, townsIn(y + 1).size);
    let year = FIRST;
    for (let y = FIRST; y + 2 <= LAST; y++) if (both(y) > both(year)) year = y;
    await app.given.explorerAt(`?years=${year + 2}`);
    let idle = await app.then.mapIdle();
    // Two steps in one task: the second comes before the map has drawn the first.
    await app.when.pressOnTimelineAtOnce(['ArrowLeft', 'ArrowLeft']);
    await expectYearShown(year, idle);
    await expectMarksOf(year);

    // A search, and clearing it, rebuild the map's towns; a step right after must still land.
    idle = await app.then.mapIdle();
    await app.when.typeSearch('zz');
    await app.when.typeSearch('');
    await app.when.pressOnTimeline('ArrowRight');
    await expectYearShown(year + 1, idle);
    await expectMarksOf(year + 1);
  });

  it('updates the tooltip of the town under the pointer as the years step', async () => {
    // A town with incidents in two years in a row, in different numbers.
    const count = (id: string, y: number) => inYear(y).filter((i) => i.geo_precision === 1 && i.place_id === id).length;
    const pick = towns
      .flatMap((t) => Array.from({ length: LAST - FIRST }, (_, k) => ({ t, y: FIRST + k })))
      .find(({ t, y }) => count(t.id, y) > 0 && count(t.id, y + 1) > 0 && count(t.id, y) !== count(t.id, y + 1));
    if (!pick) throw new Error('no town with different, non-zero counts in two years in a row');
    const { t: town, y } = pick;
    await app.given.explorerAt(`?years=${y}`);
    await app.when.scrollToMap();
    await app.when.hoverMapAt(town.lon, town.lat);
    await expect.poll(() => app.then.mapTooltip()).toContain(`${town.name}: ${count(town.id, y)} incident`);
    await app.when.pressOnTimeline('ArrowRight');
    await expect.poll(() => app.then.mapTooltip()).toContain(`${town.name}: ${count(town.id, y + 1)} incident`);
  });
});
