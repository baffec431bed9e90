/**
 * Loads the dataset off the page's main thread: fetching, JSON.parse and the schema checks
 * of a large file take seconds, during which the page could not answer a key. The incidents
 * go back in slices, so that no single message takes the page long to receive.
 */
import { DatasetError, loadDataset } from './loadDataset.ts';
import type { DatasetMessage } from './loadInWorker.ts';

const SLICE = 2000;
const post = (m: DatasetMessage) => postMessage(m);

onmessage = async (e: MessageEvent<{ base: string }>) => {
  try {
    const { incidents, ...rest } = await loadDataset(e.data.base);
    post({ kind: 'meta', meta: rest });
    for (let i = 0; i < incidents.length; i += SLICE) post({ kind: 'incidents', incidents: incidents.slice(i, i + SLICE) });
    post({ kind: 'done' });
  } catch (err) {
    const message = err instanceof DatasetError ? err.message : `the data could not be read: ${String(err)}`;
    post({ kind: 'error', message });
  }
};
