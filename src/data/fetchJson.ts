/**
 * Fetches and parses one data file, or throws a DatasetError naming it. A module of its own:
 * the explorer's later files (loadText.ts, loadPassages.ts) need it without the dataset's checks.
 */
import { DatasetError } from './DatasetError.ts';

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
