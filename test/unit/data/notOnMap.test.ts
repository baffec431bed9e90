import { describe, expect, it } from 'vitest';
import { notOnMap } from '../../../src/data/notOnMap.ts';
import { fixtureDataset } from '../../fixtures/app/fixtureDataset.ts';

describe('notOnMap', () => {
  it('counts the incidents with no place stated in the whole dataset', () => {
    expect(notOnMap(fixtureDataset().incidents).unstated).toBe(2);
  });

  it('names each area that spans several regions once, and no region or town', () => {
    expect([...notOnMap(fixtureDataset().incidents).areas]).toEqual([['western-kazakhstan', 'western Kazakhstan']]);
  });

  it('is empty for incidents all on the map', () => {
    const placed = fixtureDataset().incidents.filter((i) => i.geo_precision === 1);
    expect(notOnMap(placed)).toEqual({ unstated: 0, areas: new Map() });
  });
});
