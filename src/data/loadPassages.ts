/**
 * Fetches and checks public/data/passages.json. A module of its own, imported lazily by
 * the incident detail: the check needs zod, which the explorer's first view otherwise runs
 * only in its data worker, so the page's first load carries no copy of it.
 */
import { PassageFile } from './datasetSchema.ts';
import { checkWithSchema } from './checkWithSchema.ts';
import { fetchJson } from './fetchJson.ts';

/** Fetches and checks passages.json; a damaged file gives a DatasetError naming it. */
export async function loadPassages(base = './data/', fetchImpl: typeof fetch = fetch): Promise<PassageFile> {
  const url = `${base}passages.json`;
  return checkWithSchema(PassageFile, await fetchJson(url, fetchImpl), url);
}
