/**
 * marksAhead draws the marks a map lacks a slice at a time and adds them together; marks drawn
 * before the counts' font arrived are drawn again with it, in the slices that follow.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { marksAhead } from '../../../../src/features/map/markImages.ts';

// The marks are drawn on a canvas, which Node has not: each drawn name is noted instead.
const drawn = vi.hoisted(() => ({ names: [] as string[] }));
vi.mock('../../../../src/features/map/pieImage.ts', () => ({
  PIE_FONT: '11px "Noto Sans", sans-serif',
  drawMarks: (names: Iterable<string>) =>
    new Map(
      [...names].map((name) => {
        drawn.names.push(name);
        return [name, { width: 1, height: 1, data: new Uint8ClampedArray(4) }];
      }),
    ),
}));

let fontIn = true;
beforeEach(() => {
  drawn.names = [];
  fontIn = true;
  vi.stubGlobal('document', { fonts: { check: () => fontIn } });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function stubMap(has: string[] = []) {
  const images = new Map<string, unknown>(has.map((n) => [n, {}]));
  const added: string[] = [];
  const map = {
    getPixelRatio: () => 1,
    hasImage: (n: string) => images.has(n),
    addImage: (n: string, img: unknown) => {
      images.set(n, img);
      added.push(n);
    },
  };
  return { map: map as unknown as MapLibreMap, added };
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `pie:${i}`);

/** performance.now() at 0, then past any deadline of 1: drawUntil(1) draws one batch. */
const oneBatchPerCall = () => {
  let t = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (t++ % 2 === 0 ? 0 : 2));
};

describe('marksAhead', () => {
  it('draws only the marks the map lacks, a batch per look at the clock, and adds each once', () => {
    oneBatchPerCall();
    const { map, added } = stubMap(['pie:0']);
    const ahead = marksAhead(map, [...names(60), 'pie:5']);
    expect(ahead.drawUntil(1)).toBe(false);
    expect(drawn.names).toHaveLength(24);
    expect(added).toEqual([]);
    ahead.add();
    expect(drawn.names.sort()).toEqual(names(60).slice(1).sort());
    expect(added.sort()).toEqual(names(60).slice(1).sort());
  });

  it('says when every mark is drawn', () => {
    const { map } = stubMap();
    const ahead = marksAhead(map, names(30));
    expect(ahead.drawUntil(Infinity)).toBe(true);
    expect(drawn.names).toHaveLength(30);
  });

  it('draws again, in the next slices, the marks drawn before the font arrived', () => {
    oneBatchPerCall();
    fontIn = false;
    const { map, added } = stubMap();
    const ahead = marksAhead(map, names(30));
    ahead.drawUntil(1);
    const early = [...drawn.names];
    expect(early).toHaveLength(24);
    fontIn = true;
    drawn.names = [];
    // The 6 left and the 24 drawn without the font, in slices as before.
    expect(ahead.drawUntil(1)).toBe(false);
    ahead.add();
    expect(drawn.names.sort()).toEqual(names(30).sort());
    expect(added).toHaveLength(30);
  });
});
