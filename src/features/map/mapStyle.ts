/**
 * The map's style: our own GeoJSON in public/geo, no tiles, sprites or glyph server.
 * Without `glyphs`, MapLibre draws labels with the page's CSS fonts (self-hosted Noto Sans).
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';

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

const ratio: ExpressionSpecification = [
  '/',
  ['coalesce', ['feature-state', 'count'], 0],
  ['max', 1, ['coalesce', ['global-state', 'maxRegion'], 1]],
];

/** A town feature drawn for the selected years: its window is the selection's. */
const IN_WINDOW: ExpressionSpecification = [
  'all',
  ['==', ['get', 'from'], ['global-state', 'from']],
  ['==', ['get', 'to'], ['global-state', 'to']],
];

export function mapStyle(base: string): StyleSpecification {
  return {
    version: 8,
    state: {
      maxRegion: { default: 1 },
      mode: { default: 'towns' },
      selectedRegion: { default: '' },
      selectedTown: { default: '' },
      // The years window: the towns source holds one feature per town and window, and the
      // timeline only moves these two numbers (no setData while stepping or playing).
      from: { default: 0 },
      to: { default: 0 },
    },
    sources: {
      neighbours: { type: 'geojson', data: `${base}geo/neighbours.geojson` },
      regions: { type: 'geojson', data: `${base}geo/kaz-regions.geojson`, promoteId: 'admin1' },
      labels: { type: 'geojson', data: `${base}geo/labels.geojson` },
      towns: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      focus: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': COLORS.water } },
      { id: 'neighbours', type: 'fill', source: 'neighbours', paint: { 'fill-color': COLORS.neighbour } },
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
              'case',
              ['==', ['coalesce', ['feature-state', 'count'], 0], 0],
              COLORS.region,
              ['step', ratio, CHOROPLETH[1], 0.2, CHOROPLETH[2], 0.4, CHOROPLETH[3], 0.6, CHOROPLETH[4], 0.8, CHOROPLETH[5]],
            ],
            COLORS.region,
          ],
        },
      },
      {
        id: 'region-only',
        type: 'fill',
        source: 'regions',
        filter: ['==', ['global-state', 'mode'], 'towns'],
        paint: {
          'fill-color': COLORS.regionOnly,
          'fill-opacity': ['case', ['>', ['coalesce', ['feature-state', 'regionOnly'], 0], 0], 0.12, 0],
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
        paint: { 'text-color': '#555', 'text-halo-color': COLORS.halo, 'text-halo-width': 1.2 },
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
          'text-color': ['match', ['get', 'kind'], 'water', '#4d7a96', '#8a857a'],
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1,
        },
      },
      {
        id: 'towns',
        type: 'symbol',
        source: 'towns',
        filter: ['all', ['==', ['global-state', 'mode'], 'towns'], IN_WINDOW],
        layout: {
          'icon-image': ['get', 'pie'],
          'icon-size': ['get', 'scale'],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          'symbol-sort-key': ['-', 0, ['get', 'total']],
          'text-field': ['to-string', ['get', 'total']],
          'text-font': FONT,
          'text-size': 11,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': '#111', 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
      },
      {
        id: 'town-selected',
        type: 'circle',
        source: 'towns',
        filter: [
          'all',
          ['==', ['global-state', 'mode'], 'towns'],
          IN_WINDOW,
          ['==', ['get', 'id'], ['global-state', 'selectedTown']],
        ],
        paint: {
          'circle-radius': ['+', 4, ['*', 24, ['get', 'scale']]],
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': COLORS.selected,
          'circle-stroke-width': 3,
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
