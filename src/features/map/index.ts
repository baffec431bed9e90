/**
 * The map's public face: what other features (the embed) may use. Everything else in this
 * folder is the map's own. Importing it brings the map frame's styles.
 */
import { lazy } from 'react';
import './MapPanel.css';

export { describeMap } from './describeMap.ts';
export { MapNotice } from './MapNotice.tsx';

// The map library is ~290 KB gzip: only pages that show a map load it, and the legend
// comes with it rather than in every chart embed.
export const LazyIncidentMap = lazy(() => import('./IncidentMap.tsx'));
export const LazyMapLegend = lazy(() => import('./MapLegend.tsx').then((m) => ({ default: m.MapLegend })));
