/**
 * A timeline step on the map: feature-state only, which MapLibre applies in the next frame
 * without a round trip to its worker (see mapStyle.ts). Each call changes only what differs
 * from what the map was last told.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MapView } from '../../data/deriveView.ts';
import type { Selection } from '../../data/Selection.ts';
import { choroplethClass } from './mapStyle.ts';
import { windowKey } from './townFeatures.ts';

/** What the map was last told, so that a step changes only what differs. */
export interface DrawnState {
  /** The towns source's feature ids of each window of years ("from-to"). */
  windows: Map<string, number[]>;
  /** The ids whose marks are shown. */
  shown: number[];
  /** admin1 → its feature-state, as a key. */
  regions: Map<string, string>;
}

export const emptyDrawnState = (): DrawnState => ({ windows: new Map(), shown: [], regions: new Map() });

/** The first-level regions of the regions source (known once the source is parsed). */
export function regionIdsOf(map: MapLibreMap): string[] {
  const ids = (map.querySourceFeatures('regions') as { properties: { admin1?: string } }[]).map((f) => f.properties.admin1 ?? '');
  return [...new Set(ids)].filter(Boolean);
}

export function applyMapView(map: MapLibreMap, m: MapView, sel: Selection, regionIds: string[], drawn: DrawnState): void {
  for (const id of regionIds) {
    const state = { class: choroplethClass(m.regionTotals.get(id) ?? 0, m.maxRegion), regionOnly: m.regionOnly.get(id) ?? 0 };
    const key = `${state.class}|${state.regionOnly}`;
    if (drawn.regions.get(id) === key) continue;
    drawn.regions.set(id, key);
    map.setFeatureState({ source: 'regions', id }, state);
  }
  const next = drawn.windows.get(windowKey(sel.from, sel.to)) ?? [];
  if (next !== drawn.shown) {
    const stays = new Set(next);
    const was = new Set(drawn.shown);
    for (const id of drawn.shown) if (!stays.has(id)) map.setFeatureState({ source: 'towns', id }, { shown: false });
    for (const id of next) if (!was.has(id)) map.setFeatureState({ source: 'towns', id }, { shown: true });
    drawn.shown = next;
  }
  map.setGlobalStateProperty('mode', sel.mapMode);
  map.setGlobalStateProperty('selectedRegion', sel.place?.kind === 'region' ? sel.place.id : '');
  map.setGlobalStateProperty('selectedTown', sel.place?.kind === 'town' ? sel.place.id : '');
}

/** Marks the incident's point, and brings it into view when it is off the map's edge. */
export function focusIncident(map: MapLibreMap, incident: { lon: number | null; lat: number | null } | null): void {
  const source = map.getSource<GeoJSONSource>('focus');
  if (!source) return;
  const point =
    incident && incident.lon !== null && incident.lat !== null ? ([incident.lon, incident.lat] as [number, number]) : null;
  source.setData({
    type: 'FeatureCollection',
    features: point ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: point } }] : [],
  });
  if (point && !map.getBounds().contains(point)) map.easeTo({ center: point, duration: 400 });
}
