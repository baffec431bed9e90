/**
 * What a selection's view holds: the list, the charts' counts and the map's, as deriveView
 * computes them for every component.
 */
import type { Incident } from './Incident.ts';
import { INCIDENT_TYPES, type IncidentType } from './vocabulary.ts';

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

/** Counts the incident in its town's TownCount, made on the town's first incident (its name and point). */
export function countInTown(towns: Map<string, TownCount>, i: Incident, id: string, lon: number, lat: number): void {
  let t = towns.get(id);
  if (!t) {
    t = { id, name: i.place ?? id, lon, lat, total: 0, byType: emptyCounts() };
    towns.set(id, t);
  }
  t.total++;
  t.byType[i.type]++;
}
