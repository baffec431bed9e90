/**
 * The data files index.html preloads (`<link rel="preload" as="fetch">`), so that they
 * download beside the page's code instead of after it: on a phone's network the data worker
 * would otherwise ask for them only once the code had arrived and run, a second and more
 * later. The page reads them from its preload cache (a worker cannot) and hands them over.
 */

/** As index.html names them; loadDataset fetches each as `${base}${name}`. */
export const PRELOADED_FILES = ['incidents.json', 'sources.json', 'context.json', 'coverage.json'] as const;

/**
 * The preloaded files that arrived, by URL. A file that did not (no network, an error status)
 * is left out: the worker fetches it again, and its error names the file as before.
 */
export async function preloadedData(base: string): Promise<Record<string, ArrayBuffer>> {
  const files: Record<string, ArrayBuffer> = {};
  await Promise.all(
    PRELOADED_FILES.map(async (name) => {
      const url = `${base}${name}`;
      try {
        // The same request as the preload (same-origin CORS, no referrer), or the browser fetches it twice.
        const res = await fetch(url, { referrerPolicy: 'no-referrer' });
        if (res.ok) files[url] = await res.arrayBuffer();
      } catch {
        // Left to the worker, which names the failure.
      }
    }),
  );
  return files;
}
