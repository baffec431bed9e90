/** The regions layer: the 16 first-level units, simplified so that shared borders stay shared. */
import type { FeatureCollection } from 'geojson';
import type { Areal } from './geometry.ts';
import { simplifySharingBorders } from './simplifySharingBorders.ts';

/**
 * Douglas-Peucker tolerance for the regions, in degrees: 0.0075° is about 830 m north-south
 * and 500-600 m east-west here, under a pixel up to zoom 7 (about 90 KB of output).
 */
export const REGION_TOLERANCE = 0.0075;

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
      properties: { admin1: f.properties.shapeISO, name: f.properties.shapeName },
      geometry: geometries[i]!,
    })),
  };
}
