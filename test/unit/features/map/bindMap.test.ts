/**
 * bindMap puts the window of years shown in the towns source first, and every other window
 * once the map is idle, or at once when a step asks for another window before then.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createViewModel } from '../../../../src/data/deriveView.ts';
import { bindMap } from '../../../../src/features/map/bindMap.ts';
import type { TownProperties } from '../../../../src/features/map/townFeatures.ts';
import { createAppStore } from '../../../../src/store/createAppStore.ts';
import { FIXTURE_YEARS, fixtureDataset, fixtureSelection } from '../../../fixtures/app/fixtureDataset.ts';

// The marks are drawn on a canvas, which Node has not.
// marksAhead draws a slice per call until `slices` calls have passed.
const ahead = vi.hoisted(() => ({ slices: 1, added: 0 }));
vi.mock('../../../../src/features/map/markImages.ts', () => ({
  addMarks: vi.fn(),
  marksAhead: () => {
    let left = ahead.slices;
    return { drawUntil: () => --left <= 0, add: () => ahead.added++ };
  },
}));

type Towns = FeatureCollection<Point, TownProperties>;

/** The part of a MapLibre map bindMap uses, keeping what goes in the towns source. */
function stubMap() {
  const listeners = new Map<string, Set<() => void>>();
  const towns: Towns[] = [];
  const container = { dataset: {} as Record<string, string | undefined> };
  const map = {
    getContainer: () => container,
    on: (type: string, f: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(f)),
    off: (type: string, f: () => void) => listeners.get(type)?.delete(f),
    getSource: (id: string) => ({ setData: (d: Towns) => id === 'towns' && towns.push(d) }),
    querySourceFeatures: () => [],
    setFeatureState: () => undefined,
    setGlobalStateProperty: () => undefined,
    getBounds: () => ({ contains: () => true }),
  };
  const fire = (type: string) => [...(listeners.get(type) ?? [])].forEach((f) => f());
  return { map: map as unknown as MapLibreMap, towns, container, fire, listeners };
}

/** The windows ("from-to") of the features last put in the towns source. */
const windowsIn = (towns: Towns[]) => new Set(towns.at(-1)?.features.map((f) => `${f.properties.from}-${f.properties.to}`));

function bound(year: number) {
  const data = fixtureDataset();
  const store = createAppStore(FIXTURE_YEARS, fixtureSelection({ from: year, to: year }));
  const stub = stubMap();
  const unbind = bindMap(stub.map, { store, data, view: createViewModel(data) });
  return { ...stub, store, unbind };
}

/** Bound at 2011, the map idle, and the first of `slices` slices of the rest's marks drawn. */
function boundWhileMarksAreDrawn(slices: number) {
  vi.useFakeTimers();
  ahead.slices = slices;
  const b = bound(2011);
  b.fire('idle');
  vi.advanceTimersToNextTimer();
  return b;
}

afterEach(() => {
  vi.useRealTimers();
  ahead.slices = 1;
  ahead.added = 0;
});

describe('bindMap', () => {
  it('puts the window shown in first, and every window once the map is idle, in the next task', () => {
    vi.useFakeTimers();
    const { towns, container, fire } = bound(2011);
    expect([...windowsIn(towns)]).toEqual(['2011-2011']);
    expect(container.dataset.townsPending).toBe('true');

    fire('idle');
    // Not inside MapLibre's frame: the frame that drew the view is shown first.
    expect(towns).toHaveLength(1);
    vi.runAllTimers();
    expect(windowsIn(towns)).toContain('2009-2013');
    expect(windowsIn(towns).size).toBeGreaterThan(1);
    expect(container.dataset.townsPending).toBe('true');

    // The idle after every window is drawn ends the wait.
    fire('idle');
    expect(container.dataset.townsPending).toBeUndefined();
  });

  it('draws the marks of every window a slice per task, and adds them with the windows', () => {
    const { towns } = boundWhileMarksAreDrawn(3);
    vi.advanceTimersToNextTimer();
    expect(towns).toHaveLength(1);
    expect(ahead.added).toBe(0);
    vi.advanceTimersToNextTimer();
    expect(towns).toHaveLength(2);
    expect(windowsIn(towns).size).toBeGreaterThan(1);
    expect(ahead.added).toBe(1);
  });

  it('puts every window in at once, with their marks, when a step comes while the marks are drawn', () => {
    const { towns, store } = boundWhileMarksAreDrawn(5);
    store.getState().setYears(2012, 2012);
    expect(towns).toHaveLength(2);
    expect(windowsIn(towns)).toContain('2012-2012');
    expect(ahead.added).toBe(1);
    // No slice is left to put them in again.
    vi.runAllTimers();
    expect(towns).toHaveLength(2);
  });

  it('puts every window in without their marks when the map turns to regions while they are drawn', () => {
    const { towns, store } = boundWhileMarksAreDrawn(5);
    store.getState().setMapMode('regions');
    vi.runAllTimers();
    expect(windowsIn(towns).size).toBeGreaterThan(1);
    // Not drawn in one task for a view with no towns: the towns view draws what it lacks.
    expect(ahead.added).toBe(0);
  });

  it('puts every window in at once when a step asks for another window before the map is idle', () => {
    const { towns, store } = bound(2011);
    store.getState().setYears(2012, 2012);
    expect(towns).toHaveLength(2);
    expect(windowsIn(towns)).toContain('2012-2012');
  });

  it('starts again from the window shown when what counts changes while the rest waits', () => {
    vi.useFakeTimers();
    const { towns, store, fire } = bound(2011);
    fire('idle');
    store.getState().setQuery('Zhanaozen');
    vi.runAllTimers();
    // The timer set for the old rest did not put the new search's every window in.
    expect([...windowsIn(towns)]).toEqual(['2011-2011']);
    fire('idle');
    vi.runAllTimers();
    expect(windowsIn(towns).size).toBeGreaterThan(1);
  });

  it('stops listening, and waits no more, once unbound', () => {
    vi.useFakeTimers();
    const { towns, container, fire, listeners, unbind } = bound(2011);
    fire('idle');
    unbind();
    vi.runAllTimers();
    expect(towns).toHaveLength(1);
    expect(container.dataset.townsPending).toBeUndefined();
    expect(listeners.get('idle')?.size).toBe(0);
  });
});
