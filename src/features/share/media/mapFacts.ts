/**
 * What the map image says beside the map: the counts no map can draw (no place stated, a
 * region without a town, areas, incidents tied to a town without being placed there), in
 * words. Pure, so the lines a unit test reads are the lines the image draws.
 */
import type { MapView } from '../../../data/deriveView.ts';
import { t } from '../../../lib/strings.ts';

export function notOnMapLines(map: MapView, mode: 'towns' | 'regions', precise: boolean): string[] {
  if (precise) return [];
  const lines: string[] = [];
  if (map.unstated > 0) lines.push(t.media.unstated(map.unstated));
  const regionOnly = [...map.regionOnly.values()].reduce((n, c) => n + c, 0);
  // In regions mode an incident with a region is drawn in its region's colour.
  if (mode === 'towns' && regionOnly > 0) lines.push(t.media.regionOnly(regionOnly));
  if (map.areas.size > 0)
    lines.push(t.media.areas([...map.areas.values()].map((a) => `\u2068${a.name}\u2069: ${a.count}`).join(', ')));
  if (mode === 'towns' && map.linkedIncidents > 0) lines.push(t.media.linked(map.linkedIncidents));
  return lines;
}

/** The number of incidents the map draws: placed in towns, or in regions (towns mode, regions mode). */
export function drawnCount(map: MapView, mode: 'towns' | 'regions'): number {
  return mode === 'regions'
    ? [...map.regionTotals.values()].reduce((n, c) => n + c, 0)
    : map.towns.reduce((n, town) => n + town.total, 0);
}
