import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Dataset } from '../data/Incident.ts';
import type { View } from '../data/deriveView.ts';
import type { AppState, AppStore } from './createAppStore.ts';
import type { Selection } from '../data/Selection.ts';

export interface AppContextValue {
  store: AppStore;
  data: Dataset;
  view: (sel: Selection) => View;
}

export const AppContext = createContext<AppContextValue | null>(null);

function useApp(): AppContextValue {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp must be used inside <AppContext.Provider>');
  return ctx;
}

/** Reads one slice of the store; selectors return primitives or stable references. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useApp().store, selector);
}

export function useAppActions(): AppState {
  return useApp().store.getState();
}

export function useDataset(): Dataset {
  return useApp().data;
}

/** The derived data for the current selection, computed once per change for all views. */
export function useView(): View {
  const { view } = useApp();
  const selection = useAppStore((s) => s.selection);
  return view(selection);
}

/** The store itself, for event handlers that must read the latest state (drags, timers). */
export function useAppStoreApi(): AppStore {
  return useApp().store;
}
