/** Display names of the places a selection can name: towns, regions, areas, "not stated". */
import type { Dataset } from '../data/Incident.ts';
import type { PlaceFilter } from '../data/Selection.ts';
import { t } from './strings.ts';

const REGION_NAMES: Record<string, string> = {
  'KZ-ALA': 'Almaty (city)',
  'KZ-ALM': 'Almaty Region',
  'KZ-AKM': 'Akmola Region',
  'KZ-AKT': 'Aktobe Region',
  'KZ-AST': 'Astana (city)',
  'KZ-ATY': 'Atyrau Region',
  'KZ-KAR': 'Karaganda Region',
  'KZ-KUS': 'Kostanay Region',
  'KZ-KZY': 'Kyzylorda Region',
  'KZ-MAN': 'Mangystau Region',
  'KZ-PAV': 'Pavlodar Region',
  'KZ-SEV': 'North Kazakhstan Region',
  'KZ-VOS': 'East Kazakhstan Region',
  'KZ-YUZ': 'South Kazakhstan Region',
  'KZ-ZAP': 'West Kazakhstan Region',
  'KZ-ZHA': 'Jambyl Region',
};

export function regionName(code: string): string {
  return REGION_NAMES[code] ?? code;
}

export function describePlace(place: PlaceFilter | null, data: Dataset): string {
  if (!place) return '';
  if (place.kind === 'unstated') return t.map.unstated;
  if (place.kind === 'region') return regionName(place.id);
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
