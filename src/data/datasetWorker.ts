/**
 * Loads the dataset off the page's main thread: fetching, JSON.parse and the schema checks
 * of a large file take seconds, during which the page could not answer a key. The incidents
 * go back in slices, so that no single message takes the page long to receive.
 */
import { DatasetError, loadDataset } from './loadDataset.ts';
import type { DatasetMessage } from './loadInWorker.ts';

const SLICE = 2000;
const post = (m: DatasetMessage) => postMessage(m);

onmessage = async (e: MessageEvent<{ base: string; files?: Record<string, ArrayBuffer> }>) => {
  // Files the page already has (preloadedData.ts) are read from it; the others are fetched here.
  const files = e.data.files ?? {};
  const fetchFile: typeof fetch = (input, init) => {
    const body = files[String(input)];
    return body ? Promise.resolve(new Response(body)) : fetch(input, init);
  };
  try {
    const { incidents, ...rest } = await loadDataset(e.data.base, fetchFile);
    post({ kind: 'meta', meta: rest });
    for (let i = 0; i < incidents.length; i += SLICE) post({ kind: 'incidents', incidents: incidents.slice(i, i + SLICE) });
    post({ kind: 'done' });
  } catch (err) {
    const message = err instanceof DatasetError ? err.message : `the data could not be read: ${String(err)}`;
    post({ kind: 'error', message });
  }
};
