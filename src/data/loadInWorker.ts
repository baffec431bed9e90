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

/** The dataset a data worker loads (by default one started now on the site's data/ folder), once it has all arrived. */
export function loadDatasetInWorker(load: StartedLoad = startDatasetWorker()): Promise<Dataset> {
  return new Promise((resolve, reject) => {
    const { worker, listen } = load;
    const fail = (message: string) => {
      worker.terminate();
      reject(new DatasetError(message));
    };
    let data: Dataset | null = null;
    listen((e) => {
      if (e.type === 'messageerror') return fail('the data loader sent data the page could not read');
      if (e.type === 'error') return fail(`the data loader stopped (${e.message || 'its script was blocked or is missing'})`);
      const m = e.message;
      if (m.kind === 'error') return fail(m.message);
      if (m.kind === 'data') {
        // Built while the worker folds the search text; no view sees it before that has arrived.
        const blank = new Array<string>(m.columns.count).fill('');
        data = datasetOf(incidentsFromColumns(m.columns, blank), m.sources, m.context, m.coverage);
        return;
      }
      // One text per incident, the last ending where the string does.
      if (!data || m.ends.length !== data.incidents.length || (m.ends.at(-1) ?? 0) !== m.text.length)
        return fail('the data loader ended without the data');
      worker.terminate();
      const haystacks = unpackHaystacks(m);
      data.incidents.forEach((i, k) => (i.haystack = haystacks[k] as string));
      resolve(data);
    });
  });
}
