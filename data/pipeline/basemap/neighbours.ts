/** The neighbours layer: the countries around Kazakhstan, clipped to a box, Kazakhstan left out. */
import { bbox as turfBbox, bboxClip, polygon } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { finishPolygons, geometryOf, polygonsOf, round7, type Areal, type Rings } from './geometry.ts';
import { simplifySharingBorders } from './simplifySharingBorders.ts';

/**
 * Douglas-Peucker tolerance for the neighbouring countries, in degrees; 0 leaves them at
 * their Natural Earth 1:50m detail, which the clip alone brings to about 85 KB.
 */
export const NEIGHBOUR_TOLERANCE = 0;
/** The area around Kazakhstan the neighbours are clipped to: [west, south, east, north]. */
export const NEIGHBOUR_BOX: [number, number, number, number] = [40, 33, 95, 60];

/** World countries as world-atlas gives them (some without a geometry). */
export type Countries = FeatureCollection<Areal | null, { name: string }>;

export interface NeighbourProperties {
  name: string;
}

export function buildNeighbours(countries: Countries): FeatureCollection<Areal, NeighbourProperties> {
  const [west, south, east, north] = NEIGHBOUR_BOX;
  const clipped: { name: string; geometry: Areal }[] = [];
  for (const f of countries.features) {
    if (!f.geometry || f.properties.name === 'Kazakhstan') continue;
    const polygons: Rings[] = [];
    // Clip polygon by polygon: some countries (Russia, the USA, France) wrap around the
    // world, so their overall bounding box says nothing.
    for (const rings of polygonsOf(f.geometry)) {
      const [w, s, e, n] = turfBbox(polygon(rings));
      if (w > east || e < west || s > north || n < south) continue;
      const part = bboxClip(polygon(rings), NEIGHBOUR_BOX).geometry.coordinates as Rings; // a polygon in, a polygon out
      // Round away the floating-point noise of the clip so both sides of a border still
      // share their points exactly (the simplification depends on it).
      if (part.length > 0) polygons.push(part.map((r) => r.map((p) => [round7(p[0]!), round7(p[1]!)])));
    }
    if (polygons.length > 0) clipped.push({ name: f.properties.name, geometry: geometryOf(polygons) });
  }
  clipped.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const geometries =
    NEIGHBOUR_TOLERANCE > 0
      ? simplifySharingBorders(
          clipped.map((c) => c.geometry),
          NEIGHBOUR_TOLERANCE,
        )
      : clipped.map((c) => geometryOf(finishPolygons(polygonsOf(c.geometry))));
  return {
    type: 'FeatureCollection',
    features: clipped
      .map((c, i): Feature<Areal, NeighbourProperties> => ({
        type: 'Feature',
        properties: { name: c.name },
        geometry: geometries[i]!,
      }))
      .filter((f) => f.geometry.coordinates.length > 0),
  };
}
