import { describe, expect, it } from 'vitest';
import { KZ_BOUNDS } from '../../../../../src/features/map/mapStyle.ts';
import { boundsAspect, fitMercator } from '../../../../../src/features/share/media/projection.ts';

describe('fitMercator', () => {
  const [w, s, e, n] = KZ_BOUNDS;

  it('fits the box inside the padding, touching it on the tighter side, centred on the other', () => {
    const room = { x: 10, y: 20, width: 1000, height: 1000 };
    const project = fitMercator(KZ_BOUNDS, room, 8);
    const [x0, y0] = project(w, n);
    const [x1, y1] = project(e, s);
    // Kazakhstan is wider than tall: the width is the tight side.
    expect(x0).toBeCloseTo(room.x + 8, 6);
    expect(x1).toBeCloseTo(room.x + room.width - 8, 6);
    expect((y0 + y1) / 2).toBeCloseTo(room.y + room.height / 2, 6);
    expect(y1 - y0).toBeLessThan(room.height - 16);
  });

  it('keeps Mercator’s shape: the box drawn has the aspect boundsAspect gives', () => {
    const project = fitMercator(KZ_BOUNDS, { x: 0, y: 0, width: 3000, height: 500 });
    const [x0, y0] = project(w, n);
    const [x1, y1] = project(e, s);
    expect(y1 - y0).toBeCloseTo(500, 6);
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(boundsAspect(KZ_BOUNDS), 6);
  });

  it('stretches latitudes northwards as Mercator does', () => {
    const project = fitMercator(KZ_BOUNDS, { x: 0, y: 0, width: 1000, height: 600 });
    const south = project(60, 42)[1] - project(60, 43)[1];
    const north = project(60, 54)[1] - project(60, 55)[1];
    expect(north).toBeGreaterThan(south * 1.2);
  });
});
