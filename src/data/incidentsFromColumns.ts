/**
 * The page's incidents from a checked incidents.json (incidentColumns.ts, checkIncidentColumns.ts),
 * with the text the search looks through.
 */
import type { IncidentProperties, LinkedPlace } from './datasetSchema.ts';
import { foldText } from './foldText.ts';
import type { Incident } from './Incident.ts';
import type { Whereabouts } from './incidentColumns.ts';
import type { ColumnsView } from './packColumns.ts';
import type { IncidentType } from './vocabulary.ts';

const SEPARATOR = ' \u0001 ';

/**
 * What the text search looks through (Incident.haystack), folded once: title, summary, place,
 * linked towns, date, people, actors, targets and type, joined by SEPARATOR. Concatenated
 * rather than joined from a spread array: at 100k incidents that array cost a quarter second.
 */
export function haystackOf(p: IncidentProperties): string {
  let s = p.title + SEPARATOR + p.summary + SEPARATOR + (p.place ?? '');
  for (const l of p.linked_places) s += SEPARATOR + l.place;
  s += SEPARATOR + p.date;
  for (const v of p.people) s += SEPARATOR + v;
  for (const v of p.actors) s += SEPARATOR + v;
  for (const v of p.targets) s += SEPARATOR + v;
  return foldText(s + SEPARATOR + p.type);
}

/**
 * The search text of every incident of checked columns, as incidentsFromColumns would fold it
 * (haystackOf), read straight from the columns: the data worker folds 100k of them while the
 * page builds the incidents, and building them here as well cost it a third of its time.
 */
export function haystacksOfColumns(c: ColumnsView): string[] {
  const out = new Array<string>(c.count);
  const at = { people: 0, actors: 0, targets: 0, linked_places: 0 };
  for (let i = 0; i < c.count; i++) {
    const where = c.where.values[c.where.index[i] as number] as Whereabouts;
    let s = (c.title[i] as string) + SEPARATOR + (c.summary[i] as string) + SEPARATOR + (where.place ?? '');
    const linked = c.linked_places;
    for (let n = linked.count[i] as number; n > 0; n--)
      s += SEPARATOR + (linked.values[linked.index[at.linked_places++] as number] as LinkedPlace).place;
    s += SEPARATOR + (c.date[i] as string);
    for (const field of ['people', 'actors', 'targets'] as const) {
      const list = c[field];
      for (let n = list.count[i] as number; n > 0; n--)
        s += SEPARATOR + (list.values[list.index[at[field]++] as number] as string);
    }
    out[i] = foldText(s + SEPARATOR + (c.type.values[c.type.index[i] as number] as IncidentType));
  }
  return out;
}

/**
 * The incidents of a checked file, in its order, each with its fields in incidents.geojson's
 * order (the downloads write them in that order). `haystacks`: the search text, if already
 * folded (by the data worker); computed here otherwise.
 */
export function incidentsFromColumns(c: ColumnsView, haystacks?: readonly string[]): Incident[] {
  const out: Incident[] = new Array<Incident>(c.count);
  const at = { people: 0, actors: 0, targets: 0, linked_places: 0, sources: 0 };
  const items = <T>(field: 'people' | 'actors' | 'targets' | 'linked_places', i: number): T[] => {
    const s = c[field] as { values: T[]; count: ArrayLike<number>; index: ArrayLike<number> };
    const n = s.count[i] as number;
    const from = at[field];
    at[field] = from + n;
    const list = new Array<T>(n);
    for (let k = 0; k < n; k++) list[k] = s.values[s.index[from + k] as number] as T;
    return list;
  };
  for (let i = 0; i < c.count; i++) {
    const where = c.where.values[c.where.index[i] as number] as Whereabouts;
    const people = items<string>('people', i);
    const actors = items<string>('actors', i);
    const targets = items<string>('targets', i);
    const linked = items<LinkedPlace>('linked_places', i);
    const n = c.sources.count[i] as number;
    const sources = new Array<{ doc: string; lines: [number, number] }>(n);
    for (let k = 0; k < n; k++, at.sources++) {
      const s = at.sources;
      sources[k] = {
        doc: c.sources.values[c.sources.index[s] as number] as string,
        lines: [c.sources.lines[2 * s] as number, c.sources.lines[2 * s + 1] as number],
      };
    }
    // One literal, in incidents.geojson's order: the same shape for every incident, and the
    // downloads write the fields in the order they find them.
    const incident: Incident = {
      id: c.id[i] as string,
      date: c.date[i] as string,
      date_note: c.date_note[i] as string | null,
      year: c.year[i] as number,
      type: c.type.values[c.type.index[i] as number] as IncidentType,
      subtype: c.subtype.values[c.subtype.index[i] as number] as string,
      title: c.title[i] as string,
      summary: c.summary[i] as string,
      people,
      actors,
      targets,
      place: where.place,
      place_id: where.place_id,
      admin1: where.admin1,
      geo_precision: where.geo_precision,
      // Shared between incidents: no view changes one (localizeDataset makes new ones).
      linked_places: linked,
      other_country: c.other_country.values[c.other_country.index[i] as number] as string | null,
      case: c.case[i] as string | null,
      killed: c.killed[i] as number | null,
      killed_at_least: c.killed_at_least[i] as boolean,
      injured: c.injured[i] as number | null,
      injured_at_least: c.injured_at_least[i] as boolean,
      detained: c.detained[i] as number | null,
      detained_at_least: c.detained_at_least[i] as boolean,
      sources,
      lon: where.lon,
      lat: where.lat,
      haystack: '',
    };
    incident.haystack = haystacks?.[i] ?? haystackOf(incident);
    out[i] = incident;
  }
  return out;
}
