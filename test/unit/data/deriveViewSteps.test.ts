/**
 * A timeline step sums each year's share of the view (deriveView): the same view as one pass
 * over the window's incidents, and no incident read on a step.
 */
import { describe, expect, it } from 'vitest';
import {
  countsFilter,
  createViewModel,
  emptyCounts,
  matchesPlace,
  newestFirst,
  TOP_TOWNS,
  type LinkedCount,
  type MapView,
  type TownCount,
  type View,
} from '../../../src/data/deriveView.ts';
import type { Dataset, Incident } from '../../../src/data/Incident.ts';
import type { PlaceFilter, Selection } from '../../../src/data/Selection.ts';
import { INCIDENT_TYPES } from '../../../src/data/vocabulary.ts';
import { fixtureDataset, fixtureSelection, linkedDataset } from '../../fixtures/app/fixtureDataset.ts';

/** The view as one pass over the window's incidents: what the app computed before the years' shares. */
function onePass(data: Dataset, sel: Selection): View {
  const counts = countsFilter(sel, data.search);
  const inYears = data.incidents.filter((i) => counts(i) && i.year >= sel.from && i.year <= sel.to).sort(newestFirst);
  const towns = new Map<string, TownCount>();
  const regionTotals = new Map<string, number>();
  const regionOnly = new Map<string, number>();
  const areas = new Map<string, { name: string; count: number }>();
  const linked = new Map<string, LinkedCount>();
  let unstated = 0;
  let linkedIncidents = 0;
  for (const i of inYears) {
    if (!sel.precise && i.linked_places.some((l) => l.place_id !== i.place_id)) linkedIncidents++;
    if (!sel.precise) {
      for (const l of i.linked_places) {
        if (l.place_id === i.place_id) continue;
        const c = linked.get(l.place_id) ?? { id: l.place_id, name: l.place, lon: l.lon, lat: l.lat, count: 0 };
        c.count++;
        linked.set(l.place_id, c);
      }
    }
    if (i.admin1) regionTotals.set(i.admin1, (regionTotals.get(i.admin1) ?? 0) + 1);
    if (i.geo_precision === 3) unstated++;
    else if (i.geo_precision === 2) {
      if (i.admin1) regionOnly.set(i.admin1, (regionOnly.get(i.admin1) ?? 0) + 1);
      else if (i.place_id) {
        const a = areas.get(i.place_id) ?? { name: i.place ?? i.place_id, count: 0 };
        a.count++;
        areas.set(i.place_id, a);
      }
    } else if (i.place_id && i.lon !== null && i.lat !== null) {
      const t = towns.get(i.place_id) ?? {
        id: i.place_id,
        name: i.place ?? i.place_id,
        lon: i.lon,
        lat: i.lat,
        total: 0,
        byType: emptyCounts(),
      };
      t.total++;
      t.byType[i.type]++;
      towns.set(i.place_id, t);
    }
  }
  const map: MapView = {
    towns: [...towns.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)),
    regionTotals,
    regionOnly,
    areas,
    unstated,
    maxRegion: Math.max(0, ...regionTotals.values()),
    linked,
    linkedIncidents,
  };
  const incidents = inYears.filter((i) => matchesPlace(i, sel.place, !sel.precise));
  const types = emptyCounts();
  const top = new Map<string, { id: string; name: string; count: number }>();
  for (const i of incidents) {
    types[i.type]++;
    if (i.geo_precision === 1 && i.place_id) {
      const t = top.get(i.place_id) ?? { id: i.place_id, name: i.place ?? i.place_id, count: 0 };
      t.count++;
      top.set(i.place_id, t);
    }
  }
  const perYear = [];
  for (let year = data.years[0]; year <= data.years[1]; year++) {
    const row = { year, total: 0, ...emptyCounts() };
    for (const i of data.incidents) {
      if (i.year !== year || !counts(i) || !matchesPlace(i, sel.place, !sel.precise)) continue;
      row[i.type]++;
      row.total++;
    }
    perYear.push(row);
  }
  return {
    incidents,
    byType: INCIDENT_TYPES.map((type) => ({ type, count: types[type] })).filter((r) => r.count > 0),
    topTowns: [...top.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, TOP_TOWNS),
    perYear,
    map,
  };
}

/** Maps as their entries in order, so that the comparison sees the order too. */
const plain = (v: View) => ({
  ...v,
  incidents: v.incidents.map((i) => i.id),
  map: {
    ...v.map,
    regionTotals: [...v.map.regionTotals],
    regionOnly: [...v.map.regionOnly],
    areas: [...v.map.areas],
    linked: [...v.map.linked],
  },
});

const PLACES: (PlaceFilter | null)[] = [
  null,
  { kind: 'town', id: 'almaty' },
  { kind: 'town', id: 'zhanaozen' },
  { kind: 'region', id: 'KZ-MAN' },
  { kind: 'area', id: 'western-kazakhstan' },
  { kind: 'unstated' },
];

describe('deriveView: a window of years sums its years', () => {
  for (const [name, make] of [
    ['fixture', fixtureDataset],
    ['fixture with linked towns', linkedDataset],
  ] as const) {
    it(`gives the view one pass over the window gives, for every window, place and filter (${name})`, () => {
      const data = make();
      const view = createViewModel(data);
      const [min, max] = data.years;
      for (const place of PLACES)
        for (const precise of [false, true])
          for (const types of [INCIDENT_TYPES, ['protest', 'detention'] as const])
            for (let from = min; from <= max; from++)
              for (let to = from; to <= max; to++) {
                const sel = fixtureSelection({ from, to, place, precise, types: [...types] });
                expect(plain(view(sel)), `${from}-${to} ${JSON.stringify(place)} precise=${precise}`).toEqual(
                  plain(onePass(data, sel)),
                );
              }
    });
  }

  it('reads no incident on a timeline step once the filters are set', () => {
    const data = fixtureDataset();
    let reads = 0;
    const counted = data.incidents.map(
      (i) =>
        new Proxy(i, {
          get(target, key, receiver) {
            reads++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        }) as Incident,
    );
    const view = createViewModel({ ...data, incidents: counted });
    const [min, max] = data.years;
    view(fixtureSelection());
    reads = 0;
    for (let y = min; y <= max; y++) view(fixtureSelection({ from: y, to: y }));
    for (let y = min; y < max; y++) view(fixtureSelection({ from: y, to: y + 1 }));
    expect(reads).toBe(0);
  });
});
