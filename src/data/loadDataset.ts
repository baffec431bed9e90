/**
 * Fetches the generated dataset and checks it before any view sees it, with plain checks that
 * mirror the shared schema (checkIncidentColumns.ts, checkDatasetFiles.ts; no zod, which the
 * chart embed and the data worker would otherwise carry): a damaged or tampered file gives a
 * clear message, never a half-drawn page.
 */
import { checkContext, checkCoverage, checkSources } from './checkDatasetFiles.ts';
import { datasetOf } from './datasetOf.ts';
import { DatasetError } from './DatasetError.ts';
import { fetchJson } from './fetchJson.ts';
import { checkIncidentColumns } from './checkIncidentColumns.ts';
import { incidentsFromColumns } from './incidentsFromColumns.ts';
import type { Dataset } from './Incident.ts';

export { DatasetError, fetchJson };
// Built without zod, so that the explorer's page (loadInWorker.ts) imports them without the checks.
export { datasetOf, toDataset } from './datasetOf.ts';

/** The app's incidents file (incidentColumns.ts); incidents.geojson holds the same incidents for download and other tools. */
export const INCIDENTS_FILE = 'incidents.json';

/** The four files of a dataset, fetched, parsed and checked; the incidents only checked, not yet built. */
export async function loadDatasetFiles(base: string, fetchImpl: typeof fetch) {
  const [columns, sources, context, coverage] = await Promise.all([
    fetchJson(`${base}${INCIDENTS_FILE}`, fetchImpl).then((v) => checkIncidentColumns(v, `${base}${INCIDENTS_FILE}`)),
    fetchJson(`${base}sources.json`, fetchImpl).then((v) => checkSources(v, `${base}sources.json`)),
    fetchJson(`${base}context.json`, fetchImpl).then((v) => checkContext(v, `${base}context.json`)),
    fetchJson(`${base}coverage.json`, fetchImpl).then((v) => checkCoverage(v, `${base}coverage.json`)),
  ]);
  return { columns, sources, context, coverage: coverage.years };
}

export async function loadDataset(base = './data/', fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  const { columns, sources, context, coverage } = await loadDatasetFiles(base, fetchImpl);
  return datasetOf(incidentsFromColumns(columns), sources, context, coverage);
}
