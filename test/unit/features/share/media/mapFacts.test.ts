import { describe, expect, it } from 'vitest';
import { emptyCounts, type MapView } from '../../../../../src/data/deriveView.ts';
import { drawnCount, notOnMapLines } from '../../../../../src/features/share/media/mapFacts.ts';
import { en as t } from '../../../../../src/lib/strings.ts';

function mapView(): MapView {
  const town = (id: string, total: number) => ({
    id,
    name: id,
    lon: 70,
    lat: 45,
    total,
    byType: { ...emptyCounts(), detention: total },
  });
  return {
    towns: [town('almaty', 5), town('astana', 2)],
    regionTotals: new Map([
      ['KZ-75', 6],
      ['KZ-71', 4],
    ]),
    regionOnly: new Map([['KZ-71', 2]]),
    areas: new Map([['aral', { name: 'Aral Sea area', count: 1 }]]),
    unstated: 3,
    maxRegion: 6,
    linked: new Map([['astana', { id: 'astana', name: 'Astana', lon: 71, lat: 51, count: 4 }]]),
    linkedIncidents: 4,
  };
}

describe('notOnMapLines', () => {
  it('names every count the towns map cannot draw', () => {
    expect(notOnMapLines(mapView(), 'towns', false)).toEqual([
      t.media.unstated(3),
      t.media.regionOnly(2),
      t.media.areas('\u2068Aral Sea area\u2069: 1'),
      t.media.linked(4),
    ]);
  });

  it('leaves out region-only and linked counts on the regions map, which draws the first and does not count the second', () => {
    expect(notOnMapLines(mapView(), 'regions', false)).toEqual([
      t.media.unstated(3),
      t.media.areas('\u2068Aral Sea area\u2069: 1'),
    ]);
  });

  it('says nothing when only precise places are selected', () => {
    expect(notOnMapLines(mapView(), 'towns', true)).toEqual([]);
  });
});

describe('drawnCount', () => {
  it('counts the pies on the towns map and the regions’ incidents on the regions map', () => {
    expect(drawnCount(mapView(), 'towns')).toBe(7);
    expect(drawnCount(mapView(), 'regions')).toBe(10);
  });
});
