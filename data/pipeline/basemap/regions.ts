/** The regions layer: the 16 first-level units, simplified so that shared borders stay shared. */
import type { FeatureCollection } from 'geojson';
import type { Areal } from './geometry.ts';
import { simplifySharingBorders } from './simplifySharingBorders.ts';

/**
 * Douglas-Peucker tolerance for the regions, in degrees: 0.0075° is about 830 m north-south
 * and 500-600 m east-west here, under a pixel up to zoom 7 (about 90 KB of output).
 */
export const REGION_TOLERANCE = 0.0075;

/**
 * The two units that are cities, not regions: "Almaty (city)" beside "Almaty Region". The
 * boundary file calls them plain "Almaty" and "Astana".
 */
const CITY_UNITS = new Set(['KZ-ALA', 'KZ-AST']);

/** The properties of data/geo/kaz-adm1.geojson (geoBoundaries) the build reads. */
export interface Adm1Properties {
  shapeName: string;
  shapeISO: string;
}

export interface RegionProperties {
  admin1: string;
  name: string;
}

export function buildRegions(adm1: FeatureCollection<Areal, Adm1Properties>): FeatureCollection<Areal, RegionProperties> {
  const sorted = [...adm1.features].sort((a, b) => (a.properties.shapeISO < b.properties.shapeISO ? -1 : 1));
  const geometries = simplifySharingBorders(
    sorted.map((f) => f.geometry),
    REGION_TOLERANCE,
  );
  return {
    type: 'FeatureCollection',
    features: sorted.map((f, i) => ({
      type: 'Feature',
      properties: { admin1: f.properties.shapeISO, name: regionName(f.properties) },
      geometry: geometries[i]!,
    })),
  };
}

/** The English name of a unit, as the map, the filters and the exports show it. */
export function regionName({ shapeISO, shapeName }: Adm1Properties): string {
  return CITY_UNITS.has(shapeISO) ? `${shapeName} (city)` : shapeName;
}

/** ISO 3166-2 code → name, for the app (src/data/regionNames.json), in code order. */
export function regionNames(regions: FeatureCollection<Areal, RegionProperties>): Record<string, string> {
  return Object.fromEntries(regions.features.map((f) => [f.properties.admin1, f.properties.name]));
}
