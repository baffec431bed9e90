// @vitest-environment jsdom
/**
 * LocalizedData with the incidents' search text still to come (loadInWorker.ts), as the explorer
 * mounts it: a reader who switches to Kazakh before the data worker's text arrives searches the
 * Kazakh copies of the incidents, which must get that text too.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { checkIncidentColumns } from '../../../src/data/checkIncidentColumns.ts';
import { IncidentCollection, LocalizedText } from '../../../src/data/datasetSchema.ts';
import { datasetOf } from '../../../src/data/datasetOf.ts';
import { createViewModel } from '../../../src/data/deriveView.ts';
import { incidentColumns, serializeIncidentColumns } from '../../../src/data/incidentColumns.ts';
import { haystackOf, haystacksOfColumns, incidentsFromColumns } from '../../../src/data/incidentsFromColumns.ts';
import { packColumns } from '../../../src/data/packColumns.ts';
import { createAppStore } from '../../../src/store/createAppStore.ts';
import { LocalizedData } from '../../../src/store/LocalizedData.tsx';
import type { View } from '../../../src/data/View.ts';
import type { Selection } from '../../../src/data/Selection.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DATA = resolve(import.meta.dirname, '../../../public/data');
const read = (name: string): unknown => JSON.parse(readFileSync(resolve(DATA, name), 'utf8'));
const columns = checkIncidentColumns(
  JSON.parse(serializeIncidentColumns(incidentColumns(IncidentCollection.parse(read('incidents.geojson')).features))),
  './data/incidents.json',
);
const kk = LocalizedText.parse(read('text.kk.json'));

const container = document.createElement('div');
afterEach(() => container.remove());

it('gives the Kazakh copies made before the text came the same text, and the search finds the same incidents', async () => {
  // As the page gets them from the worker: built with empty haystacks.
  const blank = new Array<string>(columns.count).fill('');
  const data = datasetOf(incidentsFromColumns(packColumns(columns).columns, blank), [], [], []);
  let arrive: (h: readonly string[]) => void = () => undefined;
  const haystacks = new Promise<readonly string[]>((res) => (arrive = res));
  const fold = vi.fn(haystackOf);
  const store = createAppStore(data.years);
  let view: ((sel: Selection) => View) | null = null;

  const root = createRoot(container);
  await act(async () =>
    root.render(
      <LocalizedData store={store} data={data} initialTexts={{ kk }} searchText={{ haystacks, fold }} base="http://127.0.0.1:9/">
        {(v) => {
          view = v;
          return null;
        }}
      </LocalizedData>,
    ),
  );
  await act(async () => store.setState((s) => ({ selection: { ...s.selection, lang: 'kk' } })));
  await act(async () => arrive(haystacksOfColumns(columns)));
  await act(async () => store.setState((s) => ({ selection: { ...s.selection, q: 'Zhanaozen' } })));

  const english = createViewModel(datasetOf(incidentsFromColumns(columns), [], [], []));
  const expected = english(store.getState().selection).incidents.map((i) => i.id);
  expect(expected.length).toBeGreaterThan(3);
  expect(view!(store.getState().selection).incidents.map((i) => i.id)).toEqual(expected);
  // The worker's text, not one folded again on the page.
  expect(fold).not.toHaveBeenCalled();
  act(() => root.unmount());
});
