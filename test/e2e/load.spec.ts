import { describe, expect, it } from 'vitest';
import { incidents, towns } from './data.ts';
import { en as t } from '../../src/lib/strings.ts';
import { DATA_FILES } from '../../src/data/dataFiles.ts';
import { useExplorer } from './explorer.ts';
import { distinctColours, markPixels, MARKED, typeColourPixels } from './png.ts';

describe('the explorer, on load', () => {
  const app = useExplorer();

  // One page for both: neither changes what is shown (issue 14, test/e2e/REMOVED.md).
  it('draws the map once the data is applied, with a mark in the type colours at every town with incidents', async () => {
    await app.given.explorerAt();
    const shot = await app.then.mapScreenshot();
    // Water, land, borders, labels and pies: far from a single colour.
    expect(distinctColours(shot)).toBeGreaterThan(12);
    // The basemap has none of the type colours: the marks of the data do (a mark's ring at least MARKED pixels).
    expect(typeColourPixels(shot)).toBeGreaterThan(MARKED * towns.length);
    expect(app.then.pageErrors()).toEqual([]);
    const unmarked: string[] = [];
    for (const town of towns) {
      const { x, y } = await app.then.mapPixelOf(town.lon, town.lat);
      const hits = markPixels(shot, x, y);
      if (hits < MARKED) unmarked.push(`${town.name} at (${Math.round(x)}, ${Math.round(y)}): ${hits} pixels in a type colour`);
    }
    expect(unmarked, 'towns without a visible mark').toEqual([]);
  });

  it('accounts for every incident (in a town on the map, or under "Not on the map"), fills each of the three charts with bars and a description, and writes each count beside its bar', async () => {
    await app.given.explorerAt();
    expect(await app.then.listCount()).toBe(incidents.length);
    const inTowns = towns.reduce((s, t) => s + t.count, 0);
    const notOnMap = await app.then.notOnMapCounts();
    expect(await app.then.unstatedButtonCount()).toBe(incidents.filter((i) => i.geo_precision === 3).length);
    expect(inTowns + notOnMap.reduce((s, n) => s + n, 0)).toBe(incidents.length);
    for (const chart of ['perYear', 'byType', 'topTowns'] as const) {
      expect(await app.then.barCount(chart), `bars in the ${chart} chart`).toBeGreaterThan(0);
    }
    const desc = await app.then.chartDescriptions();
    expect(desc.perYear).toMatch(new RegExp(`^${incidents.length} documented incidents from `));
    expect(desc.byType).toMatch(new RegExp(`^${incidents.length} documented incidents in `));
    expect(desc.topTowns).toContain(`${towns[0]?.name} has the most documented incidents placed in a town (${towns[0]?.count})`);
    const byType = new Map<string, number>();
    for (const i of incidents) byType.set(i.type, (byType.get(i.type) ?? 0) + 1);
    const typeRows = await app.then.rankedBars('byType');
    expect(typeRows.map((r) => [r.label, Number(r.value)]).sort()).toEqual(
      [...byType].map(([type, n]) => [t.types[type as keyof typeof t.types], n]).sort(),
    );
    const townRows = await app.then.rankedBars('topTowns');
    expect(townRows.map((r) => [r.label, Number(r.value)])).toEqual(
      towns.slice(0, townRows.length).map((x) => [x.name, x.count]),
    );
    expect(townRows[0]?.title).toBe(`${towns[0]?.name}: ${towns[0]?.count}`);
  });

  it('downloads each data file once: the page hands it to the data worker, which does not fetch it again', async () => {
    // A reader on a phone pays for every byte (dataFiles.ts).
    await app.given.explorerAt();
    const downloads = (name: string) => app.then.requests().filter((u) => new URL(u).pathname.endsWith(`/data/${name}`)).length;
    expect(DATA_FILES.map((name) => [name, downloads(name)])).toEqual(DATA_FILES.map((name) => [name, 1]));
  });
});
