// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INCIDENT_TYPES } from '../../../src/data/vocabulary.ts';
import { createAppStore, type AppStore } from '../../../src/store/createAppStore.ts';
import { defaultSelection } from '../../../src/data/Selection.ts';
import { syncUrl } from '../../../src/store/syncUrl.ts';
import { encodeSelection } from '../../../src/store/urlState.ts';

const BOUNDS: [number, number] = [2009, 2013];

let store: AppStore;
let stop: () => void;

beforeEach(() => {
  // jsdom keeps one window per file: start every test from a plain URL and a fresh store.
  window.history.replaceState(null, '', '/explorer/#map');
  store = createAppStore(BOUNDS);
  stop = syncUrl(store, window);
});
afterEach(() => stop());

const actions = () => store.getState();

/** Resolves after the next popstate, by which time syncUrl's own listener has run. */
function back(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    window.history.back();
  });
}

describe('syncUrl', () => {
  it('pushes a history entry with the encoded query when the selection changes', () => {
    const before = window.history.length;
    actions().setYears(2010, 2011);
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toBe(encodeSelection(store.getState().selection, BOUNDS));
    expect(window.location.search).toBe('?years=2010-2011');
  });

  it('keeps the path and hash when writing the query', () => {
    actions().onlyType('protest');
    expect(window.location.pathname).toBe('/explorer/');
    expect(window.location.hash).toBe('#map');
    expect(window.location.search).toBe('?types=protest');
  });

  it('pushes one entry per change', () => {
    const before = window.history.length;
    actions().setYears(2010, 2010);
    actions().setPlace({ kind: 'region', id: 'KZ-MAN' });
    actions().setMapMode('regions');
    expect(window.history.length).toBe(before + 3);
    expect(new URLSearchParams(window.location.search).get('place')).toBe('region:KZ-MAN');
  });

  it('replaces the entry while typing in the search', () => {
    const before = window.history.length;
    actions().setQuery('k');
    actions().setQuery('ko');
    actions().setQuery('kozlov');
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?q=kozlov');
  });

  it('replaces the entry for changes while playing', () => {
    actions().setPlaying(true);
    const before = window.history.length;
    actions().setYears(2009, 2009);
    actions().setYears(2010, 2010);
    actions().setYears(2011, 2011);
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?years=2011');
  });

  it('pushes an entry when clearing the filters clears the search too', () => {
    actions().setPlace({ kind: 'town', id: 'almaty' });
    actions().setQuery('kozlov');
    const before = window.history.length;
    actions().clearFilters();
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toBe('');
  });

  it('writes no entry when the selection is unchanged', () => {
    const before = window.history.length;
    actions().setPlaying(true);
    actions().setPlaying(false);
    actions().setYears(2009, 2013);
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('');
  });

  it('restores the selection from the URL on popstate', async () => {
    actions().setYears(2011, 2012);
    actions().setPlace({ kind: 'town', id: 'zhanaozen' });
    await back();
    expect(window.location.search).toBe('?years=2011-2012');
    expect(store.getState().selection).toEqual({ ...defaultSelection(BOUNDS, INCIDENT_TYPES), from: 2011, to: 2012 });
  });

  it('does not push a new entry while restoring on popstate', async () => {
    actions().setYears(2011, 2012);
    actions().onlyType('detention');
    const length = window.history.length;
    await back();
    expect(window.history.length).toBe(length);
    expect(store.getState().selection.types).toEqual(INCIDENT_TYPES);
  });

  it('stops following the store and the URL once stopped', () => {
    stop();
    const before = window.history.length;
    actions().setYears(2012, 2012);
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('');
  });
});
