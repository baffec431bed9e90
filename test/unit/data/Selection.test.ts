import { describe, expect, it } from 'vitest';
import { parsePlaceKey, placeKey, type PlaceFilter } from '../../../src/data/Selection.ts';

describe('placeKey and parsePlaceKey', () => {
  const places: PlaceFilter[] = [
    { kind: 'town', id: 'almaty' },
    { kind: 'region', id: 'KZ-MAN' },
    { kind: 'area', id: 'caspian-sea' },
    { kind: 'unstated' },
  ];

  it.each(places)('reads back the place it wrote: %o', (place) => {
    expect(parsePlaceKey(placeKey(place))).toEqual(place);
  });

  it('reads "All places" (the empty key) as no place', () => {
    expect(parsePlaceKey('')).toBeNull();
  });

  it('refuses a region that is not an ISO code and ids that are not slugs', () => {
    expect(parsePlaceKey('region:Almaty')).toBeNull();
    expect(parsePlaceKey('area:<b>')).toBeNull();
    expect(parsePlaceKey('Almaty')).toBeNull();
  });
});
