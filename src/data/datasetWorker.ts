/**
 * Loads the dataset off the page's main thread: fetching, JSON.parse, the checks and folding
 * the search text of a large file take seconds, during which the page could not answer a key.
 * The page gets the checked columns (incidentColumns.ts; their numbers in transferred
 * buffers, packColumns.ts) and builds the incidents from them (a few arrays cross to the page
 * far faster than 100k objects would) while this folds their search text, which follows in a
 * second message (packHaystacks.ts).
 */
import { loadDatasetFiles } from './loadDataset.ts';
import { DatasetError } from './DatasetError.ts';
import { haystacksOfColumns } from './incidentsFromColumns.ts';
import { packColumns } from './packColumns.ts';
import { packHaystacks } from './packHaystacks.ts';
import type { DatasetMessage } from './loadInWorker.ts';

const post = (m: DatasetMessage, transfer: Transferable[] = []) => postMessage(m, { transfer });

onmessage = async (e: MessageEvent<{ base: string; files?: Record<string, ArrayBuffer> }>) => {
  // Files the page has fetched (dataFiles.ts) are read from it; the others are fetched here.
  const files = e.data.files ?? {};
  const fetchFile: typeof fetch = (input, init) => {
    const body = files[String(input)];
    return body ? Promise.resolve(new Response(body)) : fetch(input, init);
  };
  try {
    const loaded = await loadDatasetFiles(e.data.base, fetchFile);
    const { columns, transfer } = packColumns(loaded.columns);
    post({ kind: 'data', ...loaded, columns }, transfer);
    const haystacks = packHaystacks(haystacksOfColumns(loaded.columns));
    post({ kind: 'haystacks', ...haystacks }, [haystacks.ends.buffer]);
  } catch (err) {
    const message = err instanceof DatasetError ? err.message : `the data could not be read: ${String(err)}`;
    post({ kind: 'error', message });
  }
};
