import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en as t } from '../../src/lib/strings.ts';
import { incidents, inTown, ROOT, town, yearBounds } from './data.ts';
import { useExplorer } from './explorer.ts';

/** Record id → the towns its sources tie it to without placing it there, read from the served data. */
const linkedPlaces = new Map(
  (
    JSON.parse(readFileSync(resolve(ROOT, 'public/data/incidents.geojson'), 'utf8')) as {
      features: { properties: { id: string; place_id: string | null; linked_places: { place_id: string; place: string }[] } }[];
    }
  ).features.map((f) => [f.properties.id, f.properties.linked_places.filter((l) => l.place_id !== f.properties.place_id)]),
);
/** Incidents linked to the town and not placed in it. */
const linkedTo = (id: string) =>
  incidents.filter(
    (i) => !(i.place_id === id && i.geo_precision === 1) && linkedPlaces.get(i.id)?.some((l) => l.place_id === id),
  );

const ALL_YEARS = `${yearBounds[0]}–${yearBounds[1]}`;
const plural = (n: number) => `${n} documented incident${n === 1 ? '' : 's'}`;

describe('choosing a town', () => {
  const app = useExplorer();

  /** The URL, the list and the charts show the town's incidents and nothing else. */
  async function expectTownShown(id: string) {
    const { name } = town(id);
    const placed = inTown(id).length;
    const n = placed + linkedTo(id).length;
    await expect.poll(() => app.then.param('place')).toBe(id);
    await expect.poll(() => app.then.listCount()).toBe(n);
    await app.when.showWholeList();
    const items = await app.then.listItems();
    expect(items).toHaveLength(n);
    expect(new Set(items.map((i) => i.id))).toEqual(new Set([...inTown(id), ...linkedTo(id)].map((i) => i.id)));
    expect(
      items.slice(0, placed).filter((i) => i.place !== name),
      `items placed first, all in ${name}`,
    ).toEqual([]);
    const desc = await app.then.chartDescriptions();
    expect((await app.then.chartTitles()).byType).toBe(`Incidents by type, ${ALL_YEARS}`);
    expect(desc.byType).toMatch(new RegExp(`^${plural(n)} in ${ALL_YEARS}`));
    expect(desc.perYear).toMatch(new RegExp(`^${plural(n)} from `));
    // The top-towns chart counts the incidents placed in a town only, and says so.
    expect(desc.topTowns).toContain(`${name} has the most documented incidents placed in a town (${placed}).`);
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

  // With the tooltip test on one page (issue 14, test/e2e/REMOVED.md): the pointer rests on
  // Shymkent's mark before it clicks Astana's.
  it("a town's mark counts the incidents placed there and those linked to it apart; clicking a mark shows only its incidents", async () => {
    await app.given.explorerAt();
    const shymkent = town('shymkent');
    await app.when.hoverMapAt(shymkent.lon, shymkent.lat);
    expect(await app.then.mapTooltip()).toMatch(
      new RegExp(
        `^Shymkent: ${plural(inTown('shymkent').length).replace('documented ', '')} here, ${linkedTo('shymkent').length} linked`,
      ),
    );
    const astana = town('astana');
    const idle = await app.then.mapIdle();
    await app.when.clickMapAt(astana.lon, astana.lat);
    await expectTownShown('astana');
    await app.then.mapIdleAfter(idle);
  });

  it('"Clear place" shows every place again', async () => {
    await app.given.explorerAt('?place=aktau');
    expect(await app.then.listCount()).toBe(inTown('aktau').length + linkedTo('aktau').length);
    await app.when.clearPlace();
    await expect.poll(() => app.then.listCount()).toBe(incidents.length);
    expect(app.then.param('place')).toBeNull();
    expect(await app.then.placeValue()).toBe('');
    expect((await app.then.chartDescriptions()).byType).toMatch(new RegExp(`^${plural(incidents.length)} in `));
  });

  it('Shymkent lists the incidents placed there apart from those only linked to it; "precise places only" hides the linked', async () => {
    const placed = inTown('shymkent');
    const linked = linkedTo('shymkent');
    expect(linked.length, 'the data links incidents to Shymkent').toBeGreaterThan(0);
    await app.given.explorerAt('?place=shymkent', undefined, { waitForMap: false });
    await expect.poll(() => app.then.listCount()).toBe(placed.length + linked.length);
    const groups = await app
      .page()
      .locator('.incident-list h3.list-group')
      .evaluateAll((hs) =>
        hs.map((h) => ({
          heading: h.textContent ?? '',
          ids: [...(h.nextElementSibling?.querySelectorAll('button[data-incident]') ?? [])].map((b) =>
            b.getAttribute('data-incident'),
          ),
        })),
      );
    expect(groups.map((g) => g.heading)).toEqual([
      `Placed in Shymkent by the sources (${placed.length})`,
      expect.stringMatching(new RegExp(`^Linked to Shymkent, not placed there \\(${linked.length}\\)`)),
    ]);
    expect(new Set(groups[0]?.ids)).toEqual(new Set(placed.map((i) => i.id)));
    expect(new Set(groups[1]?.ids)).toEqual(new Set(linked.map((i) => i.id)));

    // Ticked on the same page (it opened a second page at ?precise=1 before issue 14; the
    // codec's reading of precise=1 is urlState.test.ts's).
    await app.page().getByRole('checkbox', { name: t.filters.precise, exact: true }).check();
    await expect.poll(() => app.then.listCount()).toBe(placed.length);
    expect(app.then.param('precise')).toBe('1');
    expect(await app.page().locator('.incident-list h3.list-group').count()).toBe(0);
  });
});
