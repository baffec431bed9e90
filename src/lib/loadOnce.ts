/**
 * Code loaded once, when first needed, for components that must not suspend: React.lazy
 * throws a failed download in the render, and with nothing to catch it React takes the whole
 * page down, where a reader could go on with the rest of it.
 */
import { useEffect, useState } from 'react';

export interface Loader<T> {
  /** Starts the load, or returns the one under way; a failed load is forgotten, so the next call tries again. */
  load(): Promise<T>;
  /** What the load gave, once it is in. */
  loaded(): T | null;
}

export function loadOnce<T>(load: () => Promise<T>): Loader<T> {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    load: () =>
      (pending ??= load().then(
        (v) => (value = v),
        (err: unknown) => {
          pending = null;
          throw err;
        },
      )),
    loaded: () => value,
  };
}

/** The loader's value once it is in (null until then), and whether its load failed. */
export function useLoaded<T>(loader: Loader<T>): { value: T | null; failed: boolean } {
  const [state, setState] = useState(() => ({ value: loader.loaded(), failed: false }));
  useEffect(() => {
    if (state.value !== null) return;
    let live = true;
    loader.load().then(
      (value) => {
        if (live) setState({ value, failed: false });
      },
      () => {
        if (live) setState({ value: null, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [loader, state.value]);
  return state;
}
