/**
 * public/data/incidents.json: the incidents of incidents.geojson in the form the app loads.
 * One array per field (a column) instead of one object per incident, and the values that
 * repeat across incidents (types, subtypes, places, people, actors, targets, linked towns,
 * source documents) written once in a list and referred to by their position in it. At 100k
 * incidents the file is a third of the GeoJSON and parses without 100k objects of property
 * names; the checks run per column, with plain comparisons instead of a schema parse per
 * incident (data/README.md, "incidents.json"). The GeoJSON stays the download and the file
 * for other tools. The pipeline, the benchmark and the browser tests write this file with
 * `incidentColumns`; the app reads it with `checkIncidentColumns` (checkIncidentColumns.ts) and
 * `incidentsFromColumns` (incidentsFromColumns.ts).
 */
import type { IncidentProperties, LinkedPlace } from './datasetSchema.ts';
import type { IncidentType } from './vocabulary.ts';

/** Changes whenever the layout below does: an app never reads a file laid out for another. */
export const COLUMNS_FORMAT = 'kz-incidents-columns/1';

/** Values that repeat: each incident's value is `values[index[i]]`. */
export interface Shared<T> {
  values: T[];
  index: number[];
}

/** Lists whose items repeat: incident i has `count[i]` items, the next ones of `index`, each a position in `values`. */
export interface SharedList<T> {
  values: T[];
  count: number[];
  index: number[];
}

/** Where an incident happened, as its sources place it: the fields that go together. */
export interface Whereabouts {
  place: string | null;
  place_id: string | null;
  admin1: string | null;
  geo_precision: 1 | 2 | 3;
  /** The point of incidents.geojson's geometry, or null where it has none. */
  lon: number | null;
  lat: number | null;
}

export interface IncidentColumns {
  format: typeof COLUMNS_FORMAT;
  count: number;
  id: string[];
  date: string[];
  date_note: (string | null)[];
  year: number[];
  type: Shared<IncidentType>;
  subtype: Shared<string>;
  title: string[];
  summary: string[];
  people: SharedList<string>;
  actors: SharedList<string>;
  targets: SharedList<string>;
  where: Shared<Whereabouts>;
  linked_places: SharedList<LinkedPlace>;
  other_country: Shared<string | null>;
  case: (string | null)[];
  killed: (number | null)[];
  killed_at_least: boolean[];
  injured: (number | null)[];
  injured_at_least: boolean[];
  detained: (number | null)[];
  detained_at_least: boolean[];
  /** Each source is a document (`index` into `values`) and its lines: `lines[2k]` to `lines[2k + 1]`. */
  sources: SharedList<string> & { lines: number[] };
}

/** An incident as incidents.geojson holds it. */
export interface IncidentFeature {
  geometry: { coordinates: readonly number[] } | null;
  properties: IncidentProperties;
}

/** The keys of the file, in the order it writes them. */
export const KEYS = [
  'format',
  'count',
  'id',
  'date',
  'date_note',
  'year',
  'type',
  'subtype',
  'title',
  'summary',
  'people',
  'actors',
  'targets',
  'where',
  'linked_places',
  'other_country',
  'case',
  'killed',
  'killed_at_least',
  'injured',
  'injured_at_least',
  'detained',
  'detained_at_least',
  'sources',
] as const satisfies readonly (keyof IncidentColumns)[];

class Interner<T> {
  readonly values: T[] = [];
  private readonly seen = new Map<string, number>();
  /** The value's position, added at the end the first time it is seen (compared as JSON). */
  at(value: T): number {
    const key = JSON.stringify(value) ?? 'undefined';
    let i = this.seen.get(key);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.seen.set(key, i);
    }
    return i;
  }
}

/**
 * The features of incidents.geojson as the app's file, in the same order. It copies values and
 * checks none: the app checks the file, so a damaged record stays damaged (and is named).
 */
export function incidentColumns(features: readonly IncidentFeature[]): IncidentColumns {
  const shared = <T>() => new Interner<T>();
  const type = shared<IncidentType>();
  const subtype = shared<string>();
  const where = shared<Whereabouts>();
  const otherCountry = shared<string | null>();
  const lists = { people: shared<string>(), actors: shared<string>(), targets: shared<string>() };
  const linked = shared<LinkedPlace>();
  const docs = shared<string>();
  const c: IncidentColumns = {
    format: COLUMNS_FORMAT,
    count: features.length,
    id: [],
    date: [],
    date_note: [],
    year: [],
    type: { values: type.values, index: [] },
    subtype: { values: subtype.values, index: [] },
    title: [],
    summary: [],
    people: { values: lists.people.values, count: [], index: [] },
    actors: { values: lists.actors.values, count: [], index: [] },
    targets: { values: lists.targets.values, count: [], index: [] },
    where: { values: where.values, index: [] },
    linked_places: { values: linked.values, count: [], index: [] },
    other_country: { values: otherCountry.values, index: [] },
    case: [],
    killed: [],
    killed_at_least: [],
    injured: [],
    injured_at_least: [],
    detained: [],
    detained_at_least: [],
    sources: { values: docs.values, count: [], index: [], lines: [] },
  };
  for (const { geometry, properties: p } of features) {
    c.id.push(p.id);
    c.date.push(p.date);
    c.date_note.push(p.date_note);
    c.year.push(p.year);
    c.type.index.push(type.at(p.type));
    c.subtype.index.push(subtype.at(p.subtype));
    c.title.push(p.title);
    c.summary.push(p.summary);
    for (const field of ['people', 'actors', 'targets'] as const) {
      c[field].count.push(p[field].length);
      for (const v of p[field]) c[field].index.push(lists[field].at(v));
    }
    const point = geometry?.coordinates ?? null;
    c.where.index.push(
      where.at({
        place: p.place,
        place_id: p.place_id,
        admin1: p.admin1,
        geo_precision: p.geo_precision,
        lon: point ? (point[0] as number) : null,
        lat: point ? (point[1] as number) : null,
      }),
    );
    c.linked_places.count.push(p.linked_places.length);
    for (const l of p.linked_places) c.linked_places.index.push(linked.at(l));
    c.other_country.index.push(otherCountry.at(p.other_country));
    c.case.push(p.case);
    c.killed.push(p.killed);
    c.killed_at_least.push(p.killed_at_least);
    c.injured.push(p.injured);
    c.injured_at_least.push(p.injured_at_least);
    c.detained.push(p.detained);
    c.detained_at_least.push(p.detained_at_least);
    c.sources.count.push(p.sources.length);
    for (const s of p.sources) {
      c.sources.index.push(docs.at(s.doc));
      c.sources.lines.push(s.lines[0], s.lines[1]);
    }
  }
  return c;
}

/**
 * The file's text: one line per field, so that a diff of the committed file shows which
 * fields changed (the GeoJSON beside it shows the records).
 */
export function serializeIncidentColumns(c: IncidentColumns): string {
  return `{\n${KEYS.map((k) => `${JSON.stringify(k)}:${JSON.stringify(c[k])}`).join(',\n')}\n}\n`;
}
