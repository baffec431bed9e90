/**
 * Starts the data worker (datasetWorker.ts) and keeps what it says until the page listens
 * (loadInWorker.ts). Apart from loadInWorker.ts and light, so that the explorer's entry can
 * start the worker before it evaluates its other modules (startDataLoad.ts).
 */
import type { DatasetMessage } from './loadInWorker.ts';
import { DATA_FILES, fetchDataFiles } from './dataFiles.ts';

/** What the data worker said, in order, kept until the page listens. */
export type WorkerEvent =
  { type: 'message'; message: DatasetMessage } | { type: 'error'; message: string } | { type: 'messageerror' };

export interface StartedLoad {
  worker: Worker;
  /** Hands every event so far, then each new one, to `listener`. */
  listen: (listener: (e: WorkerEvent) => void) => void;
  /** Whether every data file has downloaded (false: one failed, and the worker tries again), before the worker reads them. */
  downloaded: Promise<boolean>;
}

/**
 * Starts the worker on the files under `base` (the site's data/ folder by default), before the page is ready to read its answer: what
 * it says is kept until `listen`. The worker's script loads while the page fetches the data
 * files (dataFiles.ts); they are handed over, not copied.
 */
export function startDatasetWorker(base = new URL('./data/', document.baseURI).href): StartedLoad {
  const worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
  const heard: WorkerEvent[] = [];
  let listener: ((e: WorkerEvent) => void) | null = null;
  const hear = (e: WorkerEvent) => (listener ? listener(e) : heard.push(e));
  worker.onmessage = (e: MessageEvent<DatasetMessage>) => hear({ type: 'message', message: e.data });
  worker.onerror = (e) => {
    // Reported by the page (loadDatasetInWorker), not as an uncaught error. A script that
    // could not be loaded fires a plain Event, with no message.
    e.preventDefault();
    hear({ type: 'error', message: (e as Partial<ErrorEvent>).message ?? '' });
  };
  worker.onmessageerror = () => hear({ type: 'messageerror' });
  const downloaded = fetchDataFiles(base).then((files) => {
    worker.postMessage({ base, files }, Object.values(files));
    return Object.keys(files).length === DATA_FILES.length;
  });
  return {
    worker,
    downloaded,
    listen: (l) => {
      listener = l;
      heard.splice(0).forEach(l);
    },
  };
}
