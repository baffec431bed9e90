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

export function placeKey(p: PlaceFilter | null): string {
  if (!p) return '';
  return p.kind === 'unstated' ? 'unstated' : p.kind === 'town' ? p.id : `${p.kind}:${p.id}`;
}
