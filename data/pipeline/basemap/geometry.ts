/**
 * Polygon helpers of the basemap build: rounding, ring clean-up and RFC 7946 winding.
 * Pure functions; the whole build is deterministic (same inputs, same bytes).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Rings = Position[][];
export type Areal = Polygon | MultiPolygon;

// ---------------------------------------------------------------------------------------
// Geometry helpers

export const round3 = (x: number): number => Math.round(x * 1000) / 1000 || 0; // `|| 0`: no -0
export const round7 = (x: number): number => Math.round(x * 1e7) / 1e7 || 0;

export function polygonsOf(geometry: Areal): Rings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function geometryOf(polygons: Rings[]): Areal {
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

/** Twice the signed area of a closed ring (> 0: counter-clockwise). */
export function signedArea2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1! * y2! - x2! * y1!;
  }
  return sum;
}

export const same = (a: Position | undefined, b: Position | undefined): boolean =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/**
 * Takes a closed ring, returns it open (no closing point) without repeated points and
 * without zero-width spikes (A, B, A), which simplification and rounding can leave where
 * a border had a narrow inlet.
 */
export function withoutRepeatsAndSpikes(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    if (same(out[out.length - 1], p)) continue;
    if (same(out[out.length - 2], p)) {
      out.pop();
      continue;
    }
    out.push(p);
  }
  // The same, across the point where the ring closes.
  for (let changed = true; changed && out.length > 0;) {
    changed = false;
    const n = out.length;
    if (same(out[n - 1], out[0])) {
      out.pop();
      changed = true;
    } else if (n >= 3 && same(out[n - 1], out[1])) {
      out.shift(); // spike at out[0]; out[n - 1] now repeats the new out[0]
      changed = true;
    } else if (n >= 3 && same(out[n - 2], out[0])) {
      out.pop(); // spike at out[n - 1]; out[n - 2] now repeats out[0]
      changed = true;
    }
  }
  return out;
}

/**
 * Rounds to 3 decimals, drops the repeated points and spikes rounding makes, drops rings that
 * collapse (a polygon whose outer ring collapses goes with it) and winds rings as
 * RFC 7946 asks: outer rings counter-clockwise, holes clockwise.
 */
export function finishPolygons(polygons: Rings[]): Rings[] {
  const out: Rings[] = [];
  for (const rings of polygons) {
    const kept: Rings = [];
    for (const [i, ring] of rings.entries()) {
      const r = withoutRepeatsAndSpikes(ring.map((p) => [round3(p[0]!), round3(p[1]!)]));
      if (r.length > 0) r.push([r[0]![0]!, r[0]![1]!]);
      const area = signedArea2(r);
      if (r.length < 4 || area === 0) {
        if (i === 0) break; // outer ring gone: drop the whole polygon
        continue;
      }
      if ((i === 0) !== area > 0) r.reverse();
      kept.push(r);
    }
    if (kept.length > 0) out.push(kept);
  }
  return out;
}
