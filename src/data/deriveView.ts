/**
 * Pure aggregations of the dataset for a selection, shared by every view. Each level is
 * memoized on a key of the selection fields it depends on, so a timeline step recomputes
 * only what the years change, and all components read the same arrays.
 */
import { memoLast } from '../lib/memoLast.ts';
import { placeKey, type PlaceFilter, type Selection } from './Selection.ts';
import { foldText } from './foldText.ts';
import type { Dataset, Incident } from './Incident.ts';
import type { SearchIndex } from './SearchIndex.ts';
import { emptyCounts, type MapView, type TypeCounts, type View, type YearRow } from './View.ts';
import { addMapYear, mapYearOf, type MapYear } from './yearShares.ts';
import { INCIDENT_TYPES } from './vocabulary.ts';

/** How many towns the top-towns chart ranks. */
export const TOP_TOWNS = 10;

export type { LinkedCount, MapView, TownCount, TypeCounts, View, YearRow } from './View.ts';
export { emptyCounts } from './View.ts';

/** Whether the incident happened in the town, as its sources place it. */
export function placedIn(i: Incident, town: string): boolean {
  return i.place_id === town && i.geo_precision === 1;
}

/** Whether the sources tie the incident to the town without placing it there. */
export function linkedTo(i: Incident, town: string): boolean {
  return !placedIn(i, town) && i.linked_places.some((l) => l.place_id === town);
}

/** `withLinked`: a town also matches the incidents linked to it (off for "precise places only"). */
export function matchesPlace(i: Incident, place: PlaceFilter | null, withLinked = false): boolean {
  if (!place) return true;
  switch (place.kind) {
    case 'unstated':
      return i.geo_precision === 3;
    case 'town':
      return placedIn(i, place.id) || (withLinked && linkedTo(i, place.id));
    case 'region':
      return i.admin1 === place.id;
    case 'area':
      return i.place_id === place.id;
  }
}

/** The selection fields that decide which incidents count at all, whatever the years and place. */
export type CountsFields = Pick<Selection, 'types' | 'precise' | 'q'>;

/**
 * The rule for which incidents count (types, precise places only, search), written once:
 * every count of the app and every cache of counts (`countsKey`) follows it.
 */
export function countsFilter(sel: CountsFields, search?: SearchIndex): (i: Incident) => boolean {
  const types = new Set(sel.types);
  const q = foldText(sel.q.trim());
  const matches = (i: Incident) => (search ? search.matches(i, q) : i.haystack.includes(q));
  return (i) => types.has(i.type) && (!sel.precise || i.geo_precision === 1) && (!q || matches(i));
}

/** A key that changes exactly when `countsFilter` would count other incidents. */
export function countsKey(sel: CountsFields, search?: SearchIndex): string {
  // The index's version: once more search text is loaded, the same query may find more (no
  // query looks through the index: its loads change nothing).
  const q = foldText(sel.q.trim());
  return `${sel.types.join(',')}|${sel.precise}|${q}|${q ? (search?.version ?? 0) : 0}`;
}

/** The list's order: newest first ("2011-08" before "2011", a date known only to the year), then by id. */
export function newestFirst(a: Incident, b: Incident): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One year's share of what the selection picks (types, place): the list, the chart counts and the towns ranked. */
interface PlaceYear {
  incidents: Incident[];
  types: TypeCounts;
  towns: Map<string, { id: string; name: string; count: number }>;
}

/**
 * Builds the memoized `view(selection)` function for one dataset. `search` adds what the query
 * also looks through (other spellings, the Russian and Kazakh texts) once loaded.
 *
 * A timeline step reads no incident: each year's share of the list, the charts and the map is
 * computed once per change of the filters (types, search, precise places, place), and a
 * window of years sums its years' shares (at 100,000 incidents, a pass over a year's
 * incidents took longer than a frame).
 */
export function createViewModel(data: Dataset, search = data.search): (sel: Selection) => View {
  const byYear = new Map<number, Incident[]>();
  for (const i of data.incidents) {
    const list = byYear.get(i.year) ?? [];
    list.push(i);
    byYear.set(i.year, list);
  }
  // Newest first within each year, once: a window's list is its years from last to first,
  // already in order, so no step sorts (at 100k incidents a sort per step was the DOM's cost).
  for (const list of byYear.values()) list.sort(newestFirst);
  let sel!: Selection;

  const base = memoLast(() => {
    const counts = countsFilter(sel, search);
    const out = new Map<number, Incident[]>();
    for (const [year, list] of byYear) out.set(year, list.filter(counts));
    return out;
  });

  // Each year's share of the map, computed the first time a window holds the year.
  const mapYears = memoLast(() => new Map<number, MapYear>());
  const mapYear = (y: number): MapYear => {
    const years = mapYears(baseKey());
    let m = years.get(y);
    if (!m) {
      m = mapYearOf(base(baseKey()).get(y) ?? [], sel.precise);
      years.set(y, m);
    }
    return m;
  };

  // Each year's share of the selection: the per-year chart needs every year, so all at once.
  const placeYears = memoLast(() => {
    const out = new Map<number, PlaceYear>();
    for (let y = data.years[0]; y <= data.years[1]; y++) {
      const incidents = (base(baseKey()).get(y) ?? []).filter((i) => matchesPlace(i, sel.place, !sel.precise));
      const types = emptyCounts();
      const towns = new Map<string, { id: string; name: string; count: number }>();
      for (const i of incidents) {
        types[i.type]++;
        if (i.geo_precision === 1 && i.place_id) {
          const t = towns.get(i.place_id) ?? { id: i.place_id, name: i.place ?? i.place_id, count: 0 };
          t.count++;
          towns.set(i.place_id, t);
        }
      }
      out.set(y, { incidents, types, towns });
    }
    return out;
  });

  const perYear = memoLast(() =>
    [...placeYears(placeYearsKey())].map(([year, { incidents, types }]): YearRow => ({
      year,
      total: incidents.length,
      ...types,
    })),
  );

  const mapView = memoLast((): MapView => {
    const sum = mapYearOf([], sel.precise);
    for (let y = sel.to; y >= sel.from; y--) addMapYear(sum, mapYear(y));
    const { towns, regionTotals, regionOnly, areas, unstated, linked, linkedIncidents } = sum;
    let maxRegion = 0;
    for (const n of regionTotals.values()) maxRegion = Math.max(maxRegion, n);
    const sorted = [...towns.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
    return { towns: sorted, regionTotals, regionOnly, areas, unstated, maxRegion, linked, linkedIncidents };
  });

  const selected = memoLast(() => {
    const years = placeYears(placeYearsKey());
    const incidents: Incident[] = [];
    const types = emptyCounts();
    const towns = new Map<string, { id: string; name: string; count: number }>();
    for (let y = sel.to; y >= sel.from; y--) {
      const share = years.get(y);
      if (!share) continue;
      for (const i of share.incidents) incidents.push(i);
      for (const type of INCIDENT_TYPES) types[type] += share.types[type];
      for (const [k, t] of share.towns) {
        const had = towns.get(k);
        if (had) had.count += t.count;
        else towns.set(k, { ...t });
      }
    }
    return {
      incidents,
      byType: INCIDENT_TYPES.map((type) => ({ type, count: types[type] })).filter((r) => r.count > 0),
      topTowns: [...towns.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, TOP_TOWNS),
    };
  });

  const view = memoLast((): View => {
    const s = selected(`${yearsKey()}|${placeKey(sel.place)}`);
    return {
      ...s,
      perYear: perYear(placeYearsKey()),
      map: mapView(yearsKey()),
    };
  });

  // Each key lists exactly the selection fields its level reads.
  const baseKey = () => countsKey(sel, search);
  const placeYearsKey = () => `${baseKey()}|${placeKey(sel.place)}`;
  const yearsKey = () => `${baseKey()}|${sel.from}|${sel.to}`;

  return (s) => {
    sel = s;
    return view(`${yearsKey()}|${placeKey(sel.place)}`);
  };
}
