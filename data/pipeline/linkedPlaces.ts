/**
 * Linked towns: the towns a source ties to an incident without placing it there (where the
 * person or organisation is based, where the authority or court that acted sits). Each must
 * be a town of places.yaml, other than the incident's place, named in the cited lines.
 */
import type { IncidentRecord, LinkedPlace } from './schema.ts';
import type { Place } from './buildDataset.ts';
import { normalize } from './normalizeText.ts';

export function resolveLinkedPlaces(
  r: IncidentRecord,
  places: ReadonlyMap<string, Place>,
  seeds: ReadonlyMap<string, readonly string[]> | null,
  at: (field: string, message: string) => void,
): LinkedPlace[] {
  const out: LinkedPlace[] = [];
  const seen = new Set<string>();
  r.linked_places.forEach((link, i) => {
    const field = `linked_places.${i}.place_id`;
    const place = places.get(link.place_id);
    if (!place) return at(field, `unknown place "${link.place_id}": add it to data/places.yaml (npm run place -- <name>)`);
    if (place.kind !== 'town' || !place.point) {
      return at(field, `"${link.place_id}" is a ${place.kind}: a linked place is a town (leave regions to place_id)`);
    }
    if (link.place_id === r.place_id) {
      return at(field, `"${link.place_id}" is already the incident's place: a linked town is one the incident is not placed in`);
    }
    if (seen.has(link.place_id)) return at(field, `"${link.place_id}" is linked twice: keep one entry`);
    seen.add(link.place_id);
    if (seeds && !namedInSources(r, place, seeds)) {
      const spellings = [place.name, ...place.alt_names].join(', ');
      return at(
        field,
        `the cited lines name "${link.place_id}" in none of its spellings (${spellings}): a linked town must be tied to the incident in the cited lines; add the spelling to data/places.yaml or drop the link`,
      );
    }
    const [lon, lat] = place.point;
    out.push({ place_id: place.id, place: place.name, admin1: place.admin1, lon, lat, why: link.why });
  });
  return out;
}

function namedInSources(r: IncidentRecord, place: Place, seeds: ReadonlyMap<string, readonly string[]>): boolean {
  // As a word: "Aral" is named in "the Aral Sea", not in "electoral".
  const names = [place.name, ...place.alt_names]
    .map((n) => normalize(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .map((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u'));
  return r.sources.some(({ doc, lines: [first, last] }) => {
    const text = normalize((seeds.get(doc) ?? []).slice(first - 1, last).join(' '));
    return names.some((n) => n.test(text));
  });
}
