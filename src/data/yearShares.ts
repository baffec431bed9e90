/**
 * One year's share of the map's counts, and how a window of years sums its shares: a timeline
 * step adds the years it holds instead of reading their incidents (deriveView.ts).
 */
import type { Incident } from './Incident.ts';
import { countInTown, type LinkedCount, type TownCount } from './View.ts';
import { INCIDENT_TYPES } from './vocabulary.ts';

/** One year's share of a MapView: a window's MapView is its years' shares, summed (addMapYear). */
export interface MapYear {
  towns: Map<string, TownCount>;
  regionTotals: Map<string, number>;
  regionOnly: Map<string, number>;
  areas: Map<string, { name: string; count: number }>;
  linked: Map<string, LinkedCount>;
  unstated: number;
  linkedIncidents: number;
}

export function mapYearOf(incidents: readonly Incident[], precise: boolean): MapYear {
  const y: MapYear = {
    towns: new Map(),
    regionTotals: new Map(),
    regionOnly: new Map(),
    areas: new Map(),
    linked: new Map(),
    unstated: 0,
    linkedIncidents: 0,
  };
  for (const i of incidents) {
    if (!precise) {
      let linkedElsewhere = false;
      for (const l of i.linked_places) {
        if (l.place_id === i.place_id) continue;
        linkedElsewhere = true;
        const c = y.linked.get(l.place_id) ?? { id: l.place_id, name: l.place, lon: l.lon, lat: l.lat, count: 0 };
        c.count++;
        y.linked.set(l.place_id, c);
      }
      if (linkedElsewhere) y.linkedIncidents++;
    }
    if (i.admin1) y.regionTotals.set(i.admin1, (y.regionTotals.get(i.admin1) ?? 0) + 1);
    if (i.geo_precision === 3) y.unstated++;
    else if (i.geo_precision === 2) {
      if (i.admin1) y.regionOnly.set(i.admin1, (y.regionOnly.get(i.admin1) ?? 0) + 1);
      else if (i.place_id) {
        const a = y.areas.get(i.place_id) ?? { name: i.place ?? i.place_id, count: 0 };
        a.count++;
        y.areas.set(i.place_id, a);
      }
    } else if (i.place_id && i.lon !== null && i.lat !== null) {
      countInTown(y.towns, i, i.place_id, i.lon, i.lat);
    }
  }
  return y;
}

/**
 * Adds `from` into `into`, key by key, copying what it adds (the years' shares stay as they
 * are). Years are added newest first, so each key keeps its first incident's name and point,
 * and the maps their order, as one pass over the window's incidents would give them.
 */
function addCounts(into: Map<string, number>, from: Map<string, number>): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
}

export function addMapYear(into: MapYear, y: MapYear): void {
  addCounts(into.regionTotals, y.regionTotals);
  addCounts(into.regionOnly, y.regionOnly);
  for (const [k, a] of y.areas) {
    const had = into.areas.get(k);
    if (had) had.count += a.count;
    else into.areas.set(k, { ...a });
  }
  for (const [k, c] of y.linked) {
    const had = into.linked.get(k);
    if (had) had.count += c.count;
    else into.linked.set(k, { ...c });
  }
  for (const [k, t] of y.towns) {
    const had = into.towns.get(k);
    if (!had) into.towns.set(k, { ...t, byType: { ...t.byType } });
    else {
      had.total += t.total;
      for (const type of INCIDENT_TYPES) had.byType[type] += t.byType[type];
    }
  }
  into.unstated += y.unstated;
  into.linkedIncidents += y.linkedIncidents;
}
