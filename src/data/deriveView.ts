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
import { INCIDENT_TYPES, type IncidentType } from './vocabulary.ts';

/** How many towns the top-towns chart ranks. */
export const TOP_TOWNS = 10;

export type TypeCounts = Record<IncidentType, number>;
export type YearRow = { year: number; total: number } & TypeCounts;

export interface TownCount {
  id: string;
  name: string;
  lon: number;
  lat: number;
  total: number;
  byType: TypeCounts;
}

export interface MapView {
  towns: TownCount[];
  /** admin1 → every incident in the region, town-level and region-level alike. */
  regionTotals: Map<string, number>;
  /** admin1 → incidents known only to the region. */
  regionOnly: Map<string, number>;
  /** Area id → name and count, for parts of the country that span several regions. */
  areas: Map<string, { name: string; count: number }>;
  unstated: number;
  /** Largest region total, for the choropleth scale. */
  maxRegion: number;
  /**
   * Town id → incidents the sources tie to the town without placing them there (a person
   * based there, a court sitting there): drawn apart from `towns`, never in the region
   * counts, and none when only precise places are shown.
   */
  linked: Map<string, LinkedCount>;
  /** Incidents linked to at least one town (one linked to two towns counts once). */
  linkedIncidents: number;
}

export interface LinkedCount {
  id: string;
  name: string;
  lon: number;
  lat: number;
  count: number;
}

export interface View {
  /** Incidents matching everything in the selection. */
  incidents: Incident[];
  perYear: YearRow[];
  byType: { type: IncidentType; count: number }[];
  topTowns: { id: string; name: string; count: number }[];
  map: MapView;
}

export function emptyCounts(): TypeCounts {
  return Object.fromEntries(INCIDENT_TYPES.map((t) => [t, 0])) as TypeCounts;
}

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
  // The index's version: once more search text is loaded, the same query may find more.
  return `${sel.types.join(',')}|${sel.precise}|${foldText(sel.q.trim())}|${search?.version ?? 0}`;
}

/** The list's order: newest first ("2011-08" before "2011", a date known only to the year), then by id. */
export function newestFirst(a: Incident, b: Incident): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Builds the memoized `view(selection)` function for one dataset. `search` adds what the query
 * also looks through (other spellings, the Russian and Kazakh texts) once loaded.
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

  const perYear = memoLast(() => {
    const rows: YearRow[] = [];
    for (let y = data.years[0]; y <= data.years[1]; y++) {
      const row: YearRow = { year: y, total: 0, ...emptyCounts() };
      for (const i of base(baseKey()).get(y) ?? []) {
        if (!matchesPlace(i, sel.place, !sel.precise)) continue;
        row[i.type]++;
        row.total++;
      }
      rows.push(row);
    }
    return rows;
  });

  const inYears = memoLast(() => {
    const out: Incident[] = [];
    const b = base(baseKey());
    for (let y = sel.to; y >= sel.from; y--) for (const i of b.get(y) ?? []) out.push(i);
    return out;
  });

  const mapView = memoLast((): MapView => {
    const towns = new Map<string, TownCount>();
    const regionTotals = new Map<string, number>();
    const regionOnly = new Map<string, number>();
    const areas = new Map<string, { name: string; count: number }>();
    const linked = new Map<string, LinkedCount>();
    let unstated = 0;
    let linkedIncidents = 0;
    for (const i of inYears(yearsKey())) {
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
        let t = towns.get(i.place_id);
        if (!t) {
          t = { id: i.place_id, name: i.place ?? i.place_id, lon: i.lon, lat: i.lat, total: 0, byType: emptyCounts() };
          towns.set(i.place_id, t);
        }
        t.total++;
        t.byType[i.type]++;
      }
    }
    let maxRegion = 0;
    for (const n of regionTotals.values()) maxRegion = Math.max(maxRegion, n);
    const sorted = [...towns.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
    return { towns: sorted, regionTotals, regionOnly, areas, unstated, maxRegion, linked, linkedIncidents };
  });

  const selected = memoLast(() => {
    const incidents = inYears(yearsKey()).filter((i) => matchesPlace(i, sel.place, !sel.precise));
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
      perYear: perYear(`${baseKey()}|${placeKey(sel.place)}`),
      map: mapView(yearsKey()),
    };
  });

  // Each key lists exactly the selection fields its level reads.
  const baseKey = () => countsKey(sel, search);
  const yearsKey = () => `${baseKey()}|${sel.from}|${sel.to}`;

  return (s) => {
    sel = s;
    return view(`${yearsKey()}|${placeKey(sel.place)}`);
  };
}
