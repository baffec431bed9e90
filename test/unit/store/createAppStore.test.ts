import { beforeEach, describe, expect, it } from 'vitest';
import { INCIDENT_TYPES } from '../../../src/data/vocabulary.ts';
import { createAppStore, type AppStore } from '../../../src/store/createAppStore.ts';
import { defaultSelection } from '../../../src/data/Selection.ts';

const BOUNDS: [number, number] = [2009, 2013];

let store: AppStore;
beforeEach(() => {
  store = createAppStore(BOUNDS);
});
const selection = () => store.getState().selection;
const actions = () => store.getState();

describe('createAppStore', () => {
  it('starts from the default selection over its bounds', () => {
    expect(selection()).toEqual(defaultSelection(BOUNDS, INCIDENT_TYPES));
    expect(store.getState().bounds).toEqual(BOUNDS);
  });

  it('starts from the initial selection it is given', () => {
    const initial = { ...defaultSelection(BOUNDS, INCIDENT_TYPES), from: 2011, to: 2012, q: 'kozlov' };
    expect(createAppStore(BOUNDS, initial).getState().selection).toBe(initial);
  });

  describe('setYears', () => {
    it('clamps years to the bounds', () => {
      actions().setYears(1990, 2050);
      expect(selection()).toMatchObject({ from: 2009, to: 2013 });
    });

    it('orders reversed years', () => {
      actions().setYears(2012, 2010);
      expect(selection()).toMatchObject({ from: 2010, to: 2012 });
    });

    it('rounds fractional years to whole years', () => {
      actions().setYears(2010.4, 2011.6);
      expect(selection()).toMatchObject({ from: 2010, to: 2012 });
    });

    it('keeps the selection object when the years do not change', () => {
      const before = selection();
      actions().setYears(2009, 2013);
      expect(selection()).toBe(before);
    });
  });

  describe('types', () => {
    it('toggleType turns a type off and keeps canonical order', () => {
      actions().toggleType('protest');
      expect(selection().types).toEqual(INCIDENT_TYPES.filter((t) => t !== 'protest'));
    });

    it('toggleType turns a type back on in canonical order', () => {
      actions().setTypes(['torture', 'journalist_attack']);
      actions().toggleType('detention');
      expect(selection().types).toEqual(['journalist_attack', 'detention', 'torture']);
    });

    it('toggleType never leaves an empty set: turning off the last type shows all', () => {
      actions().onlyType('killing');
      actions().toggleType('killing');
      expect(selection().types).toEqual(INCIDENT_TYPES);
    });

    it('onlyType shows that type alone', () => {
      actions().onlyType('detention');
      expect(selection().types).toEqual(['detention']);
    });

    it('onlyType on the type already shown alone toggles back to all types', () => {
      actions().onlyType('detention');
      actions().onlyType('detention');
      expect(selection().types).toEqual(INCIDENT_TYPES);
    });

    it('setTypes with an empty list shows all types', () => {
      actions().setTypes([]);
      expect(selection().types).toEqual(INCIDENT_TYPES);
    });
  });

  it('setQuery caps the search at 100 characters', () => {
    actions().setQuery('x'.repeat(150));
    expect(selection().q).toHaveLength(100);
  });

  it('clearFilters resets the selection but keeps the map mode', () => {
    actions().setMapMode('regions');
    actions().setYears(2010, 2011);
    actions().onlyType('protest');
    actions().setPlace({ kind: 'region', id: 'KZ-MAN' });
    actions().setQuery('strike');
    actions().setPrecise(true);
    actions().selectIncident('2011-07-sit-in-on-the-square');
    actions().clearFilters();
    expect(selection()).toEqual({ ...defaultSelection(BOUNDS, INCIDENT_TYPES), mapMode: 'regions' });
  });

  it('setSpeed clamps the playback speed to 100-5000 ms per year', () => {
    actions().setSpeed(10);
    expect(store.getState().speed).toBe(100);
    actions().setSpeed(60_000);
    expect(store.getState().speed).toBe(5000);
  });

  it('separate stores are independent', () => {
    const other = createAppStore(BOUNDS);
    actions().setYears(2011, 2011);
    actions().onlyType('killing');
    actions().setPlaying(true);
    expect(other.getState().selection).toEqual(defaultSelection(BOUNDS, INCIDENT_TYPES));
    expect(other.getState().playing).toBe(false);
  });
});
