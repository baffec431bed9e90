import { lineString, polygon, simplify } from '@turf/turf';
import type { Position } from 'geojson';
import { finishPolygons, geometryOf, polygonsOf, type Areal } from './geometry.ts';

const key = (p: Position): string => `${p[0]},${p[1]}`;

/**
 * Simplifies polygons with turf.simplify (Douglas-Peucker) without opening gaps or
 * overlaps along shared borders. Simplifying each polygon on its own would not do:
 * Douglas-Peucker keeps different points of a border depending on where each ring
 * starts, so neighbours would drift apart by up to the tolerance. Instead every ring is
 * cut at its junctions (the points where the set of rings using a vertex changes), each
 * piece between junctions is simplified once in a canonical direction, and all rings
 * using that piece get the same result. This relies on neighbours sharing their border
 * vertices exactly, which holds for the geoBoundaries file and for TopoJSON-derived data.
 */
export function simplifySharingBorders(geometries: Areal[], tolerance: number): Areal[] {
  const structure = geometries.map(polygonsOf);
  // Open rings (closing point dropped) and which rings use each vertex.
  const rings: Position[][] = [];
  const users = new Map<string, Set<number>>();
  const occurrences = new Map<string, number>();
  for (const polygons of structure) {
    for (const poly of polygons) {
      for (const ring of poly) {
        const id = rings.length;
        const open = ring.slice(0, -1);
        rings.push(open);
        for (const p of open) {
          const k = key(p);
          let set = users.get(k);
          if (!set) users.set(k, (set = new Set()));
          set.add(id);
          occurrences.set(k, (occurrences.get(k) ?? 0) + 1);
        }
      }
    }
  }
  const signature = (k: string): string => [...users.get(k)!].sort((a, b) => a - b).join(' ');

  // Junctions, as one global set so that every ring cuts a shared border at the same points.
  const junctions = new Set<string>();
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0; i < n; i++) {
      const k = key(ring[i]!);
      const s = signature(k);
      if (
        occurrences.get(k) !== users.get(k)!.size || // a ring passing through itself
        s !== signature(key(ring[(i + n - 1) % n]!)) ||
        s !== signature(key(ring[(i + 1) % n]!))
      ) {
        junctions.add(k);
      }
    }
  }

  const cache = new Map<string, Position[]>();
  /** Simplifies a piece with its ends fixed; the same piece either way round gives the same points. */
  const simplifyPiece = (piece: Position[]): Position[] => {
    if (piece.length <= 2) return piece;
    const forward = piece.map(key).join(';');
    const backward = piece.map(key).reverse().join(';');
    const reversed = backward < forward;
    const canonicalKey = reversed ? backward : forward;
    let result = cache.get(canonicalKey);
    if (!result) {
      const canonical = reversed ? [...piece].reverse() : piece;
      result = simplify(lineString(canonical), { tolerance, highQuality: true }).geometry.coordinates;
      cache.set(canonicalKey, result);
    }
    return reversed ? [...result].reverse() : result;
  };
  /** A ring with no junction (an island, a hole filled by exactly one other ring): simplified whole. */
  const simplifyLoop = (open: Position[]): Position[] => {
    // Canonical start (smallest key) and direction, so a hole and the ring filling it match.
    let start = 0;
    for (let i = 1; i < open.length; i++) if (key(open[i]!) < key(open[start]!)) start = i;
    let rotated = [...open.slice(start), ...open.slice(0, start)];
    const reversed = rotated.length > 2 && key(rotated[rotated.length - 1]!) < key(rotated[1]!);
    if (reversed) rotated = [rotated[0]!, ...rotated.slice(1).reverse()];
    const canonicalKey = 'loop:' + rotated.map(key).join(';');
    let result = cache.get(canonicalKey);
    if (!result) {
      const closed = [...rotated, rotated[0]!];
      result = simplify(polygon([closed]), { tolerance, highQuality: true }).geometry.coordinates[0]!;
      cache.set(canonicalKey, result);
    }
    return reversed ? [...result].reverse() : result;
  };

  let ringId = 0;
  return structure.map((polygons) =>
    geometryOf(
      finishPolygons(
        polygons.map((poly) =>
          poly.map(() => {
            const open = rings[ringId++]!;
            const cuts = open.flatMap((p, i) => (junctions.has(key(p)) ? [i] : []));
            if (cuts.length === 0) return simplifyLoop(open);
            const n = open.length;
            const out: Position[] = [open[cuts[0]!]!];
            for (let c = 0; c < cuts.length; c++) {
              const from = cuts[c]!;
              const to = c + 1 < cuts.length ? cuts[c + 1]! : cuts[0]! + n;
              const piece: Position[] = [];
              for (let i = from; i <= to; i++) piece.push(open[i % n]!);
              out.push(...simplifyPiece(piece).slice(1));
            }
            return out;
          }),
        ),
      ),
    ),
  );
}
