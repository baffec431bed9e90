import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_FILES, fetchDataFiles } from '../../../src/data/dataFiles.ts';

const BASE = 'https://example.test/site/data/';

afterEach(() => vi.unstubAllGlobals());

describe('fetchDataFiles', () => {
  it('hands over every data file that arrived, by the URL loadDataset asks for', async () => {
    vi.stubGlobal('fetch', (url: string) => Promise.resolve(new Response(`body of ${url}`)));
    const files = await fetchDataFiles(BASE);
    expect(Object.keys(files).sort()).toEqual(DATA_FILES.map((name) => `${BASE}${name}`).sort());
    expect(new TextDecoder().decode(files[`${BASE}incidents.json`])).toBe(`body of ${BASE}incidents.json`);
  });

  it('leaves a file that failed or was refused to the worker, which names the error', async () => {
    vi.stubGlobal('fetch', (url: string) => {
      if (url.endsWith('incidents.json')) return Promise.resolve(new Response('Not found', { status: 404 }));
      if (url.endsWith('context.json')) return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(new Response('{}'));
    });
    const files = await fetchDataFiles(BASE);
    expect(Object.keys(files).sort()).toEqual([`${BASE}coverage.json`, `${BASE}sources.json`]);
  });
});

describe('startDatasetWorker', () => {
  /** A Worker that keeps what it is sent. */
  class StubWorker {
    static sent: unknown[] = [];
    onmessage = null;
    onerror = null;
    onmessageerror = null;
    postMessage(m: unknown) {
      StubWorker.sent.push(m);
    }
  }

  it('says whether every data file downloaded, once it has handed them to the worker', async () => {
    vi.stubGlobal('Worker', StubWorker);
    const { startDatasetWorker } = await import('../../../src/data/startDatasetWorker.ts');
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}')));
    expect(await startDatasetWorker(BASE).downloaded).toBe(true);
    expect(StubWorker.sent).toHaveLength(1);

    // The main page then asks for no map code behind the error the worker will report.
    vi.stubGlobal('fetch', (url: string) =>
      Promise.resolve(url.endsWith('incidents.json') ? new Response('Not found', { status: 404 }) : new Response('{}')),
    );
    expect(await startDatasetWorker(BASE).downloaded).toBe(false);
    expect(StubWorker.sent).toHaveLength(2);
  });
});
