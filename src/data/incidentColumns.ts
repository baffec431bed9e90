/**
 * public/data/incidents.json: the incidents of incidents.geojson in the form the app loads.
 * One array per field (a column) instead of one object per incident, and the values that
 * repeat across incidents (types, subtypes, places, people, actors, targets, linked towns,
 * source documents) written once in a list and referred to by their position in it. At 100k
 * incidents the file is a third of the GeoJSON and parses without 100k objects of property
 * names; the checks run per column, with plain comparisons instead of a schema parse per
 * incident (data/README.md, "incidents.json"). The GeoJSON stays the download and the file
 * for other tools. The pipeline, the benchmark and the browser tests write this file with
 * `incidentColumns`; the app reads it with `checkIncidentColumns` and `incidentsFromColumns`.
 */
import type { IncidentProperties, LinkedPlace } from './datasetSchema.ts';
import { isRealDate } from './datasetSchema.ts';
import { DatasetError } from './DatasetError.ts';
import { foldText } from './foldText.ts';
import type { Incident } from './Incident.ts';
import { INCIDENT_TYPES, type IncidentType } from './vocabulary.ts';

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
const KEYS = [
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

// The checks mirror IncidentProperties (datasetSchema.ts); the unit tests hold them to it.
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DOC_NAME = /^\d{3}_[0-9a-f]{16}\.txt$/;
const TYPES = new Set<unknown>(INCIDENT_TYPES);

const isText = (v: unknown): v is string => typeof v === 'string';
const isTextOrNull = (v: unknown) => v === null || typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isCount = (v: unknown) => v === null || (Number.isInteger(v) && (v as number) >= 0);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a check says is wrong, for the error message. */
type Check = [test: (v: unknown) => boolean, expected: string];
const TEXT: Check = [isText, 'text'];
const TEXT_OR_NULL: Check = [isTextOrNull, 'text or null'];
const COUNT: Check = [isCount, 'a whole number of at least 0, or null'];
const BOOLEAN: Check = [(v) => typeof v === 'boolean', 'true or false'];

function checkWhereabouts(v: unknown): string | null {
  if (!isRecord(v)) return 'an object with place, place_id, admin1, geo_precision, lon and lat';
  const extra = Object.keys(v).find((k) => !['place', 'place_id', 'admin1', 'geo_precision', 'lon', 'lat'].includes(k));
  if (extra) return `no field "${extra}" (place, place_id, admin1, geo_precision, lon and lat only)`;
  for (const k of ['place', 'place_id', 'admin1'] as const) if (!isTextOrNull(v[k])) return `${k}: text or null`;
  if (v.geo_precision !== 1 && v.geo_precision !== 2 && v.geo_precision !== 3) return 'geo_precision: 1, 2 or 3';
  const point = v.lon === null && v.lat === null;
  if (!point && !(isNumber(v.lon) && isNumber(v.lat))) return 'lon and lat: both numbers, or both null';
  return null;
}

function checkLinkedPlace(v: unknown): string | null {
  if (!isRecord(v)) return 'an object with place_id, place, admin1, lon, lat and why';
  const extra = Object.keys(v).find((k) => !['place_id', 'place', 'admin1', 'lon', 'lat', 'why'].includes(k));
  if (extra) return `no field "${extra}" (place_id, place, admin1, lon, lat and why only)`;
  if (!isText(v.place_id) || !SLUG.test(v.place_id)) return 'place_id: lowercase letters, digits and single hyphens';
  if (!isText(v.place)) return 'place: text';
  if (!isTextOrNull(v.admin1)) return 'admin1: text or null';
  if (!isNumber(v.lon) || !isNumber(v.lat)) return 'lon and lat: numbers';
  if (!isText(v.why)) return 'why: text';
  return null;
}

/**
 * Checks the parsed file and returns it typed, or throws a DatasetError naming the file, the
 * field and the incident (its position and id) or shared value that is wrong.
 */
export function checkIncidentColumns(value: unknown, url: string): IncidentColumns {
  const fail = (where: string, what: string): never => {
    throw new DatasetError(`${url}: ${where}: ${what}`);
  };
  if (!isRecord(value)) return fail('the file', `not the app's incidents file (an object with "format": "${COLUMNS_FORMAT}")`);
  if (value.format !== COLUMNS_FORMAT) {
    return fail(
      'format',
      `"${String(value.format)}" is not "${COLUMNS_FORMAT}": the file was written for another version of the app (run npm run data)`,
    );
  }
  const extra = Object.keys(value).find((k) => !(KEYS as readonly string[]).includes(k));
  if (extra) fail(extra, 'not a field of this file');
  const n = value.count;
  if (!isInt(n) || n < 0) return fail('count', 'a whole number of at least 0');
  const ids = value.id;
  /** "incident 3 (kz-2011-003)": the position counts from 1, as a reader counts. */
  const incident = (i: number) => {
    const id = Array.isArray(ids) ? ids[i] : undefined;
    return `incident ${i + 1}${typeof id === 'string' && SLUG.test(id) ? ` (${id})` : ''}`;
  };

  const list = (field: string, v: unknown, length: number): unknown[] => {
    if (!Array.isArray(v)) return fail(field, `missing, or not a list`);
    if (v.length !== length) fail(field, `${v.length} values for ${length}`);
    return v;
  };
  /** A column of one value per incident. */
  const column = (field: string, [test, expected]: Check) => {
    const v = list(field, value[field], n);
    for (let i = 0; i < n; i++) if (!test(v[i])) fail(`${field}, ${incident(i)}`, expected);
  };
  /** A column of positions in `values`, each value checked once. */
  const shared = (field: string, check: (v: unknown) => string | null, perIncident: 'one' | 'list', atLeastOne = false) => {
    const s = value[field];
    if (!isRecord(s)) return fail(field, `missing, or not an object with values and index`);
    const values = s.values;
    if (!Array.isArray(values)) return fail(`${field}.values`, 'missing, or not a list');
    values.forEach((v, k) => {
      const wrong = check(v);
      if (wrong) fail(`${field}.values[${k}]`, wrong);
    });
    let items = n;
    if (perIncident === 'list') {
      const count = list(`${field}.count`, s.count, n);
      items = 0;
      for (let i = 0; i < n; i++) {
        const c = count[i];
        if (!isInt(c) || c < (atLeastOne ? 1 : 0))
          fail(`${field}.count, ${incident(i)}`, `a whole number of at least ${atLeastOne ? 1 : 0}`);
        items += c as number;
      }
    }
    const index = list(`${field}.index`, s.index, items);
    for (let k = 0; k < items; k++) {
      const at = index[k];
      if (!isInt(at) || at < 0 || at >= values.length)
        fail(`${field}.index[${k}]`, `a position in ${field}.values (0 to ${values.length - 1})`);
    }
    return { s, items };
  };
  const checked = (c: Check) => (v: unknown) => (c[0](v) ? null : c[1]);

  column('id', [(v) => isText(v) && SLUG.test(v), 'lowercase letters, digits and single hyphens']);
  column('date', [(v) => isText(v) && ISO_DATE.test(v), 'YYYY, YYYY-MM or YYYY-MM-DD']);
  column('date', [(v) => isRealDate(v as string), 'not a calendar date (month 01-12, day within the month)']);
  column('date_note', TEXT_OR_NULL);
  column('year', [isInt, 'a whole number']);
  shared('type', (v) => (TYPES.has(v) ? null : `one of ${INCIDENT_TYPES.join(', ')}`), 'one');
  shared('subtype', checked(TEXT), 'one');
  column('title', TEXT);
  column('summary', TEXT);
  for (const field of ['people', 'actors', 'targets']) shared(field, checked(TEXT), 'list');
  shared('where', checkWhereabouts, 'one');
  shared('linked_places', checkLinkedPlace, 'list');
  shared('other_country', checked(TEXT_OR_NULL), 'one');
  column('case', TEXT_OR_NULL);
  for (const field of ['killed', 'injured', 'detained']) {
    column(field, COUNT);
    column(`${field}_at_least`, BOOLEAN);
  }
  const { s, items } = shared(
    'sources',
    (v) => (isText(v) && DOC_NAME.test(v) ? null : 'a seed file name like 000_6711e81a8e671186.txt'),
    'list',
    true,
  );
  const lines = list('sources.lines', s.lines, 2 * items);
  for (let k = 0; k < items; k++) {
    const [a, b] = [lines[2 * k], lines[2 * k + 1]];
    if (!isInt(a) || !isInt(b) || a < 1 || b < 1) fail(`sources.lines[${2 * k}]`, 'line numbers of at least 1');
    if ((a as number) > (b as number)) fail(`sources.lines[${2 * k}]`, 'first line after last line');
  }
  return value as unknown as IncidentColumns;
}

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
 * The incidents of a checked file, in its order, each with its fields in incidents.geojson's
 * order (the downloads write them in that order). `haystacks`: the search text, if already
 * folded (by the data worker); computed here otherwise.
 */
export function incidentsFromColumns(c: IncidentColumns, haystacks?: readonly string[]): Incident[] {
  const out: Incident[] = new Array<Incident>(c.count);
  const at = { people: 0, actors: 0, targets: 0, linked_places: 0, sources: 0 };
  const items = <T>(field: 'people' | 'actors' | 'targets' | 'linked_places', i: number): T[] => {
    const s = c[field] as SharedList<T>;
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
