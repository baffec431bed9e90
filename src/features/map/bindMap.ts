/**
 * Feeds the store to a loaded map through subscribe, with no React render per step: the
 * towns of every window of years go in the towns source once per change of what counts
 * (types, search, precise places), the window shown first, and a step of the years only
 * moves feature-state.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { countsKey, type View } from '../../data/deriveView.ts';
import type { Dataset } from '../../data/Incident.ts';
import { townWindows, type TownWindow } from '../../data/townWindows.ts';
import type { AppStore } from '../../store/createAppStore.ts';
import type { Selection } from '../../data/Selection.ts';
import { applyMapView, emptyDrawnState, focusIncident, regionIdsOf } from './mapFeatureState.ts';
import { townFeatureIds, townFeatures, windowKey, type TownProperties } from './townFeatures.ts';
import { addMarks, marksAhead, type MarksAhead } from './markImages.ts';

/** About how long a task that draws the marks of the rest of the windows may run. */
const REST_SLICE_MS = 20;

export interface BindMapOptions {
  store: AppStore;
  data: Dataset;
  view: (sel: Selection) => View;
  /** Called after each change is applied (the tooltip under a resting pointer follows it). */
  onApplied?: () => void;
}

/** Binds the map to the store; returns the unbinding. The map's style must be loaded. */
export function bindMap(map: MapLibreMap, { store, data, view, onApplied }: BindMapOptions): () => void {
  const sel = () => store.getState().selection;
  const el = map.getContainer();
  const drawn = emptyDrawnState();
  const featureId = townFeatureIds(data.towns.keys(), data.years);
  let countsKeyDrawn: string | null = null;
  let marksDrawn = false;
  let towns: TownProperties[] = [];
  let regionIds = regionIdsOf(map);
  // Every window's towns, while the source holds only the window shown (`first`); once the map
  // is idle, their features are made in one task and their marks in slices of tasks after it.
  let rest: {
    windows: TownWindow[];
    first: string;
    features?: ReturnType<typeof townFeatures>;
    marks?: MarksAhead;
  } | null = null;

  const putTowns = (windows: readonly TownWindow[], features = townFeatures(windows, featureId)) => {
    const { collection, ids } = features;
    towns = collection.features.map((f) => f.properties);
    map.getSource<GeoJSONSource>('towns')?.setData(collection);
    drawn.windows = ids;
    marksDrawn = false;
  };
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  const cancelRestTimer = () => {
    clearTimeout(restTimer);
    restTimer = undefined;
  };
  const putRest = () => {
    cancelRestTimer();
    if (!rest) return;
    const { windows, features, marks } = rest;
    rest = null;
    marks?.add();
    putTowns(windows, features);
  };

  // What the layers of mapStyle.ts draw: a pie where total > 0, a ring where linked > 0.
  const markNames = (of: readonly TownProperties[]) => {
    const names = new Set<string>();
    for (const p of of) {
      if (p.total > 0) names.add(p.pie);
      if (p.linked > 0) names.add(p.ring);
    }
    return names;
  };
  const addTownMarks = () => {
    marksDrawn = true;
    addMarks(map, markNames(towns));
  };

  // The rest's marks are drawn in tasks of about REST_SLICE_MS, so that the page answers
  // meanwhile (at 100k incidents 0.3 s of drawing), and only while the map shows towns: in the
  // regions view the rest goes in without them (addTownMarks draws what the towns view lacks).
  const prepareRest = () => {
    restTimer = undefined;
    if (!rest) return;
    const deadline = performance.now() + REST_SLICE_MS;
    rest.features ??= townFeatures(rest.windows, featureId);
    if (sel().mapMode === 'towns') {
      rest.marks ??= marksAhead(map, markNames(rest.features.collection.features.map((f) => f.properties)));
      if (!rest.marks.drawUntil(deadline)) {
        restTimer = setTimeout(prepareRest, 0);
        return;
      }
    } else rest.marks = undefined;
    putRest();
    apply(sel());
  };

  const apply = (selection: Selection) => {
    const key = countsKey(selection, data.search);
    const shown = windowKey(selection.from, selection.to);
    if (key !== countsKeyDrawn) {
      countsKeyDrawn = key;
      // The window shown goes in alone first: the map's worker lays out every feature of the
      // source and asks for every mark, and at 100k incidents every window's towns are about
      // 1,400 marks, which held the first complete view back by 0.8 s. The rest follows once
      // the map is idle, or at once when a step asks for another window before then.
      const windows = townWindows(data.incidents, selection, data.years, data.search);
      const first = windows.filter((w) => w.from === selection.from && w.to === selection.to);
      cancelRestTimer();
      rest = first.length < windows.length ? { windows, first: shown } : null;
      el.dataset.townsPending = 'true';
      putTowns(rest ? first : windows);
    } else if (rest && rest.first !== shown) {
      putRest();
    }
    // The marks the towns layers will ask for, drawn together before MapLibre's worker asks (one
    // at a time took most of the main thread's share of the map's load at 100k); only when shown.
    if (selection.mapMode === 'towns' && !marksDrawn) addTownMarks();
    applyMapView(map, view(selection).map, selection, regionIds, drawn);
    onApplied?.();
  };

  // data-towns-pending: until every window's towns are drawn (the tests step from there).
  // MapLibre fires 'idle' inside the frame that has just drawn the view: the rest waits for
  // the next task, or the browser would show that frame only once every window is in.
  const onIdle = () => {
    if (!rest) {
      delete el.dataset.townsPending;
      return;
    }
    restTimer ??= setTimeout(prepareRest, 0);
  };
  map.on('idle', onIdle);

  // Region ids are only known once the regions source is parsed; apply again when it is.
  const onSourceData = (e: { sourceId?: string; isSourceLoaded?: boolean }) => {
    if (e.sourceId !== 'regions' || !e.isSourceLoaded || regionIds.length > 0) return;
    regionIds = regionIdsOf(map);
    if (regionIds.length) apply(sel());
  };
  map.on('sourcedata', onSourceData);

  // Feature-state and setData work while sources load (map.loaded() is false until the next
  // frame after any change, so a step that waited for it would be lost): apply at once.
  apply(sel());
  const incidentOf = (id: string | null) => data.incidents.find((i) => i.id === id) ?? null;
  focusIncident(map, incidentOf(sel().incident));
  el.dataset.ready = 'true';

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.selection !== prev.selection) apply(s.selection);
    if (s.selection.incident !== prev.selection.incident) focusIncident(map, incidentOf(s.selection.incident));
  });
  return () => {
    unsubscribe();
    map.off('sourcedata', onSourceData);
    map.off('idle', onIdle);
    cancelRestTimer();
    delete el.dataset.ready;
    delete el.dataset.townsPending;
  };
}
