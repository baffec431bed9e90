import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { simplifySharingBorders } from '../../../../data/pipeline/basemap/simplifySharingBorders.ts';

/** A border from (0,0) up to (0,1): a gentle arc with wiggles about the size of the tolerance. */
const border: Position[] = Array.from({ length: 41 }, (_, i) => [
  Math.round((0.1 * Math.sin((Math.PI * i) / 40) + 0.012 * Math.sin(i * 1.7)) * 1000) / 1000,
  i / 40,
]);

// West and east of the border, each ring starting at a different point, so that
// simplifying each polygon on its own would keep different border points.
const west: Polygon = { type: 'Polygon', coordinates: [[...border, [-1, 1], [-1, 0], border[0]!]] };
const east: Polygon = {
  type: 'Polygon',
  coordinates: [[[1, 0.5], [1, 1], ...[...border].reverse(), [1, 0], [1, 0.5]]],
};

const onBorder = (ring: Position[]) => ring.filter(([x]) => Math.abs(x!) < 0.5).map((p) => p.join());

describe('simplifySharingBorders', () => {
  it('simplifies a border shared by two polygons to the same points on both sides', () => {
    const [w, e] = simplifySharingBorders([west, east], 0.01) as [Polygon, Polygon];
    const westPoints = onBorder(w.coordinates[0]!);
    const eastPoints = onBorder(e.coordinates[0]!);
    expect(westPoints.length).toBeLessThan(border.length); // it did simplify
    expect([...new Set(westPoints)].sort()).toEqual([...new Set(eastPoints)].sort());
  });

  it('keeps the corners where the set of polygons using a border changes', () => {
    const [w] = simplifySharingBorders([west, east], 0.01) as [Polygon];
    const points = w.coordinates[0]!.map((p) => p.join());
    expect(points).toContain('0,0');
    expect(points).toContain('-1,1');
  });
});
