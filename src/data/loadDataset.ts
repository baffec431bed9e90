/**
 * Fetches the generated dataset and checks it against the shared schema before any view
 * sees it: a damaged or tampered file gives a clear message, never a half-drawn page.
 */
import * as z from 'zod/mini';
import { ContextList, CoverageFile, SourceDocument, type IncidentProperties, type YearCoverage } from './datasetSchema.ts';
import { DatasetError } from './DatasetError.ts';
import { checkIncidentColumns } from './checkIncidentColumns.ts';
import { haystackOf, incidentsFromColumns } from './incidentsFromColumns.ts';
import type { ContextEvent, Dataset, Incident } from './Incident.ts';

export { DatasetError };

export async function fetchJson(url: string, fetchImpl: typeof fetch): Promise<unknown> {
  let res: Response;
  try {
    // The worker's requests carry no Referer either, whatever the host's headers.
    res = await fetchImpl(url, { referrerPolicy: 'no-referrer' });
  } catch {
    throw new DatasetError(`${url}: the network request failed`);
  }
  if (!res.ok) throw new DatasetError(`${url}: the server answered ${res.status}`);
  try {
    return JSON.parse(await res.text());
  } catch {
    throw new DatasetError(`${url}: not valid JSON (truncated or damaged)`);
  }
}

export function check<T>(schema: z.ZodMiniType<T>, value: unknown, url: string): T {
  const parsed = z.safeParse(schema, value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new DatasetError(`${url}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unexpected shape'}`);
}

/** The app's incidents file (incidentColumns.ts); incidents.geojson holds the same incidents for download and other tools. */
export const INCIDENTS_FILE = 'incidents.json';

/** The four files of a dataset, fetched, parsed and checked; the incidents only checked, not yet built. */
export async function loadDatasetFiles(base: string, fetchImpl: typeof fetch) {
  const [columns, sources, context, coverage] = await Promise.all([
    fetchJson(`${base}${INCIDENTS_FILE}`, fetchImpl).then((v) => checkIncidentColumns(v, `${base}${INCIDENTS_FILE}`)),
    fetchJson(`${base}sources.json`, fetchImpl).then((v) => check(z.array(SourceDocument), v, `${base}sources.json`)),
    fetchJson(`${base}context.json`, fetchImpl).then((v) => check(ContextList, v, `${base}context.json`)),
    fetchJson(`${base}coverage.json`, fetchImpl).then((v) => check(CoverageFile, v, `${base}coverage.json`)),
  ]);
  return { columns, sources, context, coverage: coverage.years };
}

export async function loadDataset(base = './data/', fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  const { columns, sources, context, coverage } = await loadDatasetFiles(base, fetchImpl);
  return datasetOf(incidentsFromColumns(columns), sources, context, coverage);
}

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
