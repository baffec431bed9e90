/**
 * Fetches the generated dataset and checks it against the shared schema before any view
 * sees it: a damaged or tampered file gives a clear message, never a half-drawn page.
 */
import * as z from 'zod/mini';
import { ContextList, CoverageFile, SourceDocument } from './datasetSchema.ts';
import { datasetOf } from './datasetOf.ts';
import { DatasetError } from './DatasetError.ts';
import { checkIncidentColumns } from './checkIncidentColumns.ts';
import { incidentsFromColumns } from './incidentsFromColumns.ts';
import type { Dataset } from './Incident.ts';

export { DatasetError };
// Built without zod, so that the explorer's page (loadInWorker.ts) imports them without the checks.
export { datasetOf, toDataset } from './datasetOf.ts';

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
