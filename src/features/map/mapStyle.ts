/**
 * The map's style: our own GeoJSON in public/geo, no tiles, sprites or glyph server.
 * Without `glyphs`, MapLibre draws labels with the page's CSS fonts (self-hosted Noto Sans).
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';

/** Kazakhstan's bounding box, with a little room around it: what the map fits. */
export const KZ_BOUNDS: [number, number, number, number] = [46.4, 40.5, 87.4, 55.5];

export const COLORS = {
  water: '#cfe3ef',
  land: '#f4f1ea',
  neighbour: '#e6e3dc',
  border: '#9a9588',
  region: '#fbfaf7',
  regionLine: '#b3ad9f',
  regionOnly: '#6b3fa0',
  selected: '#d4380d',
  text: '#333',
  halo: '#ffffff',
};

/** Sequential blues (ColorBrewer "Blues"), light to dark, for the region choropleth. */
export const CHOROPLETH = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

const FONT = ['Noto Sans', 'sans-serif'];

/** `over` painted at `alpha` on `under` (two '#rrggbb' colours): the colour a translucent layer would give. */
export function blend(under: string, over: string, alpha: number): string {
  for (const c of [under, over]) if (!/^#[0-9a-f]{6}$/i.test(c)) throw new Error(`blend: "${c}" is not a #rrggbb colour`);
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(under, i) * (1 - alpha) + channel(over, i) * alpha)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** A region with incidents placed in it but in no town, in the towns view: tinted with the region-only colour. */
export const REGION_ONLY_TINT = blend(COLORS.region, COLORS.regionOnly, 0.12);

/**
 * Every label's colour, by its kind. One per-feature expression for both label layers: MapLibre
 * compiles a shader program per combination of constant and per-feature paint values, each at
 * its first draw.
 */
const LABEL_COLOR: ExpressionSpecification = ['match', ['get', 'kind'], 'city', '#555', 'water', '#4d7a96', '#8a857a'];

/** The counts from which the choropleth's classes 1–5 start, for a largest count of `max`. */
function choroplethStarts(max: number): number[] {
  return [0, 1, 2, 3, 4].map((i) => Math.ceil((max * i) / 5) || 1);
}

/** The classes a region can be drawn in for a largest count of `max`, each with its first count. */
export function choroplethLegend(max: number): { class: number; from: number }[] {
  const starts = choroplethStarts(max);
  return starts.flatMap((from, i) => (i === starts.length - 1 || from < (starts[i + 1] ?? 0) ? [{ class: i + 1, from }] : []));
}

/**
 * The choropleth class of a region, 0 (no incidents) to 5, as the legend reads it. Computed
 * here and handed to the map as feature-state, so a new largest count recolours the regions
 * without MapLibre re-parsing their shapes.
 */
export function choroplethClass(count: number, max: number): number {
  if (count <= 0) return 0;
  return choroplethStarts(max).filter((start) => count >= start).length;
}

/**
 * A town mark is drawn when its feature-state says `shown`. The towns source holds one
 * feature per town and window of years, and a timeline step moves `shown` from the old
 * window's features to the new one's: feature-state reaches the GPU in the next frame
 * without MapLibre's worker, and symbols below 0.1 opacity are dropped in the vertex shader.
 * A hidden mark still costs its vertices, so a mark is one icon quad (pieImage.ts) and the
 * layer has no sort key; on 100,000 incidents the hidden marks add about 1 ms to a frame. (A filter or a data-driven paint property that reads
 * global-state, or any style change, makes MapLibre re-parse sources or draw a second frame.)
 */
const SHOWN: ExpressionSpecification = ['case', ['boolean', ['feature-state', 'shown'], false], 1, 0];

export function mapStyle(base: string): StyleSpecification {
  return {
    version: 8,
    state: {
      mode: { default: 'towns' },
      selectedRegion: { default: '' },
      selectedTown: { default: '' },
    },
    sources: {
      neighbours: { type: 'geojson', data: `${base}geo/neighbours.geojson` },
      regions: { type: 'geojson', data: `${base}geo/kaz-regions.geojson`, promoteId: 'admin1' },
      labels: { type: 'geojson', data: `${base}geo/labels.geojson` },
      towns: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      focus: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      // No background layer: the water is the map box's own background (MapPanel.css), under a
      // canvas MapLibre clears to transparent; a layer would fill every pixel in every frame,
      // with a shader program of its own.
      {
        id: 'neighbours',
        type: 'fill',
        source: 'neighbours',
        paint: { 'fill-color': COLORS.neighbour, 'fill-antialias': false },
      },
      { id: 'neighbour-lines', type: 'line', source: 'neighbours', paint: { 'line-color': COLORS.border, 'line-width': 0.6 } },
      {
        id: 'regions',
        type: 'fill',
        source: 'regions',
        paint: {
          'fill-color': [
            'case',
            ['==', ['global-state', 'mode'], 'regions'],
            [
              'match',
              ['coalesce', ['feature-state', 'class'], 0],
              1,
              CHOROPLETH[1],
              2,
              CHOROPLETH[2],
              3,
              CHOROPLETH[3],
              4,
              CHOROPLETH[4],
              5,
              CHOROPLETH[5],
              COLORS.region,
            ],
            // The towns view: a tint where incidents are placed in the region but in no town
            // (a colour of this layer's, not a translucent layer of its own: one draw less).
            ['>', ['coalesce', ['feature-state', 'regionOnly'], 0], 0],
            REGION_ONLY_TINT,
            COLORS.region,
          ],
          'fill-antialias': false,
        },
      },
      { id: 'region-lines', type: 'line', source: 'regions', paint: { 'line-color': COLORS.regionLine, 'line-width': 0.8 } },
      {
        id: 'region-only-lines',
        type: 'line',
        source: 'regions',
        filter: ['==', ['global-state', 'mode'], 'towns'],
        paint: {
          'line-color': COLORS.regionOnly,
          'line-width': 2,
          'line-dasharray': [2, 1.5],
          'line-opacity': ['case', ['>', ['coalesce', ['feature-state', 'regionOnly'], 0], 0], 0.9, 0],
        },
      },
      {
        id: 'region-selected',
        type: 'line',
        source: 'regions',
        filter: ['==', ['get', 'admin1'], ['global-state', 'selectedRegion']],
        paint: { 'line-color': COLORS.selected, 'line-width': 3 },
      },
      {
        id: 'city-labels',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'city'],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': FONT,
          'text-size': ['match', ['get', 'rank'], 1, 13, 2, 11.5, 10.5],
          'text-anchor': 'top',
          'text-offset': [0, 0.4],
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: { 'text-color': LABEL_COLOR, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.2 },
      },
      {
        id: 'city-dots',
        type: 'circle',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'city'],
        paint: { 'circle-radius': 2, 'circle-color': '#777' },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'labels',
        filter: ['!=', ['get', 'kind'], 'city'],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': FONT,
          'text-size': 13,
          'text-letter-spacing': 0.15,
          'text-transform': 'uppercase',
        },
        paint: {
          'text-color': LABEL_COLOR,
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1,
        },
      },
      /*
       * Incidents the sources tie to a town without placing them there: a hollow ring beside
       * the town's pie (on the town when it has none), drawn from the same features, so a
       * timeline step shows it with the same `shown` feature-state and no style change.
       * Drawn under the pies, so that a ring never hides another town's mark.
       */
      {
        id: 'towns-linked',
        type: 'symbol',
        source: 'towns',
        filter: ['all', ['==', ['global-state', 'mode'], 'towns'], ['>', ['get', 'linked'], 0]],
        layout: {
          'icon-image': ['get', 'ring'],
          'icon-offset': ['get', 'ringOffset'],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          'symbol-z-order': 'source',
        },
        paint: { 'icon-opacity': SHOWN },
      },
      {
        id: 'towns',
        type: 'symbol',
        source: 'towns',
        // A town with linked incidents only has a feature with no pie: its ring is its mark.
        filter: ['all', ['==', ['global-state', 'mode'], 'towns'], ['>', ['get', 'total'], 0]],
        layout: {
          'icon-image': ['get', 'pie'],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          // The source lists the biggest marks first, so small ones are drawn over them. (A
          // symbol-sort-key would cost a draw call per distinct key, hidden marks included.)
          'symbol-z-order': 'source',
        },
        paint: { 'icon-opacity': SHOWN },
      },
      {
        id: 'town-selected',
        type: 'circle',
        source: 'towns',
        filter: ['all', ['==', ['global-state', 'mode'], 'towns'], ['==', ['get', 'id'], ['global-state', 'selectedTown']]],
        paint: {
          'circle-radius': ['+', 4, ['/', ['get', 'diameter'], 2]],
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': COLORS.selected,
          'circle-stroke-width': 3,
          'circle-stroke-opacity': SHOWN,
        },
      },
      {
        id: 'focus',
        type: 'circle',
        source: 'focus',
        paint: { 'circle-radius': 9, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#000', 'circle-stroke-width': 3 },
      },
    ],
  };
}
