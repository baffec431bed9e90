/**
 * The page's side of datasetWorker.ts: the same Dataset as loadDataset, with the same
 * errors naming the file, while the page stays responsive.
 */
import { DatasetError } from './DatasetError.ts';
import type { Dataset } from './Incident.ts';
import { incidentsFromColumns } from './incidentsFromColumns.ts';
import { datasetOf } from './datasetOf.ts';
import type { loadDatasetFiles } from './loadDataset.ts';
import type { ColumnsView } from './packColumns.ts';
import { unpackHaystacks, type PackedHaystacks } from './packHaystacks.ts';
import { startDatasetWorker, type StartedLoad } from './startDatasetWorker.ts';

export type DatasetMessage =
  | ({ kind: 'data' } & Omit<Awaited<ReturnType<typeof loadDatasetFiles>>, 'columns'> & { columns: ColumnsView })
  | ({ kind: 'haystacks' } & PackedHaystacks)
  | { kind: 'error'; message: string };

/** What the data worker loaded: the dataset, and later the search text its incidents are sent without. */
export interface WorkerDataset {
  /** The incidents with empty haystacks until `searchText` is in (SearchIndex.setText). */
  data: Dataset;
  /** Each incident's haystack, in data.incidents' order; rejected if the worker stopped before sending it. */
  searchText: Promise<readonly string[]>;
}

/**
 * The dataset a data worker loads (by default one started now on the site's data/ folder),
 * as soon as it is checked and built: the worker folds the search text meanwhile, on its own
 * thread, and it follows (at 100k incidents, while the page draws the list and charts).
 */
export function loadDatasetInWorker(load: StartedLoad = startDatasetWorker()): Promise<WorkerDataset> {
  return new Promise((resolve, reject) => {
    const { worker, listen } = load;
    let text: { resolve: (h: readonly string[]) => void; reject: (e: Error) => void } | null = null;
    let count = -1;
    const fail = (message: string) => {
      worker.terminate();
      const err = new DatasetError(message);
      // After the data, only its search text is lost: the page folds it itself when asked (SearchIndex).
      if (text) text.reject(err);
      else reject(err);
    };
    listen((e) => {
      if (e.type === 'messageerror') return fail('the data loader sent data the page could not read');
      if (e.type === 'error') return fail(`the data loader stopped (${e.message || 'its script was blocked or is missing'})`);
      const m = e.message;
      if (m.kind === 'error') return fail(m.message);
      if (m.kind === 'data') {
        count = m.columns.count;
        const blank = new Array<string>(count).fill('');
        const data = datasetOf(incidentsFromColumns(m.columns, blank), m.sources, m.context, m.coverage);
        const searchText = new Promise<readonly string[]>((res, rej) => (text = { resolve: res, reject: rej }));
        // Nobody may ask for it (a page closed first): not an unhandled rejection.
        searchText.catch(() => undefined);
        return resolve({ data, searchText });
      }
      if (!text) return fail('the data loader ended without the data');
      // One text per incident, the last ending where the string does.
      if (m.ends.length !== count || (m.ends.at(-1) ?? 0) !== m.text.length)
        return fail('the data loader sent search text that does not fit the data');
      worker.terminate();
      text.resolve(unpackHaystacks(m));
    });
  });
}
