/**
 * Every town's counts for every window of years, for the map: a timeline step then only
 * shows another window's marks. Pure, and one pass over the incidents: each year's counts
 * are summed into the windows that hold it.
 */
import { countsFilter, emptyCounts, type CountsFields, type TownCount } from './deriveView.ts';
import { countInTown } from './View.ts';
import type { Incident } from './Incident.ts';
import type { SearchIndex } from './SearchIndex.ts';
import { INCIDENT_TYPES } from './vocabulary.ts';

export interface TownWindow {
  /** The window of years, both ends included. */
  from: number;
  to: number;
  /** Incidents placed in the town in the window (MapView.towns). */
  town: TownCount;
  /** Incidents the sources tie to the town in the window without placing them there (MapView.linked). */
  linked: number;
}

type Place = { id: string; name: string; lon: number; lat: number };
interface YearCounts {
  placed: Map<string, TownCount>;
  linked: Map<string, { place: Place; count: number }>;
}

/** Each year's counts per town, in one pass over the incidents that count. */
export function townsPerYear(
  incidents: readonly Incident[],
  sel: CountsFields,
  [first, last]: [number, number],
  search?: SearchIndex,
): YearCounts[] {
  const years: YearCounts[] = Array.from({ length: last - first + 1 }, () => ({ placed: new Map(), linked: new Map() }));
  const counts = countsFilter(sel, search);
  for (const i of incidents) {
    const year = years[i.year - first];
    if (!year || !counts(i)) continue;
    // As MapView counts them: placed in a town (with a point), and linked unless only precise places are shown.
    if (i.geo_precision === 1 && i.place_id && i.lon !== null && i.lat !== null) {
      countInTown(year.placed, i, i.place_id, i.lon, i.lat);
    }
    if (sel.precise) continue;
    for (const l of i.linked_places) {
      if (l.place_id === i.place_id) continue;
      const c = year.linked.get(l.place_id) ?? { place: { id: l.place_id, name: l.place, lon: l.lon, lat: l.lat }, count: 0 };
      c.count++;
      year.linked.set(l.place_id, c);
    }
  }
  return years;
}

/**
 * Every town with a mark in a window (a ≤ b), for every window: a window is the sum of its
 * years. 13 years make 91 windows, so a few thousand marks at most.
 */
export function townWindows(
  incidents: readonly Incident[],
  sel: CountsFields,
  years: [number, number],
  search?: SearchIndex,
): TownWindow[] {
  const perYear = townsPerYear(incidents, sel, years, search);
  const [first] = years;
  const out: TownWindow[] = [];
  for (let a = 0; a < perYear.length; a++) {
    const sums = new Map<string, { town: TownCount; linked: number }>();
    const sumOf = (p: Place) => {
      let sum = sums.get(p.id);
      if (!sum) {
        sum = { town: { id: p.id, name: p.name, lon: p.lon, lat: p.lat, total: 0, byType: emptyCounts() }, linked: 0 };
        sums.set(p.id, sum);
      }
      return sum;
    };
    for (let b = a; b < perYear.length; b++) {
      const year = perYear[b];
      if (!year) continue;
      for (const town of year.placed.values()) {
        const sum = sumOf(town).town;
        sum.total += town.total;
        for (const type of INCIDENT_TYPES) sum.byType[type] += town.byType[type];
      }
      for (const l of year.linked.values()) sumOf(l.place).linked += l.count;
      for (const { town, linked } of sums.values()) {
        out.push({ from: first + a, to: first + b, town: { ...town, byType: { ...town.byType } }, linked });
      }
    }
  }
  return out;
}
