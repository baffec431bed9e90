/**
 * The data files the page fetches as soon as its code runs, beside the data worker's own
 * script, and hands to the worker: a worker fetching them itself would ask only once its
 * script had arrived, one round trip later.
 *
 * index.html does not preload them. On a phone's network the preloads shared the bandwidth
 * with the code, so that the code, the last bytes to arrive, came later, and the page could
 * not run before it (the code is the larger part); asked for when the code has arrived, the
 * data downloads while the page evaluates its modules (README.md, "On a phone", has the
 * measure).
 */

/** As loadDataset fetches each: `${base}${name}`. */
export const DATA_FILES = ['incidents.json', 'sources.json', 'context.json', 'coverage.json'] as const;

/**
 * The files that arrived, by URL. A file that did not (no network, an error status) is left
 * out: the worker fetches it again, and its error names the file as before.
 */
export async function fetchDataFiles(base: string): Promise<Record<string, ArrayBuffer>> {
  const files: Record<string, ArrayBuffer> = {};
  await Promise.all(
    DATA_FILES.map(async (name) => {
      const url = `${base}${name}`;
      try {
        // No referrer, as every request of the app's (index.html's referrer policy).
        const res = await fetch(url, { referrerPolicy: 'no-referrer' });
        if (res.ok) files[url] = await res.arrayBuffer();
      } catch {
        // Left to the worker, which names the failure.
      }
    }),
  );
  return files;
}
