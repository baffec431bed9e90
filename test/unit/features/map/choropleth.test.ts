import { describe, expect, it } from 'vitest';
import { blend, choroplethClass, choroplethLegend, REGION_ONLY_TINT } from '../../../../src/features/map/mapStyle.ts';

/** The classes as the README and the legend describe them: fifths of the largest count. */
const byFifths = (count: number, max: number) =>
  count === 0 ? 0 : 1 + [0.2, 0.4, 0.6, 0.8].filter((f) => count / max >= f).length;

describe('the region choropleth', () => {
  it('puts a region in the class of its share of the largest count, in fifths', () => {
    for (let max = 1; max <= 60; max++) {
      for (let count = 0; count <= max; count++)
        expect(choroplethClass(count, max), `${count} of ${max}`).toBe(byFifths(count, max));
    }
  });

  it('gives the largest region the darkest class and an empty region none', () => {
    expect(choroplethClass(37, 37)).toBe(5);
    expect(choroplethClass(0, 37)).toBe(0);
    expect(choroplethClass(1, 37)).toBe(1);
  });

  it('shows in the legend every class a region can be drawn in, each from its smallest count', () => {
    for (let max = 1; max <= 60; max++) {
      const legend = choroplethLegend(max);
      const drawn = new Set(Array.from({ length: max }, (_, i) => choroplethClass(i + 1, max)));
      expect(
        legend.map((s) => s.class),
        `classes for ${max}`,
      ).toEqual([...drawn].sort());
      for (const s of legend) {
        expect(choroplethClass(s.from, max), `first count of class ${s.class} for ${max}`).toBe(s.class);
        if (s.from > 1) expect(choroplethClass(s.from - 1, max)).toBeLessThan(s.class);
      }
    }
  });
});

describe('the region-only tint', () => {
  it('is the colour a translucent layer of the region-only colour would give over the region', () => {
    expect(blend('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(blend('#102030', '#102030', 0.3)).toBe('#102030');
    expect(blend('#fbfaf7', '#6b3fa0', 0)).toBe('#fbfaf7');
    expect(blend('#fbfaf7', '#6b3fa0', 1)).toBe('#6b3fa0');
    // Anything but '#rrggbb' would put "#NaN…" in the map's style.
    expect(() => blend('rgb(0,0,0)', '#ffffff', 0.5)).toThrow('not a #rrggbb colour');
    // 0.12 of #6b3fa0 over #fbfaf7, channel by channel: 0.88 * 251 + 0.12 * 107 = 233.7, and so on.
    expect(REGION_ONLY_TINT).toBe(`#${[234, 228, 237].map((c) => c.toString(16)).join('')}`);
  });
});
