/**
 * The Dataset of checked incidents: the years they span and the towns they name. Apart from
 * loadDataset.ts so that the explorer's page, which receives checked columns from the data
 * worker, does not load the checks (zod and the schemas) as well.
 */
import type { IncidentProperties, SourceDocument, YearCoverage } from './datasetSchema.ts';
import type { ContextEvent, Dataset, Incident } from './Incident.ts';
import { haystackOf } from './incidentsFromColumns.ts';

/** The dataset of incidents.geojson's features (the unit tests' fixtures are written so). */
export function toDataset(
  features: { properties: IncidentProperties; coordinates: [number, number] | null }[],
  sources: SourceDocument[],
  context: ContextEvent[],
  coverage: YearCoverage[],
): Dataset {
  const incidents: Incident[] = features.map(({ properties: p, coordinates }) => ({
    ...p,
    lon: coordinates?.[0] ?? null,
    lat: coordinates?.[1] ?? null,
    haystack: haystackOf(p),
  }));
  return datasetOf(incidents, sources, context, coverage);
}

/** The dataset of built incidents: the years they span and the towns they name. */
export function datasetOf(
  incidents: Incident[],
  sources: SourceDocument[],
  context: ContextEvent[],
  coverage: YearCoverage[],
): Dataset {
  let first = Infinity;
  let last = -Infinity;
  for (const i of incidents) {
    first = Math.min(first, i.year);
    last = Math.max(last, i.year);
  }
  const towns = new Map<string, { name: string; lon: number; lat: number }>();
  for (const i of incidents) {
    if (i.place_id && i.place && i.lon !== null && i.lat !== null && i.geo_precision === 1) {
      towns.set(i.place_id, { name: i.place, lon: i.lon, lat: i.lat });
    }
  }
  // A town only linked to incidents can be chosen too: its list is the linked ones.
  for (const i of incidents) {
    for (const l of i.linked_places) if (!towns.has(l.place_id)) towns.set(l.place_id, { name: l.place, lon: l.lon, lat: l.lat });
  }
  return {
    incidents,
    sources: new Map(sources.map((s) => [s.doc, s])),
    context,
    coverage: new Map(coverage.map((c) => [c.year, c])),
    years: incidents.length ? [first, last] : [2009, 2021],
    towns,
  };
}
