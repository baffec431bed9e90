/**
 * The data worker sends the incidents first and their search text after (loadInWorker.ts), so
 * that the page draws the list and charts while the worker folds it. Whatever arrives when, a
 * search never looks through missing text: the tests below load the real data as the worker
 * hands it over.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkIncidentColumns } from '../../../src/data/checkIncidentColumns.ts';
import { IncidentCollection, LocalizedText } from '../../../src/data/datasetSchema.ts';
import { countsKey, createViewModel } from '../../../src/data/deriveView.ts';
import { incidentColumns, serializeIncidentColumns } from '../../../src/data/incidentColumns.ts';
import { haystackOf, haystacksOfColumns } from '../../../src/data/incidentsFromColumns.ts';
import { loadDatasetInWorker, type DatasetMessage } from '../../../src/data/loadInWorker.ts';
import { localizeDataset } from '../../../src/data/localizeDataset.ts';
import { packColumns } from '../../../src/data/packColumns.ts';
import { packHaystacks } from '../../../src/data/packHaystacks.ts';
import { SearchIndex } from '../../../src/data/SearchIndex.ts';
import { defaultSelection } from '../../../src/data/Selection.ts';
import type { StartedLoad, WorkerEvent } from '../../../src/data/startDatasetWorker.ts';
import { INCIDENT_TYPES } from '../../../src/data/vocabulary.ts';

const DATA = resolve(import.meta.dirname, '../../../public/data');
const read = (name: string): unknown => JSON.parse(readFileSync(resolve(DATA, name), 'utf8'));
const features = IncidentCollection.parse(read('incidents.geojson')).features;
const columns = () =>
  checkIncidentColumns(JSON.parse(serializeIncidentColumns(incidentColumns(features))), './data/incidents.json');
const kk = LocalizedText.parse(read('text.kk.json'));

/** A data worker that says what it is told to, when told (startDatasetWorker's StartedLoad). */
function fakeWorker() {
  let hear: (e: WorkerEvent) => void = () => undefined;
  const terminate = vi.fn();
  const load: StartedLoad = {
    worker: { terminate } as unknown as Worker,
    downloaded: Promise.resolve(true),
    listen: (l) => (hear = l),
  };
  const say = (message: DatasetMessage) => hear({ type: 'message', message });
  const c = columns();
  return {
    load,
    terminate,
    sendData: () => say({ kind: 'data', columns: packColumns(c).columns, sources: [], context: [], coverage: [] }),
    sendText: (haystacks = haystacksOfColumns(c)) => say({ kind: 'haystacks', ...packHaystacks(haystacks) }),
    stop: () => hear({ type: 'error', message: 'out of memory' }),
  };
}

/** The ids the English view finds for a query. */
const found = (data: ReturnType<typeof localizeDataset>, search: SearchIndex, q: string) =>
  createViewModel(
    data,
    search,
  )({ ...defaultSelection(data.years, INCIDENT_TYPES), q })
    .incidents.map((i) => i.id)
    .sort();

/** A page's load once the worker has sent the data, and the worker, to say more. */
const loaded = async () => {
  const worker = fakeWorker();
  const loading = loadDatasetInWorker(worker.load);
  worker.sendData();
  return { ...(await loading), worker };
};

describe('loadDatasetInWorker: the data before its search text', () => {
  it('gives the page the incidents as soon as they are in, and their search text when the worker has folded it', async () => {
    const { data, searchText, worker } = await loaded();
    expect(data.incidents).toHaveLength(features.length);
    expect(data.incidents.every((i) => i.haystack === '')).toBe(true);
    expect(worker.terminate).not.toHaveBeenCalled();

    worker.sendText();
    const text = await searchText;
    expect(text).toEqual(haystacksOfColumns(columns()));
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('loses only the search text when the worker stops after the data', async () => {
    const { searchText, worker } = await loaded();
    worker.stop();
    await expect(searchText).rejects.toThrow('the data loader stopped (out of memory)');
  });

  it('refuses search text that does not fit the incidents', async () => {
    const { searchText, worker } = await loaded();
    worker.sendText(['one text for a hundred incidents']);
    await expect(searchText).rejects.toThrow('search text that does not fit the data');
  });

  it('fails the load when the worker sends search text before the data', async () => {
    const worker = fakeWorker();
    const loading = loadDatasetInWorker(worker.load);
    worker.sendText();
    await expect(loading).rejects.toThrow('the data loader ended without the data');
  });

  it('fails the load when the worker stops before the data', async () => {
    const worker = fakeWorker();
    const loading = loadDatasetInWorker(worker.load);
    worker.stop();
    await expect(loading).rejects.toThrow('the data loader stopped (out of memory)');
  });
});

describe('SearchIndex with the search text to come', () => {
  it('folds the text on the page when a query comes first, and finds what the full text finds', async () => {
    const { data } = await loaded();
    const search = new SearchIndex(data.incidents, haystackOf);
    expect(search.hasText).toBe(false);
    const ids = found(data, search, 'Zhanaozen');
    expect(ids.length).toBeGreaterThan(3);
    expect(search.hasText).toBe(true);
    expect(data.incidents.map((i) => i.haystack)).toEqual(haystacksOfColumns(columns()));
  });

  it("gives the worker's text to the incidents and to every language's copies made before it came", async () => {
    const { data, searchText, worker } = await loaded();
    const fold = vi.fn(haystackOf);
    const search = new SearchIndex(data.incidents, fold);
    const kazakh = { ...localizeDataset(data, 'kk', kk), search };
    search.follow(kazakh.incidents);
    worker.sendText();
    search.setText(await searchText);
    expect(search.hasText).toBe(true);
    expect(kazakh.incidents.map((i) => i.haystack)).toEqual(data.incidents.map((i) => i.haystack));
    expect(kazakh.incidents.every((i) => i.haystack !== '')).toBe(true);
    expect(found(kazakh, search, 'Zhanaozen')).toEqual(found(data, search, 'Zhanaozen'));
    // The worker's text is what the search looks through: the page did not fold it again.
    expect(fold).not.toHaveBeenCalled();
  });

  it('keeps every view drawn before the text came: no view without a query looks at it', async () => {
    const { data, searchText, worker } = await loaded();
    const search = new SearchIndex(data.incidents, haystackOf);
    const view = createViewModel(data, search);
    const sel = defaultSelection(data.years, INCIDENT_TYPES);
    const before = view(sel);
    const key = countsKey(sel, search);
    worker.sendText();
    search.setText(await searchText);
    // The same object: a timeline step after the text came reads no incident (deriveView.ts).
    expect(view(sel)).toBe(before);
    expect(countsKey(sel, search)).toBe(key);
    // Other spellings loaded for a search change only the keys of views with a query.
    search.addNames({ people: {}, places: {} });
    expect(countsKey(sel, search)).toBe(key);
    expect(countsKey({ ...sel, q: 'Kozlov' }, search)).not.toBe(
      countsKey({ ...sel, q: 'Kozlov' }, new SearchIndex(data.incidents)),
    );
  });

  it('ignores text that does not fit, and folds its own when asked', async () => {
    const { data } = await loaded();
    const search = new SearchIndex(data.incidents, haystackOf);
    search.setText(['too few']);
    expect(search.hasText).toBe(false);
    expect(found(data, search, 'Kozlov').length).toBeGreaterThan(0);
  });
});
