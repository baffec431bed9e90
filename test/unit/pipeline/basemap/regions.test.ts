import { describe, expect, it } from 'vitest';
import { regionName } from '../../../../data/pipeline/basemap/regions.ts';

describe('regionName', () => {
  it('tells the cities of Almaty and Astana from the regions around them', () => {
    expect(regionName({ shapeISO: 'KZ-ALA', shapeName: 'Almaty' })).toBe('Almaty (city)');
    expect(regionName({ shapeISO: 'KZ-AST', shapeName: 'Astana' })).toBe('Astana (city)');
  });

  it('keeps the boundary file’s name of a region', () => {
    expect(regionName({ shapeISO: 'KZ-ALM', shapeName: 'Almaty Region' })).toBe('Almaty Region');
  });
});
