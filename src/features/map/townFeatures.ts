/**
 * The towns source's GeoJSON: one feature per town and window of years, with what the
 * layers of mapStyle.ts draw (pie, ring, their sizes) and what the tooltip says. Pure.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { TownWindow } from '../../data/townWindows.ts';
import { t } from '../../lib/strings.ts';
import { pieDiameter, pieName, ringDiameter, ringName } from './pieImage.ts';

export interface TownProperties {
  id: string;
  from: number;
  to: number;
  name: string;
  total: number;
  pie: string;
  diameter: number;
  linked: number;
  ring: string;
  ringOffset: [number, number];
  /** One line per type with incidents: "Protest or strike: 3". */
  breakdown: string;
}

/** Where a town's ring goes: beside its pie, touching it, or on the town when it has no pie. */
export function ringOffset(total: number, linked: number): [number, number] {
  if (total === 0) return [0, 0];
  const d = (pieDiameter(total) + ringDiameter(linked)) / 2;
  return [Math.round(d * 0.8), -Math.round(d * 0.6)];
}

/** "from-to": the key of a window of years. */
export const windowKey = (from: number, to: number) => `${from}-${to}`;

/**
 * A feature id per town and window that stays the same when the towns are rebuilt (a search,
 * a type): until MapLibre's worker sends the new tiles, the old ones show the same marks.
 */
export function townFeatureIds(towns: Iterable<string>, [first, last]: [number, number]): (w: TownWindow) => number {
  const index = new Map([...towns].map((id, i) => [id, i]));
  const span = last - first + 1;
  return ({ from, to, town }) => {
    let i = index.get(town.id);
    if (i === undefined) index.set(town.id, (i = index.size));
    return i * span * span + (from - first) * span + (to - first);
  };
}

/** The features, biggest marks first (the layer draws in source order, so small marks stay on top), and each window's feature ids. */
export function townFeatures(
  windows: readonly TownWindow[],
  featureId: (w: TownWindow) => number,
): { collection: FeatureCollection<Point, TownProperties>; ids: Map<string, number[]> } {
  const ids = new Map<string, number[]>();
  const sorted = [...windows].sort((a, b) => b.town.total - a.town.total);
  const features = sorted.map((w) => {
    const { from, to, town, linked } = w;
    const id = featureId(w);
    const key = windowKey(from, to);
    const list = ids.get(key);
    if (list) list.push(id);
    else ids.set(key, [id]);
    return {
      type: 'Feature' as const,
      id,
      geometry: { type: 'Point' as const, coordinates: [town.lon, town.lat] },
      properties: {
        id: town.id,
        from,
        to,
        name: town.name,
        total: town.total,
        pie: pieName(town.byType),
        diameter: pieDiameter(town.total),
        linked,
        ring: ringName(linked),
        ringOffset: ringOffset(town.total, linked),
        breakdown: Object.entries(town.byType)
          .filter(([, n]) => n > 0)
          .map(([type, n]) => `${t.types[type as keyof typeof t.types]}: ${n}`)
          .join('\n'),
      },
    };
  });
  return { collection: { type: 'FeatureCollection', features }, ids };
}
