import { describe, expect, it } from 'vitest';
import { finishPolygons, signedArea2, withoutRepeatsAndSpikes } from '../../../../data/pipeline/basemap/geometry.ts';

describe('withoutRepeatsAndSpikes', () => {
  it('opens the ring and drops repeated points', () => {
    expect(
      withoutRepeatsAndSpikes([
        [0, 0],
        [1, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
  });

  it('drops a zero-width spike (A, B, A) inside the ring', () => {
    expect(
      withoutRepeatsAndSpikes([
        [0, 0],
        [1, 0],
        [2, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
  });

  it('drops a spike across the point where the ring closes', () => {
    // The spike tip is the first point: (1,1) → (0,0)=start → (1,1).
    expect(
      withoutRepeatsAndSpikes([
        [0, 5],
        [1, 1],
        [2, 1],
        [2, 2],
        [1, 1],
        [0, 5],
      ]),
    ).toEqual([
      [1, 1],
      [2, 1],
      [2, 2],
    ]);
  });
});

describe('finishPolygons', () => {
  const square = (x: number, y: number, size: number) => [
    [x, y],
    [x, y + size],
    [x + size, y + size],
    [x + size, y],
    [x, y],
  ];

  it('winds outer rings counter-clockwise and holes clockwise (RFC 7946)', () => {
    const [[outer, hole]] = finishPolygons([[square(0, 0, 10), square(2, 2, 2).reverse()]]) as [[number[][], number[][]]];
    expect(signedArea2(outer)).toBeGreaterThan(0);
    expect(signedArea2(hole)).toBeLessThan(0);
  });

  it('rounds to 3 decimals, never to -0', () => {
    const [[ring]] = finishPolygons([[square(-0.0001, 0.12345, 1)]]) as [[number[][]]];
    expect(ring.flat().some((x) => Object.is(x, -0))).toBe(false);
    expect(ring[0]).toEqual([0, 0.123]);
  });

  it('drops a polygon whose outer ring collapses when rounded, hole and all', () => {
    const tiny = square(5, 5, 0.0001);
    const kept = square(20, 20, 1);
    expect(finishPolygons([[tiny, square(5, 5, 0.00005)], [kept]])).toHaveLength(1);
  });

  it('drops a hole that collapses but keeps its polygon', () => {
    const [poly] = finishPolygons([[square(0, 0, 10), square(2, 2, 0.0001)]]);
    expect(poly).toHaveLength(1);
  });
});
