/**
 * Hover and click on the map: the tooltip of the town or region under the pointer (kept up
 * to date as the years step under a resting pointer), and a click that selects a town or a
 * region, or clears it when it is selected already.
 */
import type { Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import type { View } from '../../data/deriveView.ts';
import { isolate } from '../../lib/isolate.tsx';
import { t } from '../../lib/strings.ts';
import type { AppStore } from '../../store/createAppStore.ts';
import type { Selection } from '../../data/Selection.ts';
import type { TownProperties } from './townFeatures.ts';

export interface Hover {
  x: number;
  y: number;
  text: string;
}

/** A town mark's tooltip: its count, the incidents linked to it, and the count of each type. */
export function townTooltip(p: Pick<TownProperties, 'name' | 'total' | 'linked' | 'breakdown'>): string {
  return p.linked > 0
    ? `${t.map.townLinkedTooltip(isolate(p.name), p.total, p.linked)}${p.breakdown ? `\n${p.breakdown}` : ''}`
    : `${t.map.townTooltip(isolate(p.name), p.total)}\n${p.breakdown}`;
}

export interface MapPointer {
  /** Says again what is under a resting pointer: the years changed under it. */
  refresh(): void;
  detach(): void;
}

export function attachPointer(
  map: MapLibreMap,
  store: AppStore,
  view: (sel: Selection) => View,
  onHover: (hover: Hover | null) => void,
  /** A first-level unit's name as the place picker gives it (in the reader's language). */
  regionNameOf: (admin1: string) => string,
): MapPointer {
  const sel = () => store.getState().selection;
  /** The town under a point, among those drawn: every window's marks answer queries. */
  const townAt = (point: PointLike) => {
    const { from, to } = sel();
    return map
      .queryRenderedFeatures(point, { layers: ['towns', 'towns-linked'] })
      .find((f) => f.properties.from === from && f.properties.to === to);
  };
  const regionAt = (point: PointLike) => map.queryRenderedFeatures(point, { layers: ['regions'] })[0];

  /** Where the pointer rests on the map, so that the tooltip follows a step under it. */
  let pointer: { x: number; y: number } | null = null;
  let shown = false;
  const refresh = () => {
    const point = pointer;
    if (!point) return;
    const town = townAt([point.x, point.y]);
    const region = !town && sel().mapMode === 'regions' ? regionAt([point.x, point.y]) : undefined;
    let text: string | null = null;
    if (town) text = townTooltip(town.properties as TownProperties);
    else if (region) {
      const p = region.properties as { admin1: string; name: string };
      text = t.map.townTooltip(isolate(regionNameOf(p.admin1)), view(sel()).map.regionTotals.get(p.admin1) ?? 0);
    }
    map.getCanvas().style.cursor = text ? 'pointer' : '';
    if (text) onHover({ x: point.x, y: point.y, text });
    else if (shown) onHover(null);
    shown = text !== null;
  };

  const onMove = (e: MapMouseEvent) => {
    pointer = e.point;
    refresh();
  };
  const onOut = () => {
    pointer = null;
    shown = false;
    map.getCanvas().style.cursor = '';
    onHover(null);
  };
  const onClick = (e: MapMouseEvent) => {
    const actions = store.getState();
    const current = sel().place;
    const town = townAt(e.point);
    if (town) {
      const id = String(town.properties.id);
      actions.setPlace(current?.kind === 'town' && current.id === id ? null : { kind: 'town', id });
      return;
    }
    const region = regionAt(e.point);
    if (!region) return;
    const id = String(region.properties.admin1);
    // In towns mode a region answers only for the incidents it alone knows (the dashed outline).
    if (sel().mapMode === 'regions' || (view(sel()).map.regionOnly.get(id) ?? 0) > 0) {
      actions.setPlace(current?.kind === 'region' && current.id === id ? null : { kind: 'region', id });
    }
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onOut);
  map.on('click', onClick);
  return {
    refresh,
    detach() {
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
      map.off('click', onClick);
    },
  };
}
