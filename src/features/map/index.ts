/**
 * The map's public face: what other features (the embed) may use. Everything else in this
 * folder is the map's own. Importing it brings the map frame's styles.
 */
import { lazy } from 'react';
import './MapPanel.css';

export { describeMap } from './describeMap.ts';
export { MapNotice } from './MapNotice.tsx';

// The map library is ~290 KB gzip: only pages that show a map load it, and the legend
// comes with it rather than in every chart embed. A download that fails is marked, so that
// the embed says so (IfLoaded, EmbedApp.tsx) without taking a bug for one.
const notLoaded = (error: Error): never => {
  throw Object.assign(error, { codeNotLoaded: true });
};
export const isCodeNotLoaded = (error: unknown) => (error as { codeNotLoaded?: boolean } | null)?.codeNotLoaded === true;
export const LazyIncidentMap = lazy(() => import('./IncidentMap.tsx').catch(notLoaded));
export const LazyMapLegend = lazy(() => import('./MapLegend.tsx').then((m) => ({ default: m.MapLegend }), notLoaded));

// The map's drawing rules, for the map image and video the share dialog draws on a canvas
// (src/features/share/media/): the same box, colours, pies and rings as the screen's map.
export { CHOROPLETH, choroplethClass, choroplethLegend, COLORS, KZ_BOUNDS } from './mapStyle.ts';
export { drawMark, pieDiameter, pieName, RING_COLOR, ringDiameter, ringName } from './pieImage.ts';
export { ringOffset } from './townFeatures.ts';
