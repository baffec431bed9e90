import { describe, expect, it } from 'vitest';
import { KZ_BOUNDS } from '../../../../../src/features/map/mapStyle.ts';
import { boundsAspect, type Rect } from '../../../../../src/features/share/media/projection.ts';
import { VIDEO_SIZES, videoLayout, type VideoSize } from '../../../../../src/features/share/media/videoLayout.ts';

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('videoLayout', () => {
  for (const size of Object.keys(VIDEO_SIZES) as VideoSize[]) {
    it(`sets out a ${size} frame with every part inside it and none over another`, () => {
      const l = videoLayout(size);
      expect([l.width, l.height]).toEqual([VIDEO_SIZES[size].width, VIDEO_SIZES[size].height]);
      const parts = { head: l.head, year: l.year, map: l.map, chart: l.chart, foot: l.foot };
      for (const [name, r] of Object.entries(parts)) {
        expect(r.x, name).toBeGreaterThanOrEqual(0);
        expect(r.y, name).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width, name).toBeLessThanOrEqual(l.width);
        expect(r.y + r.height, name).toBeLessThanOrEqual(l.height);
        expect(r.height, name).toBeGreaterThan(40);
      }
      const list = Object.entries(parts);
      for (const [i, [a, ra]] of list.entries()) {
        for (const [b, rb] of list.slice(i + 1)) expect(overlap(ra, rb), `${a} over ${b}`).toBe(false);
      }
      expect(l.map.width / l.map.height).toBeCloseTo(boundsAspect(KZ_BOUNDS), 6);
    });
  }

  it('gives the map most of the room: at least a third of the frame’s width', () => {
    for (const size of Object.keys(VIDEO_SIZES) as VideoSize[]) {
      const l = videoLayout(size);
      expect(l.map.width, size).toBeGreaterThan(l.width / 3);
    }
  });
});
