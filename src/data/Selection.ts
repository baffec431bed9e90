import type { Lang } from './lang.ts';
import type { IncidentType } from './vocabulary.ts';

/** A place the user picked: a town, a first-level region, or the incidents with no place. */
export type PlaceFilter =
  { kind: 'town'; id: string } | { kind: 'region'; id: string } | { kind: 'area'; id: string } | { kind: 'unstated' };

export type MapMode = 'towns' | 'regions';

/** Everything a shared link must reproduce. */
export interface Selection {
  /** Inclusive year range; equal bounds for a single year. */
  from: number;
  to: number;
  /** Types shown; all of them when the user filtered none out. */
  types: readonly IncidentType[];
  place: PlaceFilter | null;
  q: string;
  incident: string | null;
  mapMode: MapMode;
  precise: boolean;
  /** Whether the timeline and the per-year chart mark the context records (laws, elections…). */
  context: boolean;
  /** The language of the interface and of our summaries (URL `lang`). */
  lang: Lang;
}

export function defaultSelection(years: [number, number], types: readonly IncidentType[]): Selection {
  return {
    from: years[0],
    to: years[1],
    types,
    place: null,
    q: '',
    incident: null,
    mapMode: 'towns',
    precise: false,
    context: true,
    lang: 'en',
  };
}

/** A place as one string (the URL's `place`, the place picker's values); `parsePlaceKey` reads it back. */
export function placeKey(p: PlaceFilter | null): string {
  if (!p) return '';
  return p.kind === 'unstated' ? 'unstated' : p.kind === 'town' ? p.id : `${p.kind}:${p.id}`;
}

/** The ids of towns, areas and incidents: lowercase words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The place a `placeKey` names, or null for anything else (a hand-edited link). */
export function parsePlaceKey(raw: string): PlaceFilter | null {
  if (raw === 'unstated') return { kind: 'unstated' };
  const m = /^(region|area):(.+)$/.exec(raw);
  if (m?.[1] === 'region') return /^KZ-[A-Z]{3}$/.test(m[2] ?? '') ? { kind: 'region', id: m[2] ?? '' } : null;
  if (m?.[1] === 'area') return SLUG.test(m[2] ?? '') ? { kind: 'area', id: m[2] ?? '' } : null;
  return SLUG.test(raw) ? { kind: 'town', id: raw } : null;
}
