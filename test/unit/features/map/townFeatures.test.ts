import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../../../../src/data/deriveView.ts';
import type { TownWindow } from '../../../../src/data/townWindows.ts';
import { ringOffset, townFeatureIds, townFeatures } from '../../../../src/features/map/townFeatures.ts';
import { townTooltip } from '../../../../src/features/map/mapPointer.ts';

const YEARS: [number, number] = [2009, 2013];
function mark(id: string, from: number, to: number, total: number, linked = 0): TownWindow {
  const byType = { ...emptyCounts(), protest: total };
  return { from, to, town: { id, name: id, lon: 70, lat: 45, total, byType }, linked };
}

describe('townFeatures', () => {
  it('lists each window’s feature ids under "from-to"', () => {
    const ids = townFeatureIds(['a', 'b'], YEARS);
    const { ids: windows } = townFeatures([mark('a', 2009, 2009, 1), mark('b', 2009, 2009, 2), mark('a', 2009, 2010, 3)], ids);
    expect(windows.get('2009-2009')?.length).toBe(2);
    expect(windows.get('2009-2010')).toEqual([ids(mark('a', 2009, 2010, 3))]);
  });

  it('gives every town and window its own id, the same when the towns are rebuilt', () => {
    const ids = townFeatureIds(['a', 'b'], YEARS);
    const all = [];
    for (const town of ['a', 'b', 'c'])
      for (let a = 2009; a <= 2013; a++) for (let b = a; b <= 2013; b++) all.push(ids(mark(town, a, b, 1)));
    expect(new Set(all).size).toBe(all.length);
    expect(townFeatureIds(['a', 'b'], YEARS)(mark('b', 2010, 2012, 5))).toBe(ids(mark('b', 2010, 2012, 1)));
  });

  it('puts the biggest marks first, so that small marks are drawn on top', () => {
    const { collection } = townFeatures([mark('a', 2009, 2009, 1), mark('b', 2009, 2009, 7)], townFeatureIds([], YEARS));
    expect(collection.features.map((f) => f.properties.total)).toEqual([7, 1]);
  });

  it('says the count of each type with incidents, one per line', () => {
    const w = mark('a', 2009, 2009, 2);
    w.town.byType.detention = 1;
    const [f] = townFeatures([w], townFeatureIds([], YEARS)).collection.features;
    expect(f?.properties.breakdown).toBe('Protest or strike: 2\nDetention: 1');
  });

  it('draws the ring of a town with no pie on the town, and beside the pie otherwise', () => {
    expect(ringOffset(0, 3)).toEqual([0, 0]);
    const [dx, dy] = ringOffset(5, 3);
    expect(dx).toBeGreaterThan(0);
    expect(dy).toBeLessThan(0);
  });
});

describe('townTooltip', () => {
  it('says how many incidents are linked to the town besides those placed there', () => {
    const text = townTooltip({ name: 'Almaty', total: 2, linked: 1, breakdown: 'Protest or strike: 2' });
    expect(text).toMatch(/2 incidents here, 1 linked/);
    expect(text.split('\n')[1]).toBe('Protest or strike: 2');
  });

  it('gives the count and the breakdown of a town with no linked incident', () => {
    expect(townTooltip({ name: 'Aktau', total: 1, linked: 0, breakdown: 'Protest or strike: 1' })).toMatch(
      /Aktau.*: 1 incident\nProtest or strike: 1$/,
    );
  });
});
