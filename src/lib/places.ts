/** Display names of the places a selection can name: towns, regions, areas, "not stated". */
import type { Dataset } from '../data/Incident.ts';
import type { PlaceFilter } from '../data/Selection.ts';
import regionNames from '../data/regionNames.json';
import { t } from './strings.ts';

/** Emitted by the basemap build from the boundary file, so the map names a region alike. */
const REGION_NAMES: Readonly<Record<string, string>> = regionNames;

/** The unit's name, in the dataset's language when it is a Russian or Kazakh view. */
export function regionName(code: string, data?: Dataset): string {
  return data?.local?.regions.get(code) ?? REGION_NAMES[code] ?? code;
}

export function describePlace(place: PlaceFilter | null, data: Dataset): string {
  if (!place) return '';
  if (place.kind === 'unstated') return t.map.unstated;
  if (place.kind === 'region') return regionName(place.id, data);
  if (place.kind === 'town') return data.towns.get(place.id)?.name ?? place.id;
  return data.incidents.find((i) => i.place_id === place.id)?.place ?? place.id;
}

/** Whether the dataset knows the place: a link naming a place it does not know selects no place. */
export function isKnownPlace(place: PlaceFilter, data: Dataset): boolean {
  switch (place.kind) {
    case 'unstated':
      return true;
    case 'town':
      return data.towns.has(place.id);
    case 'region':
      return place.id in REGION_NAMES;
    case 'area':
      return data.incidents.some((i) => i.place_id === place.id && i.geo_precision === 2 && !i.admin1);
  }
}
