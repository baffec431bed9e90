/**
 * The expectations of the end-to-end specs, computed from the data file the built site
 * serves (public/data/incidents.geojson), never from the app's own code: the specs then
 * check the app against the data, not against itself.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface DataIncident {
  id: string;
  date: string;
  year: number;
  type: string;
  subtype: string;
  title: string;
  place: string | null;
  place_id: string | null;
  admin1: string | null;
  geo_precision: 1 | 2 | 3;
  case: string | null;
  lon: number | null;
  lat: number | null;
}

interface Feature {
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Omit<DataIncident, 'lon' | 'lat'>;
}

const collection = JSON.parse(readFileSync(resolve(ROOT, 'public/data/incidents.geojson'), 'utf8')) as { features: Feature[] };

/** The features of incidents.geojson as they are, for a spec that serves them changed. */
export const incidentFeatures: readonly Feature[] = collection.features;

export const incidents: readonly DataIncident[] = collection.features.map((f) => ({
  ...f.properties,
  case: f.properties.case ?? null,
  lon: f.geometry?.coordinates[0] ?? null,
  lat: f.geometry?.coordinates[1] ?? null,
}));

/** First and last year with an incident: the bounds of the timeline. */
export const yearBounds: [number, number] = [
  Math.min(...incidents.map((i) => i.year)),
  Math.max(...incidents.map((i) => i.year)),
];

export interface DataTown {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** Incidents placed in the town itself (geo_precision 1). */
  count: number;
}

/** Towns with at least one incident placed in them, most incidents first. */
export const towns: readonly DataTown[] = (() => {
  const byId = new Map<string, DataTown>();
  for (const i of incidents) {
    if (i.geo_precision !== 1 || !i.place_id || !i.place || i.lon === null || i.lat === null) continue;
    const t = byId.get(i.place_id) ?? { id: i.place_id, name: i.place, lon: i.lon, lat: i.lat, count: 0 };
    t.count++;
    byId.set(i.place_id, t);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
})();

export function town(id: string): DataTown {
  const t = towns.find((x) => x.id === id);
  if (!t) throw new Error(`No town "${id}" with incidents in public/data/incidents.geojson`);
  return t;
}

export const inYear = (year: number) => incidents.filter((i) => i.year === year);
export const inYears = (from: number, to: number) => incidents.filter((i) => i.year >= from && i.year <= to);
export const inTown = (id: string) => incidents.filter((i) => i.geo_precision === 1 && i.place_id === id);

/** Case id → its records, for cases with two records or more. */
export const cases: ReadonlyMap<string, DataIncident[]> = (() => {
  const m = new Map<string, DataIncident[]>();
  for (const i of incidents) if (i.case) m.set(i.case, [...(m.get(i.case) ?? []), i]);
  for (const [k, v] of m) if (v.length < 2) m.delete(k);
  return m;
})();

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as the explorer shows it, at the precision the data gives: "8 Aug 2011", "Aug 2011", "2011". */
export function shownDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (m === undefined) return y ?? iso;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** The context records (laws, elections, statements, visits) the site serves. */
export const context: readonly { id: string; date: string; kind: string; title: string }[] = JSON.parse(
  readFileSync(resolve(ROOT, 'public/data/context.json'), 'utf8'),
);

export const contextIn = (from: number, to: number) =>
  context.filter((c) => Number(c.date.slice(0, 4)) >= from && Number(c.date.slice(0, 4)) <= to);

/** The documents the site serves, by file name. */
export const sources: ReadonlyMap<string, { doc: string; short: string; coverage: { kind: string; from: string; to: string } }> =
  new Map(
    (
      JSON.parse(readFileSync(resolve(ROOT, 'data/sources.json'), 'utf8')) as { doc: string; short: string; coverage: never }[]
    ).map((s) => [s.doc, s]),
  );
