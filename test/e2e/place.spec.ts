import { describe, expect, it } from 'vitest';
import { incidents, inTown, town, yearBounds } from './data.ts';
import { useExplorer } from './explorer.ts';

const ALL_YEARS = `${yearBounds[0]}–${yearBounds[1]}`;
const plural = (n: number) => `${n} documented incident${n === 1 ? '' : 's'}`;

describe('choosing a town', () => {
  const app = useExplorer();

  /** The URL, the list and the charts show the town's incidents and nothing else. */
  async function expectTownShown(id: string) {
    const { name } = town(id);
    const n = inTown(id).length;
    await expect.poll(() => app.then.param('place')).toBe(id);
    await expect.poll(() => app.then.listCount()).toBe(n);
    await app.when.showWholeList();
    const items = await app.then.listItems();
    expect(items).toHaveLength(n);
    expect(
      items.filter((i) => i.place !== name),
      `items not in ${name}`,
    ).toEqual([]);
    expect(new Set(items.map((i) => i.id))).toEqual(new Set(inTown(id).map((i) => i.id)));
    const desc = await app.then.chartDescriptions();
    expect((await app.then.chartTitles()).byType).toBe(`Incidents by type, ${ALL_YEARS}`);
    expect(desc.byType).toMatch(new RegExp(`^${plural(n)} in ${ALL_YEARS}`));
    expect(desc.perYear).toMatch(new RegExp(`^${plural(n)} from `));
    expect(desc.topTowns).toContain(`${name} has the most documented incidents placed in a town (${n}).`);
    expect(await app.then.placeValue()).toBe(id);
  }

  it('in the Place select shows only its incidents', async () => {
    await app.given.explorerAt();
    await app.when.choosePlace(town('almaty').name);
    await expectTownShown('almaty');
  });

  it('by clicking its bar in the top-towns chart shows only its incidents', async () => {
    await app.given.explorerAt();
    await app.when.clickTownBar(town('zhanaozen').name);
    await expectTownShown('zhanaozen');
  });

  it('by clicking its mark on the map shows only its incidents', async () => {
    await app.given.explorerAt();
    const astana = town('astana');
    const idle = await app.then.mapIdle();
    await app.when.clickMapAt(astana.lon, astana.lat);
    await expectTownShown('astana');
    await app.then.mapIdleAfter(idle);
  });

  it('"Clear place" shows every place again', async () => {
    await app.given.explorerAt('?place=aktau');
    expect(await app.then.listCount()).toBe(inTown('aktau').length);
    await app.when.clearPlace();
    await expect.poll(() => app.then.listCount()).toBe(incidents.length);
    expect(app.then.param('place')).toBeNull();
    expect(await app.then.placeValue()).toBe('');
    expect((await app.then.chartDescriptions()).byType).toMatch(new RegExp(`^${plural(incidents.length)} in `));
  });
});
