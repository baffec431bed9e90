/**
 * The incident detail (its cited passages and case chain) is a chunk of its own: only a reader
 * who opens an incident needs it. It loads when the pointer or the focus first comes to the
 * list (usually before the click), and before the first render for a link that opens one
 * (main.tsx), so such a link shows its detail with the list, as before.
 */
import { createElement, useEffect, useState } from 'react';
import type { IncidentDetail, IncidentDetailProps } from './IncidentDetail.tsx';

type DetailComponent = typeof IncidentDetail;

let loaded: DetailComponent | null = null;
let loading: Promise<DetailComponent> | null = null;

/** Loads the detail's code once; a failed load is forgotten, so the next need tries again. */
export function loadIncidentDetail(): Promise<DetailComponent> {
  loading ??= import('./IncidentDetail.tsx').then(
    (m) => (loaded = m.IncidentDetail),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

export const preloadIncidentDetail = () => void loadIncidentDetail().catch(() => undefined);

/** The incident's detail once its code is in; nothing until then. */
export function LazyIncidentDetail(props: IncidentDetailProps) {
  const [component, setComponent] = useState(() => loaded);
  useEffect(() => {
    if (component) return;
    let live = true;
    loadIncidentDetail().then(
      (c) => live && setComponent(() => c),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [component]);
  const detail = component ?? loaded;
  return detail && createElement(detail, props);
}
