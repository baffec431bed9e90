/**
 * The incident detail (its cited passages and case chain) is a chunk of its own: only a reader
 * who opens an incident needs it. It loads when the pointer or the focus first comes to the
 * list (usually before the click), and before the first render for a link that opens one
 * (main.tsx), so such a link shows its detail with the list, as before.
 */
import { createElement } from 'react';
import { loadOnce, useLoaded } from '../../lib/loadOnce.ts';
import type { IncidentDetailProps } from './IncidentDetail.tsx';

const detail = loadOnce(() => import('./IncidentDetail.tsx').then((m) => m.IncidentDetail));

/** Loads the detail's code once; a failed load is forgotten, so the next need tries again. */
export const loadIncidentDetail = () => detail.load();

export const preloadIncidentDetail = () => void loadIncidentDetail().catch(() => undefined);

/** The incident's detail once its code is in; nothing until then. */
export function LazyIncidentDetail(props: IncidentDetailProps) {
  const { value } = useLoaded(detail);
  return value && createElement(value, props);
}
