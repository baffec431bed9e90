/**
 * One store per app instance (the explorer, each embed, each test), built from slices.
 * It holds what a shared link must reproduce (the selection) and the playback settings;
 * derived data lives in deriveView, hover and open menus in components, the camera in MapLibre.
 */
import { createStore, type StateCreator } from 'zustand/vanilla';
import { INCIDENT_TYPES, type IncidentType } from '../data/vocabulary.ts';
import { defaultSelection, type MapMode, type PlaceFilter, type Selection } from '../data/Selection.ts';

export interface SelectionSlice {
  selection: Selection;
  /** First and last year in the data: the bounds of every year selection. */
  bounds: [number, number];
  setYears: (from: number, to: number) => void;
  toggleType: (type: IncidentType) => void;
  onlyType: (type: IncidentType) => void;
  setTypes: (types: readonly IncidentType[]) => void;
  setPlace: (place: PlaceFilter | null) => void;
  setQuery: (q: string) => void;
  selectIncident: (id: string | null) => void;
  setMapMode: (mode: MapMode) => void;
  setPrecise: (precise: boolean) => void;
  setContext: (context: boolean) => void;
  replaceSelection: (selection: Selection) => void;
  clearFilters: () => void;
}

export type PlayMode = 'window' | 'accumulate';

export interface PlaybackSlice {
  playing: boolean;
  /** Milliseconds per year. */
  speed: number;
  playMode: PlayMode;
  setPlaying: (playing: boolean) => void;
  setSpeed: (ms: number) => void;
  setPlayMode: (mode: PlayMode) => void;
}

export type AppState = SelectionSlice & PlaybackSlice;
export type AppStore = ReturnType<typeof createAppStore>;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)));

const createSelectionSlice =
  (bounds: [number, number], initial: Selection): StateCreator<AppState, [], [], SelectionSlice> =>
  (set) => {
    const update = (patch: Partial<Selection>) => set((s) => ({ selection: { ...s.selection, ...patch } }));
    return {
      selection: initial,
      bounds,
      setYears: (from, to) => {
        const a = clamp(Math.min(from, to), bounds[0], bounds[1]);
        const b = clamp(Math.max(from, to), bounds[0], bounds[1]);
        set((s) => (s.selection.from === a && s.selection.to === b ? s : { selection: { ...s.selection, from: a, to: b } }));
      },
      toggleType: (type) =>
        set((s) => {
          const on = new Set(s.selection.types);
          if (on.has(type)) on.delete(type);
          else on.add(type);
          // Never an empty set: turning off the last type shows all again.
          const types = on.size === 0 ? INCIDENT_TYPES : INCIDENT_TYPES.filter((t) => on.has(t));
          return { selection: { ...s.selection, types } };
        }),
      onlyType: (type) =>
        set((s) => ({
          selection: {
            ...s.selection,
            types: s.selection.types.length === 1 && s.selection.types[0] === type ? INCIDENT_TYPES : [type],
          },
        })),
      setTypes: (types) =>
        update({ types: types.length === 0 ? INCIDENT_TYPES : INCIDENT_TYPES.filter((t) => types.includes(t)) }),
      setPlace: (place) => update({ place }),
      setQuery: (q) => update({ q: q.slice(0, 100) }),
      selectIncident: (incident) => update({ incident }),
      setMapMode: (mapMode) => update({ mapMode }),
      setPrecise: (precise) => update({ precise }),
      setContext: (context) => update({ context }),
      replaceSelection: (selection) => set({ selection }),
      clearFilters: () =>
        set((s) => ({
          selection: {
            ...defaultSelection(bounds, INCIDENT_TYPES),
            mapMode: s.selection.mapMode,
            context: s.selection.context,
            lang: s.selection.lang,
          },
        })),
    };
  };

const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set) => ({
  playing: false,
  speed: 1000,
  playMode: 'window',
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed: clamp(speed, 100, 5000) }),
  setPlayMode: (playMode) => set({ playMode }),
});

export function createAppStore(bounds: [number, number], initial?: Selection) {
  const start = initial ?? defaultSelection(bounds, INCIDENT_TYPES);
  return createStore<AppState>()((...a) => ({
    ...createSelectionSlice(bounds, start)(...a),
    ...createPlaybackSlice(...a),
  }));
}
